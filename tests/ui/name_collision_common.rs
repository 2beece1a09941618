tc::tc_errors! {
    pub enum CbsError {
        use common;

        "Internal.Error" => "An internal error of the disk service.",
    }
}

fn main() {
    // The common code keeps its variant.
    let _ = CbsError::InternalError;
}
