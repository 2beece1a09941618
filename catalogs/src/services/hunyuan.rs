//! `hunyuan` error codes, API version 2023-09-01.

tc_errors::tc_errors! {
    /// `hunyuan` error codes, API version 2023-09-01.
    #[non_exhaustive]
    pub enum HunyuanError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.ConsoleServerError" => _ / "控制台服务异常。",
        "FailedOperation.DownloadError" => _ / "LogoUrl 或 LogoImage 有误，水印图下载失败。",
        #[kind(Transient)]
        "FailedOperation.EngineRequestTimeout" => "Request timeout at the engine layer. try again later." / "引擎层请求超时；请稍后重试。",
        #[kind(Transient)]
        "FailedOperation.EngineServerError" => "Internal error at the engine layer. try again later." / "引擎层内部错误；请稍后重试。",
        #[kind(Transient)]
        "FailedOperation.EngineServerLimitExceeded" => "Request exceeds the limit at the engine layer. try again later." / "引擎层请求超过限额；请稍后重试。",
        "FailedOperation.FreeResourcePackExhausted" => "The remaining free resource package quota is exhausted. purchase a resource pack or enable post-payment." / "免费资源包余量已用尽，请购买资源包或开通后付费。",
        "FailedOperation.GenerateImageFailed" => _ / "图片包含敏感内容",
        "FailedOperation.ImageDecodeFailed" => _ / "水印图解码失败",
        "FailedOperation.ImageDownloadError" => _ / "LogoUrl 或 LogoImage 有误，水印图下载失败。",
        "FailedOperation.PartnerAccountUnSupport" => _ / "合作伙伴账号不允许开通，请更换账号。",
        "FailedOperation.ResourcePackExhausted" => "The remaining resource package quota is exhausted. purchase a resource pack or enable post-payment." / "资源包余量已用尽，请购买资源包或开通后付费。",
        "FailedOperation.ServiceNotActivated" => "The service is not activated. go to the console to apply for a trial." / "服务未开通，请前往控制台申请试用。",
        "FailedOperation.ServiceStop" => "User proactively stopped services." / "用户主动停服。",
        "FailedOperation.ServiceStopArrears" => "Service suspended due to overdue payments." / "欠费停服。",
        "FailedOperation.SetPayModeExceed" => _ / "后付费设置次数超过每月限制。",
        "FailedOperation.UserUnAuthError" => _ / "用户未实名，请先进行实名认证。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameter.ImageCountLimitExceededError" => _ / "图片数量超限错误。",
        "InvalidParameter.ImageProcessingFailureError" => _ / "图片处理失败错误。",
        "InvalidParameter.InvalidParameter" => _ / "参数不合法。",
        "InvalidParameterValue" => "Parameter value error." / "参数取值错误。",
        "InvalidParameterValue.ImageRequestError" => _ / "图片请求错误。",
        "InvalidParameterValue.Model" => "Model does not exist." / "模型不存在。",
        "InvalidParameterValue.ParameterValueError" => _ / "参数字段或者值有误",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "OperationDenied.ImageIllegalDetected" => _ / "图片可能包含敏感信息，请重试",
        "OperationDenied.TextIllegalDetected" => _ / "文本包含违法违规信息，审核不通过。",
        "ResourceInsufficient.ChargeResourceExhaust" => _ / "计费资源已耗尽。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable.InArrears" => _ / "账号已欠费。",
        "ResourceUnavailable.LowBalance" => _ / "余额不足。",
        "ResourceUnavailable.NotExist" => _ / "计费状态未知，请确认是否已在控制台开通服务。",
        "ResourceUnavailable.StopUsing" => _ / "账号已停服。",
    }
}
