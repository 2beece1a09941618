//! `tmt` error codes, API version 2018-03-21.

tc_errors::tc_errors! {
    /// `tmt` error codes, API version 2018-03-21.
    #[non_exhaustive]
    pub enum TmtError {
        use common;

        "FailedOperation.DecodeErr" => "Image decoding failed" / "图片解码失败",
        "FailedOperation.DownloadErr" => "Image download error" / "图片下载出错",
        "FailedOperation.ErrorUserArea" => "User region differs from requested service area." / "用户区域与请求服务区域不一致。",
        "FailedOperation.NoFreeAmount" => "The free quota for this month is used up. To continue to use the service, you need to upgrade to a paid account in the TMT console." / "本月免费额度已用完，如需继续使用您可以在机器翻译控制台升级为付费使用。",
        "FailedOperation.ServiceIsolate" => "The service is suspended due to overdue payments. Top up your account first." / "账号因为欠费停止服务，请在腾讯云账户充值。",
        "FailedOperation.StopUsing" => "Services for the account has been stopped." / "账号已停服。",
        "FailedOperation.UserNotRegistered" => "The service is not activated. Activate it in the TMT console first." / "服务未开通，请在腾讯云官网机器翻译控制台开通服务。",
        "InternalError" => "Internal error." / "内部错误。",
        "InternalError.BackendTimeout" => "Backend service timeout. Please try again later." / "后台服务超时，请稍后重试。",
        "InternalError.ErrorUnknown" => "Unknown error." / "未知错误。",
        "InternalError.RequestFailed" => "Request failed." / "请求失败。",
        "InvalidParameter" => "Invalid parameter." / "参数错误。",
        "InvalidParameter.MissingParameter" => "Invalid parameter." / "参数错误。",
        "LimitExceeded" => "The quota limit is reached." / "超过配额限制。",
        "MissingParameter" => "Missing parameter." / "缺少参数错误。",
        "UnauthorizedOperation.ActionNotFound" => "Incorrect name entered in the `Action` field." / "请填写正确的Action字段名称。",
        "UnsupportedOperation" => "Unsupported operation." / "操作不支持。",
        "UnsupportedOperation.UnSupportedTargetLanguage" => "Unsupported target language. Please refer to the supported language list." / "不支持的目标语言，请参照语言列表。",
        "UnsupportedOperation.UnsupportedLanguage" => "Unsupported language. Please refer to the supported language list." / "不支持的语言，请参照语言列表。",
        "UnsupportedOperation.UnsupportedSourceLanguage" => "Unsupported source language. Please refer to the supported language list." / "不支持的源语言，请参照语言列表。",
        "FailedOperation.LanguageRecognitionErr" => "Temporarily unable to recognize the language.",
        #[kind(Transient)]
        "FailedOperation.RequestAiLabErr" => "Internal request error, please try again later.",
        "InternalError.ErrorGetRoute" => "Route retrieval error.",
        "InvalidParameterValue" => "Invalid parameter value.",
        "LimitExceeded.LimitedAccessFrequency" => "The request frequency limit is reached.",
        "RequestLimitExceeded.UinLimitExceeded" => "Exceeded UIN usage limit.",
        "UnsupportedOperation.TextTooLong" => "The text length limit (2,000 characters) for a request is reached.",

        version "2018-03-21" {
            ImageTranslateLLM => "FailedOperation.DecodeErr FailedOperation.DownloadErr FailedOperation.ErrorUserArea FailedOperation.NoFreeAmount FailedOperation.ServiceIsolate FailedOperation.StopUsing FailedOperation.UserNotRegistered InternalError InternalError.BackendTimeout InternalError.ErrorUnknown InternalError.RequestFailed InvalidParameter InvalidParameter.MissingParameter LimitExceeded MissingParameter UnauthorizedOperation.ActionNotFound UnsupportedOperation UnsupportedOperation.UnSupportedTargetLanguage UnsupportedOperation.UnsupportedLanguage UnsupportedOperation.UnsupportedSourceLanguage",
            _ => "FailedOperation.LanguageRecognitionErr FailedOperation.RequestAiLabErr InternalError.ErrorGetRoute InvalidParameterValue LimitExceeded.LimitedAccessFrequency RequestLimitExceeded.UinLimitExceeded UnsupportedOperation.TextTooLong",
        }
    }
}
