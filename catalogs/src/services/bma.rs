//! `bma` error codes, API versions 2021-06-24 and 2022-11-15.

tc_errors::tc_errors! {
    /// `bma` error codes, API versions 2021-06-24 and 2022-11-15.
    #[non_exhaustive]
    pub enum BmaError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "DryRunOperation" => _ / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.CompanyNameWrong" => _ / "操作失败，企业名称有误。",
        "FailedOperation.ExistCompany" => _ / "操作失败，已存在企业信息。",
        "FailedOperation.ExistDetectTarget" => _ / "操作失败，已存在检测对象。",
        "FailedOperation.ExistSoftware" => _ / "操作失败，已存在软件信息。",
        "FailedOperation.ReuseResource" => _ / "该资源已使用，请勿重复使用。",
        "FailedOperation.SmsVerify" => _ / "操作失败，验证码错误。",
        "FailedOperation.UnusableResource" => _ / "操作失败，资源不可用。",
        "InternalError" => _ / "内部错误。",
        "InternalError.SmsVerify" => _ / "服务暂时不可用，请稍后重试。若无法解决，请联系智能客服。",
        "InvalidAction" => _ / "接口不存在。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.PrivacyTextIsNotUtf8" => _ / "无效的隐私文本，请使用规定方法上传UTF-8编码格式文件。",
        "InvalidParameter.PrivacyTextURL" => _ / "无效的隐私文本下载链接，请使用规定方法上传文件。",
        "InvalidParameter.SoftwareURL" => _ / "无效的软件下载链接，请使用规定方法上传文件。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "NoSuchVersion" => _ / "接口版本不存在。",
        "OperationDenied" => _ / "操作被拒绝。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "ResourcesSoldOut" => _ / "资源售罄。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",
        "UnsupportedRegion" => _ / "接口不支持所传地域。",
    }
}
