tc::tc_errors! {
    pub enum CbsError {
        "InvalidDisk.Busy" => "The cloud disk is busy."
        "InvalidDisk.Expired" => "The cloud disk has expired.",
    }
}

fn main() {
    let _ = (CbsError::InvalidDiskBusy, CbsError::InvalidDiskExpired);
}
