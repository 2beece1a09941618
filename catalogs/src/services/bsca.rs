//! `bsca` error codes, API version 2021-08-11.

tc_errors::tc_errors! {
    /// `bsca` error codes, API version 2021-08-11.
    #[non_exhaustive]
    pub enum BscaError {
        use common;

        "FailedOperation.AccountNotEnough" => _ / "账户流量余额不足。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "MissingParameter" => _ / "缺少参数错误。",
        "ResourceNotFound" => _ / "资源不存在。",

        version "2021-08-11" {
            DescribeKBComponent => "FailedOperation.AccountNotEnough InvalidParameter InvalidParameterValue ResourceNotFound",
            DescribeKBComponentVersionList => "FailedOperation.AccountNotEnough InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound",
            DescribeKBComponentVulnerability => "FailedOperation.AccountNotEnough InternalError InvalidParameter InvalidParameterValue MissingParameter",
            DescribeKBLicense => "FailedOperation.AccountNotEnough InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound",
            DescribeKBVulnerability => "FailedOperation.AccountNotEnough InternalError InvalidParameter InvalidParameterValue MissingParameter",
            MatchKBPURLList => "FailedOperation.AccountNotEnough InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            SearchKBComponent => "FailedOperation.AccountNotEnough InternalError InvalidParameter InvalidParameterValue MissingParameter",
        }
    }
}
