//! `vms` error codes, API version 2020-09-02.

tc_errors::tc_errors! {
    /// `vms` error codes, API version 2020-09-02.
    #[non_exhaustive]
    pub enum VmsError {
        use common;

        "FailedOperation.AccessUpstreamTimeout" => _ / "访问上下游模块超时。",
        "FailedOperation.ContainSensitiveWord" => _ / "语音内容中含有敏感词，请[联系我们](https://cloud.tencent.com/document/product/1128/37720)沟通解决。",
        "FailedOperation.FailResolvePacket" => _ / "后端请求包解析失败，通常由于没有遵守 API 接口说明规范导致的，请参见[1004错误详解](https://cloud.tencent.com/document/product/1128/38004#Q5)。",
        "FailedOperation.InsufficientBalanceInVoicePackage" => _ / "套餐包余量不足，请及时[购买语音套餐包](https://buy.cloud.tencent.com/voice)。",
        "FailedOperation.InvalidJsonParameters" => _ / "无效 JSON，请核查发送的请求是否为标准的 JSON 格式。",
        "FailedOperation.InvalidParameters" => _ / "无效参数，请核查发送的请求参数是否为对应 API 所需参数。",
        "FailedOperation.JsonParseFail" => _ / "解析请求包体时候失败。",
        "FailedOperation.ParametersOtherError" => _ / "语音未知错误，请[联系我们](https://cloud.tencent.com/document/product/1128/37720)沟通解决。",
        "FailedOperation.PhonenumberUnappliedOrExpired" => _ / "未申请号码或申请的号码资源已过期，请及时支付月功能费用和信息服务费用，具体操作请参见[购买指南](https://cloud.tencent.com/document/product/1128/90745)。",
        "FailedOperation.TemplateIncorrectOrUnapproved" => _ / "模板未审核或请求的内容与审核通过的模板内容不匹配，请参见[1014错误详解](https://cloud.tencent.com/document/product/1128/38004#Q6)",
        "InternalError.AccessUpstreamTimeout" => _ / "访问上游超时网络，请稍后重试。",
        "InternalError.RequestTimeException" => _ / "请求发起时间不正常，通常由您的服务器与腾讯云服务器之间的时间差超过10分钟引起。",
        "InternalError.RestApiInterfaceNotExist" => _ / "后端不存在该 REST API 接口，请核查 REST API 接口说明。",
        "InternalError.SigVerificationFail" => _ / "后端 Sig 校验失败。",
        "InternalError.SsoSendRecvFail" => _ / "内部sso通道超时。",
        "InternalError.UpstreamError" => _ / "语音上游错误，请[联系我们](https://cloud.tencent.com/document/product/1128/37720)沟通解决。",
        "InvalidParameterValue.CalledNumberVerifyFail" => _ / "被叫手机号码格式校验失败。",
        "InvalidParameterValue.ContentLengthLimit" => _ / "语音模板中单个变量长度超过限制，如需调整限制，请[联系我们](https://cloud.tencent.com/document/product/1128/37720)。",
        "InvalidParameterValue.SdkAppidNotExist" => _ / "SDK AppID 不存在。",
        "LimitExceeded.DeliveryFrequencyLimit" => _ / "下发语音消息时命中频率限制策略，如需申请不受频率限制的测试号码或更改限制策略，请[联系我们](https://cloud.tencent.com/document/product/1128/37720)。",
        "UnauthorizedOperation.SdkAppidIsDisabled" => _ / "SDK AppID 禁用发送语音消息，如有需要请[联系我们](https://cloud.tencent.com/document/product/1128/37720)。",
        "UnauthorizedOperation.ServiceSuspendDueToArrears" => _ / "因腾讯云账号欠费被停止服务，请及时为您的腾讯云账号[充值](https://cloud.tencent.com/document/product/555/7425)缴清欠款。",
        "UnauthorizedOperation.VoiceSdkAppidVerifyFail" => _ / "VoiceSdkAppid 校验失败。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2020-09-02" {
            SendCodeVoice => "FailedOperation.AccessUpstreamTimeout FailedOperation.ContainSensitiveWord FailedOperation.FailResolvePacket FailedOperation.InsufficientBalanceInVoicePackage FailedOperation.InvalidJsonParameters FailedOperation.InvalidParameters FailedOperation.JsonParseFail FailedOperation.ParametersOtherError FailedOperation.PhonenumberUnappliedOrExpired FailedOperation.TemplateIncorrectOrUnapproved InternalError.AccessUpstreamTimeout InternalError.RequestTimeException InternalError.RestApiInterfaceNotExist InternalError.SigVerificationFail InternalError.SsoSendRecvFail InternalError.UpstreamError InvalidParameterValue.CalledNumberVerifyFail InvalidParameterValue.ContentLengthLimit InvalidParameterValue.SdkAppidNotExist LimitExceeded.DeliveryFrequencyLimit UnauthorizedOperation.SdkAppidIsDisabled UnauthorizedOperation.ServiceSuspendDueToArrears UnauthorizedOperation.VoiceSdkAppidVerifyFail UnsupportedOperation",
            SendTtsVoice => "FailedOperation.AccessUpstreamTimeout FailedOperation.ContainSensitiveWord FailedOperation.FailResolvePacket FailedOperation.InsufficientBalanceInVoicePackage FailedOperation.InvalidJsonParameters FailedOperation.InvalidParameters FailedOperation.JsonParseFail FailedOperation.ParametersOtherError FailedOperation.PhonenumberUnappliedOrExpired FailedOperation.TemplateIncorrectOrUnapproved InternalError.AccessUpstreamTimeout InternalError.RequestTimeException InternalError.RestApiInterfaceNotExist InternalError.SigVerificationFail InternalError.SsoSendRecvFail InternalError.UpstreamError InvalidParameterValue.CalledNumberVerifyFail InvalidParameterValue.ContentLengthLimit InvalidParameterValue.SdkAppidNotExist LimitExceeded.DeliveryFrequencyLimit UnauthorizedOperation.SdkAppidIsDisabled UnauthorizedOperation.ServiceSuspendDueToArrears UnauthorizedOperation.VoiceSdkAppidVerifyFail UnsupportedOperation",
        }
    }
}
