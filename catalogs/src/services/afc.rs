//! `afc` error codes, API version 2020-02-26.

tc_errors::tc_errors! {
    /// `afc` error codes, API version 2020-02-26.
    #[non_exhaustive]
    pub enum AfcError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "AuthFailure.CapSigError" => _ / "验证码签名错误。",
        "AuthFailure.Expired" => _ / "请求过期。",
        "DryRunOperation" => _ / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InternalError.BackendLogicError" => _ / "业务系统逻辑错误。",
        "InternalError.SignBackendError" => _ / "Sign后端错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.ParamError" => _ / "参数错误。",
        "InvalidParameter.UrlError" => _ / "URL错误。",
        "InvalidParameter.VersionError" => _ / "版本错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.BadBody" => _ / "BadBody。",
        "InvalidParameterValue.BodyTooLarge" => _ / "请求包过大。",
        "InvalidParameterValue.CapMisMatch" => _ / "验证码不匹配。",
        "InvalidParameterValue.HttpMethodError" => _ / "HTTP方法错误。",
        "InvalidParameterValue.InvalidDate" => _ / "日期取值错误。",
        "InvalidParameterValue.InvalidLimit" => _ / "PageLimit取值错误。",
        "InvalidParameterValue.InvalidSrvName" => _ / "SrvName取值错误。",
        "InvalidParameterValue.InvalidStride" => _ / "Stride取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "LimitExceeded.FreqCnt" => _ / "超过配额。",
        "LimitExceeded.IpFreqCnt" => _ / "超过配额。",
        "LimitExceeded.KeyFreqCnt" => _ / "关键词频控限制。",
        "LimitExceeded.ReplayAttack" => _ / "重放攻击。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceNotFound.InterfaceNotFound" => _ / "接口不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "ResourceUnavailable.PermissionDenied" => _ / "未开通服务权限。",
        "ResourcesSoldOut" => _ / "资源售罄。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnauthorizedOperation.AuthFailed" => _ / "鉴权失败。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnknownParameter.SecretIdNotExists" => _ / "密钥不存在。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2020-02-26" {
            GetAntiFraudVip => "AuthFailure AuthFailure.CapSigError AuthFailure.Expired DryRunOperation FailedOperation InternalError InternalError.BackendLogicError InternalError.SignBackendError InvalidParameter InvalidParameter.ParamError InvalidParameter.UrlError InvalidParameter.VersionError InvalidParameterValue InvalidParameterValue.BadBody InvalidParameterValue.BodyTooLarge InvalidParameterValue.CapMisMatch InvalidParameterValue.HttpMethodError InvalidParameterValue.InvalidDate InvalidParameterValue.InvalidLimit InvalidParameterValue.InvalidSrvName InvalidParameterValue.InvalidStride LimitExceeded LimitExceeded.FreqCnt LimitExceeded.IpFreqCnt LimitExceeded.KeyFreqCnt LimitExceeded.ReplayAttack MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceNotFound.InterfaceNotFound ResourceUnavailable ResourceUnavailable.PermissionDenied ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.AuthFailed UnknownParameter UnknownParameter.SecretIdNotExists UnsupportedOperation",
            QueryAntiFraudVip => "AuthFailure.CapSigError AuthFailure.Expired InternalError InternalError.BackendLogicError InternalError.SignBackendError InvalidParameter.ParamError InvalidParameter.UrlError InvalidParameter.VersionError InvalidParameterValue.BadBody InvalidParameterValue.BodyTooLarge InvalidParameterValue.CapMisMatch InvalidParameterValue.HttpMethodError LimitExceeded.FreqCnt LimitExceeded.IpFreqCnt LimitExceeded.KeyFreqCnt LimitExceeded.ReplayAttack ResourceNotFound.InterfaceNotFound ResourceUnavailable.PermissionDenied UnauthorizedOperation.AuthFailed UnknownParameter.SecretIdNotExists",
            TransportGeneralInterface => "AuthFailure.CapSigError AuthFailure.Expired InternalError InternalError.BackendLogicError InternalError.SignBackendError InvalidParameter.ParamError InvalidParameter.UrlError InvalidParameter.VersionError InvalidParameterValue.BadBody InvalidParameterValue.BodyTooLarge InvalidParameterValue.CapMisMatch InvalidParameterValue.HttpMethodError LimitExceeded.FreqCnt LimitExceeded.IpFreqCnt LimitExceeded.KeyFreqCnt LimitExceeded.ReplayAttack ResourceNotFound.InterfaceNotFound ResourceUnavailable.PermissionDenied UnauthorizedOperation.AuthFailed UnknownParameter.SecretIdNotExists",
        }
    }
}
