//! `bh` error codes, API version 2023-04-18.

tc_errors::tc_errors! {
    /// `bh` error codes, API version 2023-04-18.
    #[non_exhaustive]
    pub enum BhError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.AuthFailed",
        "FailedOperation.ConnectionFailed",
        "FailedOperation.DataNotFound",
        "FailedOperation.DuplicateData",
        "FailedOperation.ResourceNotPro" => _ / "非专业版资源",
        "FailedOperation.SearchFailed",
        "FailedOperation.TooFrequent",
        "FailedOperation.UserExpired" => _ / "用户已过期",
        "FailedOperation.UserInvalid" => _ / "用户未生效",
        "FailedOperation.UserLocked" => _ / "用户已锁定",
        "FailedOperation.UserNotExist" => _ / "用户不存在",
        "FailedOperation.VPCDeployed",
        "InternalError" => _ / "内部错误。",
        "InvalidFilter" => _ / "无效的过滤器",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.ResourceId",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "ResourcesSoldOut" => _ / "资源售罄。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnauthorizedOperation.NoPermission",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",
    }
}
