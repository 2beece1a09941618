//! `nlp` error codes, API version 2019-04-08.

tc_errors::tc_errors! {
    /// `nlp` error codes, API version 2019-04-08.
    #[non_exhaustive]
    pub enum NlpError {
        use common;

        "FailedOperation.BalanceInsufficient" => _ / "余额不足，开通失败，请充值后再开通。",
        "FailedOperation.InnerError" => _ / "服务内部错误，请重试。",
        "FailedOperation.NoResults" => _ / "暂无结果，请更换文本重试。",
        "FailedOperation.NotFoundData" => _ / "未查询到结果。",
        "FailedOperation.RequestTimeout" => _ / "后端服务超时。",
        #[kind(Transient)]
        "FailedOperation.ResourceBusy" => _ / "服务器繁忙，请稍后再试。",
        "FailedOperation.RpcFail" => _ / "RPC请求失败，一般为算法微服务故障。",
        "FailedOperation.UnKnowError" => _ / "内部错误。",
        "FailedOperation.Unknown" => _ / "未知错误。",
        "InternalError" => _ / "内部错误。",
        "InternalError.ServiceCallError" => _ / "内部服务调用错误。",
        "InternalError.ServiceError" => _ / "内部服务调用失败。",
        "InternalError.TextClassifyError" => _ / "文本分类异常。",
        "InternalError.TextParsingError" => _ / "文本解析异常。",
        "InvalidParameter.TextTooLongCode" => _ / "文本长度超过限制。",
        "InvalidParameterValue.InvalidParameter" => _ / "参数不合法。",
        "InvalidParameterValue.SensitiveText" => _ / "Text输入含有敏感信息。",
        "InvalidParameterValue.Text" => _ / "Text非法，请参考Text参数说明。",
        "InvalidParameterValue.TextNumTooMuch" => _ / "输入文本超出数量限制",
        "InvalidParameterValue.TextTooLong" => _ / "输入文本超出长度限制",
        "LimitExceeded.ResourceReachedLimit" => _ / "资源用量达到上限。",
        "RequestLimitExceeded.UinLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceInsufficient.QuotaRunOut" => _ / "额度用尽，请充值后重试",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable.Freeze" => _ / "账号已被冻结。",
        "ResourceUnavailable.InArrears" => _ / "账号已欠费。",
        "ResourceUnavailable.IsOpening" => _ / "服务正在开通中，请稍等。",
        "ResourceUnavailable.NotExist" => _ / "计费状态未知，请确认是否已在控制台开通服务。",
        "ResourceUnavailable.Recover" => _ / "资源已被回收。",
        "ResourceUnavailable.StopUsing" => _ / "账号已停服。",
        "UnsupportedOperation.PkgExhausted" => _ / "资源包余量已用尽。",

        version "2019-04-08" {
            AnalyzeSentiment => "FailedOperation.BalanceInsufficient FailedOperation.InnerError FailedOperation.NoResults FailedOperation.NotFoundData FailedOperation.RequestTimeout FailedOperation.ResourceBusy FailedOperation.RpcFail FailedOperation.Unknown InternalError InternalError.ServiceCallError InternalError.ServiceError InternalError.TextClassifyError InternalError.TextParsingError InvalidParameterValue.InvalidParameter InvalidParameterValue.SensitiveText InvalidParameterValue.Text InvalidParameterValue.TextTooLong LimitExceeded.ResourceReachedLimit ResourceNotFound ResourceUnavailable.Freeze ResourceUnavailable.InArrears ResourceUnavailable.IsOpening ResourceUnavailable.NotExist ResourceUnavailable.Recover ResourceUnavailable.StopUsing UnsupportedOperation.PkgExhausted",
            ParseWords => "FailedOperation.BalanceInsufficient FailedOperation.InnerError FailedOperation.NoResults FailedOperation.NotFoundData FailedOperation.RequestTimeout FailedOperation.ResourceBusy FailedOperation.RpcFail FailedOperation.UnKnowError FailedOperation.Unknown InternalError InternalError.ServiceCallError InternalError.ServiceError InvalidParameterValue.InvalidParameter InvalidParameterValue.SensitiveText InvalidParameterValue.TextNumTooMuch InvalidParameterValue.TextTooLong LimitExceeded.ResourceReachedLimit ResourceInsufficient.QuotaRunOut ResourceNotFound ResourceUnavailable.Freeze ResourceUnavailable.InArrears ResourceUnavailable.IsOpening ResourceUnavailable.NotExist ResourceUnavailable.Recover ResourceUnavailable.StopUsing UnsupportedOperation.PkgExhausted",
            SentenceCorrection => "FailedOperation.BalanceInsufficient FailedOperation.InnerError FailedOperation.NoResults FailedOperation.NotFoundData FailedOperation.RequestTimeout FailedOperation.ResourceBusy FailedOperation.RpcFail FailedOperation.UnKnowError FailedOperation.Unknown InternalError InternalError.ServiceCallError InternalError.ServiceError InvalidParameter.TextTooLongCode InvalidParameterValue.InvalidParameter InvalidParameterValue.SensitiveText InvalidParameterValue.TextNumTooMuch InvalidParameterValue.TextTooLong LimitExceeded.ResourceReachedLimit RequestLimitExceeded.UinLimitExceeded ResourceNotFound ResourceUnavailable.Freeze ResourceUnavailable.InArrears ResourceUnavailable.IsOpening ResourceUnavailable.NotExist ResourceUnavailable.Recover ResourceUnavailable.StopUsing UnsupportedOperation.PkgExhausted",
        }
    }
}
