//! `trabbit` error codes, API version 2023-04-18.

tc_errors::tc_errors! {
    /// `trabbit` error codes, API version 2023-04-18.
    #[non_exhaustive]
    pub enum TrabbitError {
        use common;

        "AuthFailure" => "CAM signature/authentication error." / "CAM签名/鉴权错误。",
        "DryRunOperation" => "DryRun operation means the request will be successful, but the DryRun parameter is passed." / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidFilter" => "Invalid Filter" / "无效的过滤器",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameterValue" => "Parameter value error." / "参数取值错误。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "MissingParameter" => "Parameters are missing" / "缺少参数错误。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "RegionError" => "Region error." / "地域错误",
        "RequestLimitExceeded" => "Request limit exceeded." / "请求的次数超过了频率限制。",
        "ResourceInUse" => "The resource is occupied." / "资源被占用。",
        "ResourceInsufficient" => "Insufficient resources." / "资源不足。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceUnavailable" => "Resources are unavailable." / "资源不可用。",
        "ResourcesSoldOut" => "Resources are sold out." / "资源售罄。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
        "UnknownParameter" => "Unknown parameter error." / "未知参数错误。",
        "UnsupportedOperation" => "The operation is not supported." / "操作不支持。",
    }
}
