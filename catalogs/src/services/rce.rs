//! `rce` error codes, API version 2026-01-30.

tc_errors::tc_errors! {
    /// `rce` error codes, API version 2026-01-30.
    #[non_exhaustive]
    pub enum RceError {
        use common;

        "InternalError.SystemException" => "System exception." / "系统异常。",
        "InvalidParameter" => "Invalid parameter." / "参数错误。",
        "InvalidParameter.FieldMissed" => _ / "必填字段缺失。",
        "InvalidParameter.InvalidFormat" => "Invalid field format." / "字段格式错误。",
        "InvalidParameter.InvalidValue" => "Invalid field value." / "字段非法取值。",
        "InvalidParameter.LengthExceed" => "Field length exceeds the maximum limit." / "字段长度超过最大限制。",
        "InvalidParameterValue.DataUnauthorized" => _ / "数据未授权，请检查数据授权信息。",
        "InvalidParameterValue.DuplicatedKey" => _ / "自定义参数Key不允许重复。",
        "InvalidParameterValue.EventNotExist" => "Event not exist." / "事件不存在。",
        "InvalidParameterValue.InvalidEventTime" => _ / "EventTime与当前系统时间相差过大",
        "InvalidParameterValue.TenantNotExist" => "Tenant not exist." / "租户不存在。",
        "MissingParameter" => "Missing parameter." / "缺少参数错误。",
        "MissingParameter.FieldMissed" => "Missing required field." / "缺少参数错误，必传参数未填。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
    }
}
