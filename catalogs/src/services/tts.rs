//! `tts` error codes, API version 2019-08-23.

tc_errors::tc_errors! {
    /// `tts` error codes, API version 2019-08-23.
    #[non_exhaustive]
    pub enum TtsError {
        use common;

        "AuthFailure.InvalidAuthorization" => "Invalid authorization." / "授权无效。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.NoSuchTask" => _ / "任务不存在。",
        "InternalError.ErrorGetRoute" => "Invalid route." / "路由错误。",
        "InternalError.ExceedMaxLimit" => "Traffic is throttled due to high load." / "负载限流。",
        "InternalError.FailAccessDatabase" => _ / "数据库存取失败。",
        "InternalError.FailAccessRedis" => _ / "Redis存储失败。",
        "InternalError.InternalError" => "Internal error." / "内部错误。",
        "InternalError.NoResource" => "No resources available, please try again later." / "暂无资源，请稍后重试。",
        "InvalidParameter.InvalidText" => "The request text contains invalid characters." / "请求文本含有非法字符。",
        "InvalidParameter.Status" => _ / "status 不合法。",
        "InvalidParameterValue.AppId" => "Invalid `AppId`. See the description of `AppId`." / "AppId非法，请参考AppId参数说明。",
        "InvalidParameterValue.AppIdNotRegistered" => "The `APPID` is not registered. Activate the service in the [TTS console ](https://console.cloud.tencent.com/tts) first." / "APPID未注册，请在语音合成主页 https://console.cloud.tencent.com/tts 开通使用。",
        "InvalidParameterValue.CallbackUrl" => _ / "CallbackUrl非法或不可访问。",
        "InvalidParameterValue.Codec" => "Invalid `Codec`. See the description of `Codec`." / "Codec非法，请参考Codec参数说明。",
        "InvalidParameterValue.ErrorCardinalFormat" => "The number part of the `say-as` tag of SSML is not a valid constant, which can only contain digits, \",\", \".\", and \" \" when the tag attribute is `cardinal`, `currency`, or `address`." / "ssml的say-as标签属性为cardinal、currency、address时，数字部分非有效参数，仅允许包含数字、“,”、“.”和空格。",
        "InvalidParameterValue.InvalidText" => "The request text contains invalid characters, or it contains no valid characters." / "请求文本含有非法字符，或请求文本没有有效字符。",
        "InvalidParameterValue.MissParameters" => "Parameter missing." / "缺少参数。",
        "InvalidParameterValue.ModelType" => _ / "ModelType非法。",
        "InvalidParameterValue.ParticipleError" => "Error in text segmentation." / "文本分词错误。",
        "InvalidParameterValue.PrimaryLanguage" => "Invalid `PrimaryLanguage`. See the description of `PrimaryLanguage`." / "PrimaryLanguage非法，请参考PrimaryLanguage参数说明。",
        "InvalidParameterValue.SSMLInvalid" => "Invalid SSML tag." / "SSML标签非法。",
        "InvalidParameterValue.SampleRate" => "Invalid `SampleRate`. See the description of `SampleRate`." / "SampleRate非法，请参考SampleRate参数说明。",
        "InvalidParameterValue.SessionId" => "Invalid `SessionId`. See the description of `SessionId`." / "SessionId非法，请参考Volume参数说明。",
        "InvalidParameterValue.Speed" => "Invalid `Speed`. See the description of `Speed`." / "Speed非法，请参考Speed参数说明。",
        "InvalidParameterValue.Text" => "Text missing." / "文本缺失。",
        "InvalidParameterValue.TextEmpty" => "Empty text." / "Text为空。",
        "InvalidParameterValue.TextNotUtf8" => "The text is not encoded in UTF8." / "文本不是 UTF8 格式。",
        "InvalidParameterValue.TextSsmlParseError" => _ / "Text参数SSML语法错误，请参考SSML文档说明。",
        "InvalidParameterValue.TextTooLong" => _ / "合成文本字符过长。",
        "InvalidParameterValue.Type" => "Invalid `Type`." / "Type 类型非法。",
        "InvalidParameterValue.VoiceType" => "Invalid `VoiceType`. See the description of `VoiceType`." / "VoiceType非法，请参考VoiceType参数说明。",
        "InvalidParameterValue.Volume" => "Invalid `Volume`. See the description of `Volume`." / "Volume非法，请参考Volume参数说明。",
        "LimitExceeded.AccessLimit" => "The request frequency exceeds the limit." / "请求超过限制频率。",
        "UnsupportedOperation" => "Unsupported operation." / "操作不支持。",
        "UnsupportedOperation.AccountArrears" => "Overdue payment exists." / "欠费。",
        "UnsupportedOperation.AuthorizationExpired" => "Authentication expired." / "鉴权已过期。",
        "UnsupportedOperation.AuthorizationFailed" => "Authentication failed." / "鉴权失败。",
        "UnsupportedOperation.ForbiddenUse" => "Service prohibited." / "服务禁止使用。",
        "UnsupportedOperation.NoBanlance" => _ / "没有余额。",
        "UnsupportedOperation.NoFreeAccount" => "Free tier is used up." / "免费资源包已用尽，请购买资源包或开通后付费。",
        "UnsupportedOperation.PkgExhausted" => "The resource package is used up." / "资源包余量已用尽。",
        "UnsupportedOperation.ServerAlreadyOpen" => "Server opened." / "服务器已打开。",
        "UnsupportedOperation.ServerDestoryed" => "The service is already terminated." / "服务已销毁。",
        "UnsupportedOperation.ServerNotOpen" => "Service inactivated." / "服务未开通使用。",
        "UnsupportedOperation.ServerStopped" => "Service stopped." / "服务已停止使用。",
        "UnsupportedOperation.TextTooLong" => "The text is too long. See the description of the request parameter `Text`." / "文本过长，请参考请求参数Text的说明。",

        version "2019-08-23" {
            CreateTtsTask => "AuthFailure.InvalidAuthorization InternalError.ErrorGetRoute InternalError.FailAccessDatabase InternalError.InternalError InvalidParameter.InvalidText InvalidParameter.Status InvalidParameterValue.AppId InvalidParameterValue.AppIdNotRegistered InvalidParameterValue.CallbackUrl InvalidParameterValue.Codec InvalidParameterValue.ErrorCardinalFormat InvalidParameterValue.InvalidText InvalidParameterValue.MissParameters InvalidParameterValue.ModelType InvalidParameterValue.PrimaryLanguage InvalidParameterValue.SampleRate InvalidParameterValue.Speed InvalidParameterValue.Text InvalidParameterValue.TextEmpty InvalidParameterValue.TextNotUtf8 InvalidParameterValue.TextSsmlParseError InvalidParameterValue.TextTooLong InvalidParameterValue.Type InvalidParameterValue.VoiceType InvalidParameterValue.Volume LimitExceeded.AccessLimit UnsupportedOperation UnsupportedOperation.AccountArrears UnsupportedOperation.AuthorizationExpired UnsupportedOperation.AuthorizationFailed UnsupportedOperation.ForbiddenUse UnsupportedOperation.NoBanlance UnsupportedOperation.NoFreeAccount UnsupportedOperation.PkgExhausted UnsupportedOperation.ServerAlreadyOpen UnsupportedOperation.ServerDestoryed UnsupportedOperation.ServerNotOpen UnsupportedOperation.ServerStopped UnsupportedOperation.TextTooLong",
            DescribeTtsTaskStatus => "AuthFailure.InvalidAuthorization FailedOperation FailedOperation.NoSuchTask InternalError.ErrorGetRoute InternalError.FailAccessDatabase InternalError.FailAccessRedis InternalError.InternalError InvalidParameter.InvalidText InvalidParameter.Status InvalidParameterValue.AppId InvalidParameterValue.AppIdNotRegistered InvalidParameterValue.Codec InvalidParameterValue.ErrorCardinalFormat InvalidParameterValue.InvalidText InvalidParameterValue.MissParameters InvalidParameterValue.PrimaryLanguage InvalidParameterValue.SampleRate InvalidParameterValue.SessionId InvalidParameterValue.Speed InvalidParameterValue.Text InvalidParameterValue.TextEmpty InvalidParameterValue.TextNotUtf8 InvalidParameterValue.TextSsmlParseError InvalidParameterValue.Type InvalidParameterValue.VoiceType InvalidParameterValue.Volume LimitExceeded.AccessLimit UnsupportedOperation UnsupportedOperation.AccountArrears UnsupportedOperation.AuthorizationExpired UnsupportedOperation.AuthorizationFailed UnsupportedOperation.ForbiddenUse UnsupportedOperation.NoBanlance UnsupportedOperation.NoFreeAccount UnsupportedOperation.ServerAlreadyOpen UnsupportedOperation.ServerDestoryed UnsupportedOperation.ServerNotOpen UnsupportedOperation.ServerStopped UnsupportedOperation.TextTooLong",
            TextToVoice => "AuthFailure.InvalidAuthorization InternalError.ErrorGetRoute InternalError.ExceedMaxLimit InternalError.InternalError InternalError.NoResource InvalidParameter.InvalidText InvalidParameterValue.AppId InvalidParameterValue.AppIdNotRegistered InvalidParameterValue.Codec InvalidParameterValue.ErrorCardinalFormat InvalidParameterValue.InvalidText InvalidParameterValue.MissParameters InvalidParameterValue.ParticipleError InvalidParameterValue.PrimaryLanguage InvalidParameterValue.SSMLInvalid InvalidParameterValue.SampleRate InvalidParameterValue.SessionId InvalidParameterValue.Speed InvalidParameterValue.Text InvalidParameterValue.TextEmpty InvalidParameterValue.TextNotUtf8 InvalidParameterValue.Type InvalidParameterValue.VoiceType InvalidParameterValue.Volume LimitExceeded.AccessLimit UnsupportedOperation UnsupportedOperation.AccountArrears UnsupportedOperation.AuthorizationExpired UnsupportedOperation.AuthorizationFailed UnsupportedOperation.ForbiddenUse UnsupportedOperation.NoFreeAccount UnsupportedOperation.PkgExhausted UnsupportedOperation.ServerAlreadyOpen UnsupportedOperation.ServerDestoryed UnsupportedOperation.ServerNotOpen UnsupportedOperation.ServerStopped UnsupportedOperation.TextTooLong",
        }
    }
}
