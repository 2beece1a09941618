tc::tc_errors! {
    pub enum CbsError {
        InvalidDiskBusy => "The cloud disk is busy.",
        4100 => "A legacy numeric code.",
        "InvalidDisk.Expired" => "The cloud disk has expired.",
    }
}

fn main() {
    let _ = CbsError::InvalidDiskExpired;
}
