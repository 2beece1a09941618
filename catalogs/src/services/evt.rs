//! `evt` error codes, API version 2025-02-17.

tc_errors::tc_errors! {
    /// `evt` error codes, API version 2025-02-17.
    #[non_exhaustive]
    pub enum EvtError {
        use common;

        "FailedOperation.DatasourceEventPluginNotConfigured" => _ / "数据源事件没配置数据源插件",
        "FailedOperation.MessageConfigNotConfigured" => _ / "事件MessageConfig配置缺失",
        "InvalidParameterValue.DatasourceTriggerByEventIdNotSupported" => _ / "数据源事件不支持通过EventId触发",

        version "2025-02-17" {
            CompleteApproval => "",
            CreateRoleUser => "",
            DeleteRoleUser => "",
            PutEvent => "",
            PutMessage => "FailedOperation.DatasourceEventPluginNotConfigured FailedOperation.MessageConfigNotConfigured InvalidParameterValue.DatasourceTriggerByEventIdNotSupported",
        }
    }
}
