//! `cim` error codes, API version 2019-03-18.

tc_errors::tc_errors! {
    /// `cim` error codes, API version 2019-03-18.
    #[non_exhaustive]
    pub enum CimError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InvalidParameter" => _ / "参数错误。",
        "MissingParameter" => _ / "缺少参数错误。",

        version "2019-03-18" {
            DescribeSdkAppid => "FailedOperation InvalidParameter MissingParameter",
        }
    }
}
