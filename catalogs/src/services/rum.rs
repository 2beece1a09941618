//! `rum` error codes, API version 2021-06-22.

tc_errors::tc_errors! {
    /// `rum` error codes, API version 2021-06-22.
    #[non_exhaustive]
    pub enum RumError {
        use common;

        "AuthFailure" => "Error with CAM signature/authentication." / "CAM签名/鉴权错误。",
        "AuthFailure.UnauthorizedOperation" => _ / "请求未CAM授权",
        "DryRunOperation" => "`DryRun` Operation. It means that the request would have succeeded, but the `DryRun` parameter was used." / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "FailedOperation.ChargeNoBalance" => "Billing - The account balance is insufficient." / "计费相关 - 账户余额不足。",
        "FailedOperation.ChargeNoPayRight" => "Billing - The account doesn’t have the payment permission." / "计费相关 - 账户没有付费权限。",
        "FailedOperation.ChargeParamInvalid" => "Billing - Invalid billing parameters." / "计费相关 - 计费参数无效。",
        "FailedOperation.ClsCallFail" => "CLS call failed." / "CLS调用失败",
        "FailedOperation.DataBaseException" => "Exceptional data operation." / "数据操作异常",
        "FailedOperation.InfrastructureError" => "Exceptional third-party dependency." / "第三方依赖异常。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidFilter" => _ / "无效的过滤器",
        "InvalidParameter" => "Incorrect parameter." / "参数错误。",
        "InvalidParameterValue" => "Incorrect parameter value." / "参数取值错误。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "MissingParameter" => "Missing parameter." / "缺少参数错误。",
        "OperationDenied" => "The operation was denied." / "操作被拒绝。",
        "RegionError" => _ / "地域错误",
        "RequestLimitExceeded" => "The number of requests exceeds the frequency limit." / "请求的次数超过了频率限制。",
        "ResourceInUse" => "The resource is in use." / "资源被占用。",
        "ResourceInsufficient" => "Insufficient resource." / "资源不足。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceNotFound.NoInstance" => "The instance does not exist." / "实例不存在",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",
        "ResourcesSoldOut" => "The resources have been sold out." / "资源售罄。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
        "UnknownParameter" => "Unknown parameter." / "未知参数错误。",
        "UnsupportedOperation" => "Unsupported operation." / "操作不支持。",
    }
}
