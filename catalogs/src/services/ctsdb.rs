//! `ctsdb` error codes, API version 2023-02-02.

tc_errors::tc_errors! {
    /// `ctsdb` error codes, API version 2023-02-02.
    #[non_exhaustive]
    pub enum CtsdbError {
        use common;

        "AuthFailure" => "CAM signature/authentication error." / "CAM签名/鉴权错误。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",

        version "2023-02-02" {
            DescribeClusterDetail => "AuthFailure FailedOperation",
            DescribeClusters => "AuthFailure FailedOperation",
            DescribeDatabases => "AuthFailure ResourceNotFound",
        }
    }
}
