tc::tc_errors! {
    pub enum CvmError {
        "InvalidInstanceId.NotFound" => "The instance does not exist.",

        version "2017-03-12" {
            DescribeInstances => "InvalidInstanceId.NotFound",
            RunInstances => "",
            DescribeInstances => "",
        }
        version "2018-01-01" {
            // Another version may have the same action.
            DescribeInstances => "",
        }
    }
}

fn main() {}
