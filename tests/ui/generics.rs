tc::tc_errors! {
    pub enum CbsError<T> {
        use common;

        "InvalidDisk.Busy" => "The cloud disk is busy.",
    }
}

fn main() {
    // The enum is still emitted from the body, without the generics.
    let _ = (CbsError::InvalidDiskBusy, CbsError::InternalError);
}
