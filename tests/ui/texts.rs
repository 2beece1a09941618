tc::tc_errors! {
    pub enum CbsError {
        "InvalidDisk.Busy" => "" / "云盘正忙。",
        "InvalidDisk.Expired" => "The cloud disk has expired." / "  ",
        "InvalidDisk.NotPortable" => _,
        "InvalidDisk.NotSupported" => _ / "",
    }
}

fn main() {
    // Each entry is still a variant: only its texts are reported.
    let _ = (
        CbsError::InvalidDiskBusy,
        CbsError::InvalidDiskExpired,
        CbsError::InvalidDiskNotPortable,
        CbsError::InvalidDiskNotSupported,
    );
}
