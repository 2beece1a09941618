tc::tc_errors! {
    pub enum CbsError {
        use legacy;

        "InvalidDisk.Busy" => "The cloud disk is busy.",
        use common;
        use common;
    }
}

fn main() {
    // The import still takes effect, so the common codes are there.
    let _ = (CbsError::InvalidDiskBusy, CbsError::InternalError);
}
