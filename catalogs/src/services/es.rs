//! `es` error codes, API version 2025-01-01.

tc_errors::tc_errors! {
    /// `es` error codes, API version 2025-01-01.
    #[non_exhaustive]
    pub enum EsError {
        use common;

        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameterValue" => "Parameter value error." / "参数取值错误。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "MissingParameter" => "Parameters are missing." / "缺少参数错误。",
        "RequestLimitExceeded" => "Number of requests exceeds the frequency limit." / "请求的次数超过了频率限制。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
        "UnknownParameter" => "Unknown parameter error." / "未知参数错误。",
        "UnsupportedOperation" => "The operation is not supported." / "操作不支持。",
    }
}
