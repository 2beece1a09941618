//! `dataagent` error codes, API version 2025-05-13.

tc_errors::tc_errors! {
    /// `dataagent` error codes, API version 2025-05-13.
    #[non_exhaustive]
    pub enum DataagentError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.Invalid" => _ / "自定义错误码",
        "InvalidParameterCombination" => _ / "无效参数组合",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",
    }
}
