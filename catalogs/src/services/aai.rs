//! `aai` error codes, API version 2018-05-22.

tc_errors::tc_errors! {
    /// `aai` error codes, API version 2018-05-22.
    #[non_exhaustive]
    pub enum AaiError {
        use common;

        "FailedOperation.ServiceIsolate" => _ / "账号因为欠费停止服务，请在腾讯云账户充值。",
        "FailedOperation.UserHasNoFreeAmount" => _ / "账号本月免费额度已用完。",
        "FailedOperation.UserNotRegistered" => _ / "服务未开通，请在腾讯云官网语音识别控制台开通服务。",
        "InternalError" => _ / "内部错误",
        "InternalError.ErrorConfigure" => _ / "初始化配置失败。",
        "InternalError.ErrorCreateLog" => _ / "创建日志失败。",
        "InternalError.ErrorDownFile" => _ / "下载音频文件失败。",
        "InternalError.ErrorFailNewprequest" => _ / "新建数组失败。",
        "InternalError.ErrorFailWritetodb" => _ / "写入数据库失败。",
        "InternalError.ErrorFileCannotopen" => _ / "文件无法打开。",
        "InternalError.ErrorGetRoute" => _ / "获取路由失败。",
        "InternalError.ErrorMakeLogpath" => _ / "创建日志路径失败。",
        "InternalError.ErrorRecognize" => _ / "识别失败。",
        "InternalError.ErrorTranslate" => _ / "机器翻译失败。",
        "InternalError.TextConvertFailed" => _ / "文本转换失败，请检查文本格式。",
        "InvalidParameter.ErrorChatText" => _ / "错误的聊天输入文本。",
        "InvalidParameter.ErrorChatUser" => _ / "错误的User参数。",
        "InvalidParameter.ErrorContentlength" => _ / "请求数据长度无效。",
        "InvalidParameter.ErrorNoBodydata" => _ / "没有body数据。",
        "InvalidParameter.ErrorParamsMissing" => _ / "参数不全。",
        "InvalidParameter.ErrorParsequest" => _ / "解析请求数据失败。",
        "InvalidParameterValue" => _ / "参数取值错误",
        "InvalidParameterValue.AppIdNotRegistered" => _ / "appid未注册。",
        "InvalidParameterValue.ErrorInvalidAppid" => _ / "AppId无效。",
        "InvalidParameterValue.ErrorInvalidClientip" => _ / "ClientIp无效。",
        "InvalidParameterValue.ErrorInvalidEngservice" => _ / "EngSerViceType无效。",
        "InvalidParameterValue.ErrorInvalidOpenTranslate" => _ / "是否进行翻译。",
        "InvalidParameterValue.ErrorInvalidProjectid" => _ / "ProjectId无效。",
        "InvalidParameterValue.ErrorInvalidRequestid" => _ / "RequestId无效。",
        "InvalidParameterValue.ErrorInvalidSourceLanguage" => _ / "翻译的源语言类型不支持。",
        "InvalidParameterValue.ErrorInvalidSourcetype" => _ / "SourceType无效。",
        "InvalidParameterValue.ErrorInvalidSubservicetype" => _ / "SubserviceType无效。",
        "InvalidParameterValue.ErrorInvalidTargetLanguage" => _ / "翻译的目标语言类型不支持。",
        "InvalidParameterValue.ErrorInvalidUrl" => _ / "Url无效。",
        "InvalidParameterValue.ErrorInvalidUseraudiokey" => _ / "UsrAudioKey无效。",
        "InvalidParameterValue.ErrorInvalidVoiceFormat" => _ / "音频编码格式不支持。",
        "InvalidParameterValue.ErrorInvalidVoicedata" => _ / "音频数据无效。",
        "UnsupportedOperation.TextTooLong" => _ / "文本过长，请参考请求参数Text的说明。",

        version "2018-05-22" {
            Chat => "InternalError InternalError.ErrorConfigure InternalError.ErrorCreateLog InternalError.ErrorGetRoute InternalError.ErrorMakeLogpath InvalidParameter.ErrorChatText InvalidParameter.ErrorChatUser InvalidParameter.ErrorContentlength InvalidParameter.ErrorParamsMissing InvalidParameter.ErrorParsequest InvalidParameterValue.ErrorInvalidAppid InvalidParameterValue.ErrorInvalidClientip InvalidParameterValue.ErrorInvalidProjectid InvalidParameterValue.ErrorInvalidRequestid",
            SentenceRecognition => "FailedOperation.ServiceIsolate FailedOperation.UserHasNoFreeAmount FailedOperation.UserNotRegistered InternalError InternalError.ErrorConfigure InternalError.ErrorCreateLog InternalError.ErrorDownFile InternalError.ErrorFailNewprequest InternalError.ErrorFailWritetodb InternalError.ErrorFileCannotopen InternalError.ErrorGetRoute InternalError.ErrorMakeLogpath InternalError.ErrorRecognize InvalidParameter.ErrorContentlength InvalidParameter.ErrorParamsMissing InvalidParameter.ErrorParsequest InvalidParameterValue InvalidParameterValue.ErrorInvalidAppid InvalidParameterValue.ErrorInvalidClientip InvalidParameterValue.ErrorInvalidEngservice InvalidParameterValue.ErrorInvalidProjectid InvalidParameterValue.ErrorInvalidRequestid InvalidParameterValue.ErrorInvalidSourcetype InvalidParameterValue.ErrorInvalidSubservicetype InvalidParameterValue.ErrorInvalidUrl InvalidParameterValue.ErrorInvalidUseraudiokey InvalidParameterValue.ErrorInvalidVoiceFormat InvalidParameterValue.ErrorInvalidVoicedata",
            SimultaneousInterpreting => "InternalError InternalError.ErrorConfigure InternalError.ErrorCreateLog InternalError.ErrorFailWritetodb InternalError.ErrorGetRoute InternalError.ErrorMakeLogpath InternalError.ErrorRecognize InternalError.ErrorTranslate InvalidParameter.ErrorContentlength InvalidParameter.ErrorParamsMissing InvalidParameter.ErrorParsequest InvalidParameterValue.ErrorInvalidAppid InvalidParameterValue.ErrorInvalidClientip InvalidParameterValue.ErrorInvalidEngservice InvalidParameterValue.ErrorInvalidOpenTranslate InvalidParameterValue.ErrorInvalidProjectid InvalidParameterValue.ErrorInvalidRequestid InvalidParameterValue.ErrorInvalidSourceLanguage InvalidParameterValue.ErrorInvalidSubservicetype InvalidParameterValue.ErrorInvalidTargetLanguage InvalidParameterValue.ErrorInvalidVoiceFormat",
            TextToVoice => "InternalError InternalError.TextConvertFailed InvalidParameter.ErrorNoBodydata InvalidParameterValue InvalidParameterValue.AppIdNotRegistered UnsupportedOperation.TextTooLong",
        }
    }
}
