tc::tc_errors! {
    pub enum CvmError {
        "InvalidInstanceId.NotFound",

        version "2017-03-12" {
            #[client_token(yes)]
            RunInstances => "",
            #[idempotent]
            StartInstances => "",
            #[client_token]
            _ => "InvalidInstanceId.NotFound",
            Describe_Instances => "",
        }
    }
}

fn main() {}
