tc::tc_errors! {
    pub enum CbsError {
        #[retry]
        "InvalidDisk.Busy" => "The cloud disk is busy.",
        #[kind(Retryable)]
        "InvalidDisk.Expired" => "The cloud disk has expired.",
        #[kind(Transient, Internal)]
        "InvalidDisk.Locked" => "The cloud disk is locked.",
    }
}

fn main() {
    let _ = (
        CbsError::InvalidDiskBusy,
        CbsError::InvalidDiskExpired,
        CbsError::InvalidDiskLocked,
    );
}
