//! `ssm` error codes, API version 2019-09-23.

tc_errors::tc_errors! {
    /// `ssm` error codes, API version 2019-09-23.
    #[non_exhaustive]
    pub enum SsmError {
        use common;

        "AuthFailure" => "Error with CAM signature/authentication." / "CAM签名/鉴权错误。",
        "DryRunOperation" => "`DryRun` Operation. It means that the request would have succeeded, but the `DryRun` parameter was used." / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "FailedOperation.AccessKmsError" => "KMS operation failed." / "KMS操作失败。",
        "FailedOperation.RotationForbidden" => "The rotation is prohibited." / "凭据被禁止轮转。",
        "InternalError" => "An internal error occurred." / "内部错误。",
        "InvalidParameter" => "Incorrect parameter." / "参数错误。",
        "InvalidParameterValue" => "The parameter value is invalid." / "参数取值错误。",
        "InvalidParameterValue.TagKeysDuplicated" => "The tag keys are duplicated." / "标签键重复。",
        "InvalidParameterValue.TagsNotExisted" => "The tag key or tag value does not exist." / "标签键或标签值不存在。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "MissingParameter" => "Missing parameter." / "缺少参数错误。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "OperationDenied.AccessKeyOverLimit" => "Reached the upper limit of access keys." / "AccessKey已经达到上限。",
        "OperationDenied.AutoRotatedResource" => "It is not allowed to manually update credentials with automatic rotation enabled." / "不允许手动更新具有自动轮换功能的凭据。",
        "OperationDenied.RoleNotExist" => "The role does not exist." / "角色不存在。",
        "OperationDenied.UinNotMatch" => "The secret is not owned by the current account." / "被操作密钥与账号不匹配。",
        "RequestLimitExceeded" => "The number of requests exceeds the frequency limit." / "请求的次数超过了频率限制。",
        "ResourceInUse" => "The resource is in use." / "资源被占用。",
        "ResourceInUse.SecretExists" => "The Secret name already exists." / "凭据名已存在。",
        "ResourceInUse.VersionIdExists" => "The Version ID already exists." / "版本号已存在。",
        "ResourceInsufficient" => "Insufficient resource." / "资源不足。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceNotFound.SecretNotExist" => "The secret does not exist." / "凭据不存在。",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",
        "ResourceUnavailable.NotPurchased" => "The service is not purchased." / "服务未购买。",
        "ResourceUnavailable.ResourceDisabled" => "The Secret is disabled." / "凭据被禁用。",
        "ResourceUnavailable.ResourcePendingDeleted" => "The Secret is in `PendingDelete` status." / "凭据处于计划删除状态。",
        "ResourceUnavailable.ResourceUninitialized" => "The credential has not been initialized." / "凭据未完成初始化。",
        "ResourcesSoldOut" => "The resources have been sold out." / "资源售罄。",
        "UnauthorizedOperation" => "The operation is unauthorized." / "未授权操作。",
        "UnauthorizedOperation.AccessKmsError" => "Failed to access KMS." / "访问KMS失败。",
        "UnknownParameter" => "Unknown parameter." / "未知参数错误。",
        "UnsupportedOperation" => "Unsupported operation." / "操作不支持。",
    }
}
