//! `tcss` error codes, API version 2020-11-01.

tc_errors::tc_errors! {
    /// `tcss` error codes, API version 2020-11-01.
    #[non_exhaustive]
    pub enum TcssError {
        use common;

        "AuthFailure" => "A CAM signature/authentication error occurred." / "CAM签名/鉴权错误。",
        "FailedOperation" => "The operation failed." / "操作失败。",
        "FailedOperation.AgentOffline" => "The agent is offline." / "客户端已离线。",
        "FailedOperation.AuthorizedNotEnough" => "Licenses are insufficient." / "授权数不足。",
        "FailedOperation.DataValueNotCorrect" => "The response data value is incorrect." / "响应数据值不正确。",
        "FailedOperation.ErrAlreadyScanning" => "The scan is in progress or there is no scan permission. We recommend you perform the scan after authorization." / "在扫描中或无扫描权限建议授权后扫描。",
        "FailedOperation.ErrRuleNotFind" => "The rule is not found." / "当前规则信息未找到。",
        "FailedOperation.NotifyPolicyChangeFailed" => "The notification policy change failed." / "通知策略变更失败。",
        "FailedOperation.RuleConfigTooMany" => "Too many sub-rules were configured." / "子规则配置过多。",
        "FailedOperation.RuleInfoRepeat" => "The rule information already exists." / "规则信息存在重复。",
        "FailedOperation.RuleNameRepeat" => "The rule name already exists." / "规则名字存在重复。",
        "FailedOperation.RuleNotFind" => "The rule is not found." / "当前规则信息未找到。",
        "FailedOperation.RuleSelectImageOutRange" => "Too many images were selected." / "选择镜像数量过多。",
        "InternalError" => "An internal error occurred." / "内部错误。",
        "InternalError.ErrRoleNotExist" => "The user is unauthorized." / "用户未授权。",
        "InternalError.MainDBFail" => "The database operation failed." / "操作数据库失败。",
        "InvalidParameter" => "The parameter is incorrect." / "参数错误。",
        "InvalidParameter.ErrIpNoValid" => "The IP format is invalid." / "IP格式不合法。",
        "InvalidParameter.InvalidFormat" => "The parameter format is incorrect." / "参数格式错误。",
        "InvalidParameter.IpNoValid" => "IP format error" / "IP格式错误",
        "InvalidParameter.MissingParameter" => "The required parameter is missing." / "缺少必须参数。",
        "InvalidParameter.ParsingError" => "A parameter parsing error occurred." / "参数解析错误。",
        "InvalidParameter.PortNoValid" => "The port format is invalid." / "端口格式不合法。",
        "InvalidParameter.RegexRuleError" => "The regular expression parameter format is incorrect." / "正则参数格式错误。",
        "InvalidParameter.RequestTimeout" => "Query timed out, the backend is still processing, and the query request must be sent again." / "查询超时，后台仍然在处理中，需要再次查询请求",
        "InvalidParameter.ReverShellKeyFieldAllEmpty" => "The process name, target IP, and target port cannot be empty at the same time." / "进程名/目标IP/目标端口，不能同时为空。",
        "InvalidParameter.RuleInfoInValid" => "The current rule parameter is invalid." / "前规则信息参数非法。",
        "InvalidParameterValue" => "The parameter value is incorrect." / "参数取值错误。",
        "InvalidParameterValue.DataNotFound" => "The current data was not found." / "当前数据未能查询到。",
        "InvalidParameterValue.DataRange" => "The data range is incorrect." / "当前数据区间错误。",
        "InvalidParameterValue.LengthLimit" => "The parameter length is limited." / "参数长度受限。",
        "LimitExceeded" => "The quota limit has been reached." / "超过配额限制。",
        "MissingParameter" => "The parameter is missing." / "缺少参数错误。",
        "OperationDenied" => "The operation was denied." / "操作被拒绝。",
        "RequestLimitExceeded" => "The number of requests exceeds the frequency limit." / "请求的次数超过了频率限制。",
        "ResourceInUse" => "The resource is in use." / "资源被占用。",
        "ResourceInsufficient" => "Resources are insufficient." / "资源不足。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",
        "UnauthorizedOperation" => "The operation is unauthorized." / "未授权操作。",
        "UnknownParameter" => "The parameter is unknown." / "未知参数错误。",
        "UnsupportedOperation" => "The operation is not supported." / "操作不支持。",
    }
}
