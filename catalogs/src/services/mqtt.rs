//! `mqtt` error codes, API version 2024-05-16.

tc_errors::tc_errors! {
    /// `mqtt` error codes, API version 2024-05-16.
    #[non_exhaustive]
    pub enum MqttError {
        use common;

        "FailedOperation" => "Operation failed." / "操作失败。",
        "FailedOperation.CallTrade" => "Transaction exception." / "交易异常",
        "FailedOperation.CertificateVerificationFailed",
        "FailedOperation.DeleteProtect" => _ / "集群已打开删除保护开关。",
        "FailedOperation.DuplicateAuthorizationIdOrPriority" => "Policy priority is duplicated." / "策略优先级重复",
        "FailedOperation.DuplicatePolicy" => "DuplicatePolicy" / "DuplicatePolicy",
        "FailedOperation.DuplicatePriority" => "DuplicatePriority" / "DuplicatePriority",
        "FailedOperation.InstanceNotReady",
        "FailedOperation.InstanceRegistrationCodeEmpty",
        "FailedOperation.NotSupportDisableAuthorizationPolicy" => "The authorization policy does not support being disabled." / "授权策略不支持关闭。",
        "FailedOperation.PublicKeyVerifyFailed",
        "FailedOperation.RegistrationCodeVerifyFailed",
        "FailedOperation.RelatedDeviceCertificateExists" => _ / "RelatedDeviceCertificateExists",
        "InvalidParameter.InstanceTypeNotMatch" => "InstanceTypeNotMatch" / "InstanceTypeNotMatch",
        "InvalidParameterValue" => "Parameter value error." / "参数取值错误。",
        "InvalidParameterValue.PublicNetworkInvalidParameterValue" => "PublicNetworkInvalidParameterValue" / "PublicNetworkInvalidParameterValue",
        "LimitExceeded.TopicNum",
        "MissingParameter" => "Parameters are missing." / "缺少参数错误。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "ResourceInUse" => "The resource is occupied." / "资源被占用。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceNotFound.AuthorizationPolicy" => "Authorization policy not found." / "授权策略未找到",
        "ResourceNotFound.Ca",
        "ResourceNotFound.Certificate",
        "ResourceNotFound.Instance",
        "ResourceNotFound.Message",
        "ResourceNotFound.NoAuthenticator" => _ / "NoAuthenticator",
        "ResourceNotFound.Role",
        "ResourceNotFound.Topic",
        "ResourceNotFound.Username" => "Username not found." / "用户名未找到",
        "ResourceUnavailable" => "Resources are unavailable." / "资源不可用。",
        "UnsupportedOperation.ResourceAlreadyExists",
    }
}
