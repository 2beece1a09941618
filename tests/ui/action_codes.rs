tc::tc_errors! {
    pub enum CvmError {
        #[alias("InvalidZone.Mismatch")]
        "InvalidParameterValue.ZoneMismatch" => "The zone does not match.",

        version "2017-03-12" {
            RunInstances => "InvalidParameterValue.ZoneMismatch InvalidZone.Mismatch",
            StartInstances => "InvalidParameterValue.ZoneMismatch,InvalidZone.Mismatch",
            StopInstances => " InvalidParameterValue.ZoneMismatch",
        }
    }
}

fn main() {}
