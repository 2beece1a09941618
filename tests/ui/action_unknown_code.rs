tc::tc_errors! {
    pub enum CvmError {
        "InvalidInstanceId.NotFound" => "The instance does not exist.",

        version "2017-03-12" {
            DescribeInstances => "InvalidInstanceId.NotFound InvalidInstanceId.Malformed",
            // `InternalError` is a common code, and the catalog has no `use common;`.
            RunInstances => "InternalError InvalidZone.Mismatch",
        }
    }
}

fn main() {
    // The actions are kept with the codes that are declared.
    use tc::ErrorCode;
    let _ = CvmError::action("DescribeInstances");
}
