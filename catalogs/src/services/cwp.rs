//! `cwp` error codes, API version 2018-02-28.

tc_errors::tc_errors! {
    /// `cwp` error codes, API version 2018-02-28.
    #[non_exhaustive]
    pub enum CwpError {
        use common;

        "AuthFailure" => "CAM signature/authentication error." / "CAM签名/鉴权错误。",
        "AuthFailure.UnauthorizedOperation" => "Authentication for the current user failed." / "当前用户鉴权失败。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "FailedOperation.APIServerFail" => "Failed to invoke the API service." / "调用API服务失败。",
        "FailedOperation.AgentOffline" => "The client is offline." / "客户端已离线。",
        "FailedOperation.Export" => "Failed to export the file." / "导出文件失败。",
        "FailedOperation.LicenseExceeded" => "Insufficient available licenses, missing 1 license. Purchase a new license." / "可用license数量不足，缺少1个license，请购买新license。",
        "FailedOperation.MachineDelete" => "Uninstall the host." / "卸载主机。",
        "FailedOperation.NoProfessionHost" => "No Pro Edition host." / "无专业版主机。",
        "FailedOperation.PartSeparate" => "Isolation of multiple hosts partially or completely failed." / "多台主机隔离，部分或全部失败。",
        "FailedOperation.ProtectStartFail" => _ / "开启防护失败。",
        "FailedOperation.Recover" => "Failed to respond to the Trojan." / "回复木马失败。",
        "FailedOperation.RescanVul" => "Failed to double-check the vulnerability." / "重新检测漏洞失败。",
        "FailedOperation.SingleSeparate" => "Isolation of a single host failed." / "单台主机隔离失败。",
        "FailedOperation.TooManyStrategy" => "The maximum number for baseline policy creation is exceeded." / "创建基线策略超过上限。",
        "InternalError" => "Internal error" / "内部错误。",
        "InternalError.MainDBFail" => "Failed to manipulate the data." / "操作数据失败。",
        "InvalidParameter" => "Incorrect parameter." / "参数错误。",
        "InvalidParameter.DateRange" => "Incorrect time range format." / "时间区间格式错误。",
        "InvalidParameter.IllegalRequest" => "Invalid request." / "非法请求。",
        "InvalidParameter.InvalidFormat" => "Incorrect parameter format." / "参数格式错误。",
        "InvalidParameter.IpNoValid" => "The IP format is invalid." / "IP格式不合法。",
        "InvalidParameter.MissingParameter" => "Missing parameter." / "参数缺失。",
        "InvalidParameter.NameHasRepetition" => "The name already exists." / "名字已重复。",
        "InvalidParameter.ParsingError" => "Incorrect parameter parsing." / "参数解析错误。",
        "InvalidParameter.PortNoValid" => "Invalid port format." / "端口格式不合法。",
        "InvalidParameter.RegexRuleError" => "The regular expression parameter format is incorrect." / "正则参数格式错误。",
        "InvalidParameter.ReverShellKeyFieldAllEmpty" => "Process name/target IP/target port cannot be left blank simultaneously." / "进程名/目标IP/目标端口，不能同时为空。",
        "InvalidParameter.RuleHostDuplicateErr" => "Rule-based API with duplicate hosts." / "规则类接口，主机重复。",
        "InvalidParameter.RuleHostipErr" => "Rule-based API with incorrect host IPs." / "规则类接口，主机IP不正确。",
        "InvalidParameterValue" => "Invalid parameter value." / "参数取值错误。",
        "InvalidParameterValue.TagNameLengthLimit" => "The tag name cannot exceed 15 characters." / "标签名称长度不能超过15个字符。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "LimitExceeded.AreaQuota" => "The maximum number for batch addition is exceeded." / "超出批量添加数量。",
        "MissingParameter" => "Missing parameter error." / "缺少参数错误。",
        "OperationDenied" => "The operation was denied." / "操作被拒绝。",
        "ResourceInUse" => "The resource is occupied." / "资源被占用。",
        "ResourceInsufficient" => "Insufficient resources." / "资源不足。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceNotFound.MachineNotFound" => "The scanning machine does not exist." / "扫描机器不存在。",
        "ResourceUnavailable" => "The resource is not available." / "资源不可用。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
        "UnknownParameter" => "Unknow parameter error." / "未知参数错误。",
        "UnsupportedOperation" => "The operation is not supported." / "操作不支持。",
    }
}
