//! `dasb` error codes, API version 2019-10-18.

tc_errors::tc_errors! {
    /// `dasb` error codes, API version 2019-10-18.
    #[non_exhaustive]
    pub enum DasbError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.AuthFailed" => _ / "账号或密码错误。",
        "FailedOperation.ConnectionFailed" => _ / "连接服务器失败。",
        "FailedOperation.DataNotFound" => _ / "目标数据不存在。",
        "FailedOperation.DuplicateData" => _ / "重复数据。",
        #[kind(Transient)]
        "FailedOperation.TooFrequent" => _ / "操作过于频繁，请稍后再试。",
        "FailedOperation.VPCDeployed" => _ / "该VPC已开通服务，请选择其他VPC。",
        "InternalError" => _ / "内部错误。",
        "InvalidFilter" => _ / "无效的过滤器",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.ResourceId" => _ / "无效的资源ID，用于资源不存在或已过期。",
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
        "UnauthorizedOperation.NoPermission" => _ / "无操作权限。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",
    }
}
