tc::tc_errors! {
    pub enum CbsError {
        "InvalidDisk.Busy" "The cloud disk is busy.",
        "InvalidDisk.Expired" = "The cloud disk has expired.",
    }
}

fn main() {
    // Both entries are still read: only the arrows are reported.
    let _ = (CbsError::InvalidDiskBusy, CbsError::InvalidDiskExpired);
}
