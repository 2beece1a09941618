//! `ca` error codes, API version 2023-02-28.

tc_errors::tc_errors! {
    /// `ca` error codes, API version 2023-02-28.
    #[non_exhaustive]
    pub enum CaError {
        use common;

        "InternalError" => _ / "内部错误。",
        "InvalidFilter" => _ / "无效的过滤器",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "MissingParameter" => _ / "缺少参数错误。",

        version "2023-02-28" {
            CreateVerifyReport => "InvalidFilter InvalidParameter InvalidParameterValue MissingParameter",
            DescribeVerifyReport => "InvalidFilter InvalidParameter InvalidParameterValue",
            UploadFile => "InternalError InvalidParameter",
        }
    }
}
