//! `yunjing` error codes, API version 2018-02-28.

tc_errors::tc_errors! {
    /// `yunjing` error codes, API version 2018-02-28.
    #[non_exhaustive]
    pub enum YunjingError {
        use common;

        "FailedOperation.AgentOffline" => "The agent is offline." / "客户端已离线。",
        "FailedOperation.CloseProVersion" => "Failed to deactivate CWP Pro." / "关闭专业版失败。",
        "FailedOperation.CreateOpenPortTask" => "Failed to create a port acquisition task." / "创建获取端口任务失败。",
        "FailedOperation.CreateProcessTask" => "Failed to create a real-time process acquisition task." / "创建获取实时进程任务失败。",
        "FailedOperation.Export" => "Failed to export." / "导出文件失败。",
        "FailedOperation.InquiryPrice" => _ / "询价失败。",
        "FailedOperation.MachineDelete" => "The server was uninstalled." / "卸载主机。",
        "FailedOperation.NoProfessionHost" => _ / "无专业版主机。",
        "FailedOperation.OpenPortTaskNotFound" => "The real-time port pulling task does not exist." / "拉取实时端口任务不存在。",
        "FailedOperation.OpenProVersion" => "Failed to activate CWP Pro." / "开通专业版失败。",
        "FailedOperation.PartSeparate" => "Failed to isolate all or part of servers." / "多台主机隔离，部分或全部失败。",
        "FailedOperation.PrePayMode" => "Unable to disable the prepaid Pro edition. Please disable it in Billing Center." / "不能关闭预付费模式专业版。",
        "FailedOperation.ProcessTaskNotFound" => "The real-time process pulling task does not exist." / "拉取实时进程任务不存在。",
        "FailedOperation.Recover" => "Failed to recover the trojan." / "回复木马失败。",
        "FailedOperation.RescanVul" => "Failed to scan for vulnerabilities again." / "重新检测漏洞失败。",
        "FailedOperation.RescanVulProcessInUse" => "The server already has a rescan task in progress." / "该主机已有重新检测任务正在执行中。",
        "FailedOperation.SingleSeparate" => "Failed to isolate a single server." / "单台主机隔离失败。",
        "FailedOperation.TooManyStrategy" => _ / "创建基线策略超过上限。",
        "FailedOperation.TradeError" => _ / "交易失败。",
        "InternalError" => "Internal error." / "内部错误。",
        "InternalError.MainDBFail" => _ / "操作数据失败。",
        "InvalidParameter.DateRange" => "The time range format is incorrect." / "时间区间格式错误。",
        "InvalidParameter.IllegalRequest" => "Invalid request." / "非法请求。",
        "InvalidParameter.InvalidFormat" => "Incorrect parameter format." / "参数格式错误。",
        "InvalidParameter.IpNoValid" => _ / "IP格式不合法。",
        "InvalidParameter.MissingParameter" => "Missing parameter." / "参数缺失。",
        "InvalidParameter.ParsingError" => "Parameter parsing error." / "参数解析错误。",
        "InvalidParameter.PortNoValid" => _ / "端口格式不合法。",
        "InvalidParameter.RegexRuleError" => _ / "正则参数格式错误。",
        "InvalidParameter.ReverShellKeyFieldAllEmpty" => _ / "进程名/目标IP/目标端口，不能同时为空。",
        "InvalidParameter.RuleHostipErr" => _ / "规则类接口，主机IP不正确。",
        "InvalidParameterValue.TagNameLengthLimit" => "The tag name cannot contain more than 15 characters." / "标签名称长度不能超过15个字符。",
        "LimitExceeded.AreaQuota" => "The maximum number of entries to be added in batches is exceeded." / "超出批量添加数量。",
        "MissingParameter" => "Missing parameter." / "缺少参数错误。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
    }
}
