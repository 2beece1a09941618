//! `dayu` error codes, API version 2018-07-09.

tc_errors::tc_errors! {
    /// `dayu` error codes, API version 2018-07-09.
    #[non_exhaustive]
    pub enum DayuError {
        use common;

        "DryRunOperation" => "`DryRun` Operation. It means that the request would have succeeded, but the `DryRun` parameter was used." / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "InternalError" => "An internal error occurred." / "内部错误。",
        "InvalidParameter" => "A parameter error occurred." / "参数错误。",
        "InvalidParameterValue" => "Incorrect parameter value." / "参数取值错误。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "MissingParameter" => "Missing parameter." / "缺少参数错误。",
        "ResourceInUse" => "The resource is occupied." / "资源被占用。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceUnavailable" => "The resource is unavailable" / "资源不可用。",
        "UnknownParameter" => "Unknown parameter error." / "未知参数错误。",
        "UnsupportedOperation" => "Unsupported operation." / "操作不支持。",
    }
}
