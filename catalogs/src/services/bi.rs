//! `bi` error codes, API version 2022-01-05.

tc_errors::tc_errors! {
    /// `bi` error codes, API version 2022-01-05.
    #[non_exhaustive]
    pub enum BiError {
        use common;

        "AuthFailure" => "CAM signature/authentication error." / "CAM签名/鉴权错误。",
        "DryRunOperation" => "DryRun operation means the request will be successful, but the DryRun parameter is passed." / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "InternalError" => "Internal error." / "内部错误。",
        "InternalError.Internal" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameter.Embed" => "Report embedding error." / "报表嵌出类错误。",
        "InvalidParameterValue" => "Parameter value error." / "参数取值错误。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "MissingParameter" => "Parameters are missing." / "缺少参数错误。",
        "MissingParameter.MissingParam" => "The required parameter is missing." / "必填参数缺失。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "RequestLimitExceeded" => "Too many and frequent requests." / "请求的次数超过了频率限制。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
        "UnauthorizedOperation.Authorize" => "Permission error." / "权限错误。",
        "UnauthorizedOperation.Inactive" => "User is not enabled." / "用户未启用。",
        "UnauthorizedOperation.UserNotExist" => "The user does not exist." / "用户不存在。",
        "UnknownParameter" => "Unknown parameter error." / "未知参数错误。",
        "UnsupportedOperation" => "The operation is not supported." / "操作不支持。",
        "UnsupportedOperation.BIError" => "Default business exception." / "默认业务异常。",
    }
}
