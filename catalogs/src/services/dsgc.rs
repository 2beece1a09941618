//! `dsgc` error codes, API version 2019-07-23.

tc_errors::tc_errors! {
    /// `dsgc` error codes, API version 2019-07-23.
    #[non_exhaustive]
    pub enum DsgcError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "AuthFailure.UnauthorizedOperation" => _ / "未授权的操作。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "ResourceUnavailable.TaskDisabled" => _ / "扫描任务已被禁用。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",
        "UnsupportedOperation.MultipleMarkingNotAllowed" => _ / "不允许多次人工打标，请回退后重试！",
    }
}
