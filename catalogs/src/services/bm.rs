//! `bm` error codes, API version 2018-04-23.

tc_errors::tc_errors! {
    /// `bm` error codes, API version 2018-04-23.
    #[non_exhaustive]
    pub enum BmError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.ExistRepairTask" => _ / "存在未结束故障单，操作失败。",
        "FailedOperation.TscAgentOffline" => _ / "Tsc Agent不在线。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue.InvalidParameter" => _ / "参数值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "LimitExceeded.UserCmdCount" => _ / "脚本数量超过上限。",
        #[kind(Transient)]
        "ResourceInUse.FlowBusy" => _ / "流程操作繁忙，请稍后重试。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceInsufficient.DeviceInsufficient" => _ / "设备不足。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnsupportedOperation" => _ / "操作不支持。",
        "UnsupportedOperation.FundInsufficient" => _ / "余额不足。",
        "UnsupportedOperation.InvalidOperation" => _ / "设备不支持此操作。",
    }
}
