tc::tc_errors! {
    pub enum CbsError {
        "InvalidDisk.Busy" => "The cloud disk is busy.",
        "InvalidDisk.NotPortable" => "The cloud disk cannot be detached.",
        "InvalidDisk.Busy" => "The cloud disk is busy. Try again later.",
    }
}

fn main() {
    // The first declaration is kept, so code that uses it still compiles.
    let _ = CbsError::InvalidDiskBusy;
}
