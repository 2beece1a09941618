//! `mna` error codes, API version 2021-01-19.

tc_errors::tc_errors! {
    /// `mna` error codes, API version 2021-01-19.
    #[non_exhaustive]
    pub enum MnaError {
        use common;

        "FailedOperation.TransactionException" => "Transaction process exception" / "交易流程异常",
        "InternalError" => "Internal error." / "内部错误。",
        "InternalError.ControlRequestError" => "Request controller encounters an error." / "请求控制器发生错误。",
        "InternalError.CosRequestError" => "cos Cloud Object Storage request error." / "cos对象存储请求错误。",
        "InternalError.DuplicateDataKey" => "Device key already exists." / "设备密钥已存在。",
        "InternalError.DuplicateDeviceName" => "Device name already exists." / "设备名已存在。",
        "InternalError.FileIOError" => "File read/write exception." / "文件读写异常。",
        "InternalError.MonitorDataRequestError" => "Monitor data request error." / "监控数据请求错误。",
        "InternalError.NetworkInfoRequestError" => "Zhiyan traffic data request error." / "智研流量数据请求错误。",
        "InternalError.UndefinedEncryptedKey" => "Preset key not created." / "预置密钥尚未创建。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameterValue" => "Parameter value error." / "参数取值错误。",
        "InvalidParameterValue.TimeFuture" => "Query end time is later than current system time" / "查询结束时间晚于当前时间",
        "InvalidParameterValue.TimeSpanExceeded" => "Query time span exceeds 7 days" / "查询时间跨度超过7天",
        "InvalidParameterValue.TimeTooEarly" => "Start time earlier than 30 days ago" / "起始时间早于30天前",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "OperationDenied.DeviceNotFound" => "The device does not exist or is currently unavailable." / "设备不存在或当前状态为不可用。",
        "OperationDenied.DuplicateSN" => "SN already exists" / "SN已存在",
        "OperationDenied.HardwareHasActivated" => "Hardware corresponding to SN has been activated" / "输入SN对应的硬件已经激活",
        "OperationDenied.HardwareNotExist" => "The hardware corresponding to the input SN does not exist." / "输入SN对应的硬件不存在。",
        "OperationDenied.IllegalRequest" => "Invalid request, might be replay attack or forged attack." / "非法请求，可能是重放攻击、伪造攻击。",
        "OperationDenied.InsufficientBalance" => "Insufficient balance" / "余额不足",
        "OperationDenied.L3CidrOverLap" => "Interconnection rule CIDR overlap" / "互通规则CIDR重叠",
        "OperationDenied.L3ConnectionOverSize" => "Number of interconnection rules exceeds the maximum limit of 150" / "互通规则数超过最大限制150条",
        "OperationDenied.ModifiedOrRenewed" => "The resource package has been modified or renewed" / "资源包已经变配或续费",
        "OperationDenied.NotAllowedToPay" => "No Payment Permission" / "无支付权限",
        "OperationDenied.RepeatPurchase" => "Repeat purchase" / "重复购买",
        "OperationDenied.TruncFlagOn" => "Truncation is enabled" / "截断开关已经被开启",
        "OperationDenied.UnauthorizedUser" => "Not identity verified" / "未实名认证",
        "OperationDenied.VendorNotRegister" => "The current account is not yet registered as a manufacturer." / "当前账号尚未注册为厂商。",
        "ResourceInUse" => "The resource is occupied." / "资源被占用。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceUnavailable" => "Resources are unavailable." / "资源不可用。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
        "UnauthorizedOperation.NoPermission" => "Service permission not verified" / "未验证服务权限",
        "UnauthorizedOperation.UnopenedLiveService" => "Live stream service not activated" / "直播服务未开通",
    }
}
