//! `wav` error codes, API version 2021-01-29.

tc_errors::tc_errors! {
    /// `wav` error codes, API version 2021-01-29.
    #[non_exhaustive]
    pub enum WavError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "AuthFailure.InvalidAuthorizationCode" => _ / "授权码无效。",
        "AuthFailure.MissingAccessToken" => _ / "令牌无效。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.OpenPlatformError" => _ / "开放平台访问错误。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.TimeSpanLimitExceeded" => _ / "参数值时间跨度超出接口限制。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnknownParameter" => _ / "未知参数错误。",
    }
}
