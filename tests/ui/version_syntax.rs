tc::tc_errors! {
    pub enum TkeError {
        "InternalError.Db" => "db error.",

        version "2018-05-25" {
            DescribeClusters "InternalError.Db",
            "CreateCluster" => "",
            DeleteCluster => InternalError,
            DescribeClusterInstances => "InternalError.Db",
        }
        "ResourceNotFound" => "The resource does not exist.",
        version 2022-05-01 {}
    }
}

fn main() {
    // Syntax errors drop only what they break.
    use tc::ErrorCode;
    let _ = TkeError::ResourceNotFound;
    let _ = TkeError::action("DescribeClusterInstances");
}
