tc::tc_errors! {
    pub enum CbsError {
        "InvalidDisk.Busy" => "",
        "InvalidDisk.NotPortable" => "   ",
    }
}

fn main() {
    // The variants exist all the same: only the descriptions are reported.
    let _ = (CbsError::InvalidDiskBusy, CbsError::InvalidDiskNotPortable);
}
