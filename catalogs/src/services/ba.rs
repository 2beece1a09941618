//! `ba` error codes, API version 2020-07-20.

tc_errors::tc_errors! {
    /// `ba` error codes, API version 2020-07-20.
    #[non_exhaustive]
    pub enum BaError {
        use common;

        "InternalError" => _ / "内部错误。",
        "InternalError.ResourceNotFound" => _ / "资源未找到。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",

        version "2020-07-20" {
            CreateWeappQRUrl => "InternalError InvalidParameter InvalidParameterValue",
            DescribeGetAuthInfo => "InternalError.ResourceNotFound ResourceNotFound ResourceUnavailable",
            SyncIcpOrderWebInfo => "ResourceNotFound",
        }
    }
}
