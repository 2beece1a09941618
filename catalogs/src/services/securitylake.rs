//! `securitylake` error codes, API version 2024-01-17.

tc_errors::tc_errors! {
    /// `securitylake` error codes, API version 2024-01-17.
    #[non_exhaustive]
    pub enum SecuritylakeError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "DryRunOperation" => _ / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidFilter" => _ / "无效的过滤器",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "RegionError" => _ / "地域错误",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "ResourcesSoldOut" => _ / "资源售罄。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2024-01-17" {
            DescribeSecurityAlarmTableList => "AuthFailure DryRunOperation FailedOperation InternalError InvalidFilter InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
        }
    }
}
