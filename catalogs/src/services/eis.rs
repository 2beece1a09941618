//! `eis` error codes, API versions 2020-07-15 and 2021-06-01.

tc_errors::tc_errors! {
    /// `eis` error codes, API versions 2020-07-15 and 2021-06-01.
    #[non_exhaustive]
    pub enum EisError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.AuthenticationFailed" => _ / "鉴权失败。",
        "FailedOperation.InnerLogicTimeOut" => _ / "接口处理超时。",
        "FailedOperation.MetaCompilerError" => _ / "依赖服务错误。",
        "FailedOperation.UnSupportedOperationType" => _ / "不支持的操作类型。",
        "InternalError.CheckRuntimeFailed" => _ / "检查运行时失败。",
        "InternalError.ConnectorNotExist" => _ / "connector不存在。",
        "InternalError.CountRuntimeInstancesFailed" => _ / "获取运行时应用数量失败。",
        "InternalError.DatabaseError" => _ / "数据库内部错误。",
        "InternalError.ListRuntimeInstancesFailed" => _ / "获取运行时应用列表失败。",
        "InternalError.ListRuntimesFailed" => _ / "获取运行时列表失败。",
        "InternalError.MetaCompilerError" => _ / "依赖模块metacompiler错误。",
        "InternalError.RpcPilotServerError" => _ / "rpc调用异常。",
        "InvalidParameterValue.InvalidRuntimeMetricSearchCondition" => _ / "指标查询参数错误。",
        "InvalidParameterValue.NotSupportedActionForPublicRuntime" => _ / "共享运行时不支持此操作。",
        "InvalidParameterValue.PilotZoneNotSupported" => _ / "不支持的Zone。",
        "InvalidParameterValue.ProjectAndInstanceNotMatch" => _ / "应用和实例不匹配。",
        "InvalidParameterValue.ProjectInstanceNotFound" => _ / "应用实例ID不存在。",
        "InvalidParameterValue.RuntimeAlreadyDeleted" => _ / "运行时已删除。",
        "InvalidParameterValue.RuntimeIdNotExist" => _ / "运行时不存在。",
        "InvalidParameterValue.RuntimeMetricRateNotSupport" => _ / "当前指标不支持查询百分比。",
        "InvalidParameterValue.RuntimeNamespaceInvalid" => _ / "运行时命名空间不合法。",
        "InvalidParameterValue.RuntimeZoneNotExisted" => _ / "运行时地域不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "InvalidParameterValue.ConnectorNotExist" => _ / "连接器不存在。",
        "ResourceNotFound" => _ / "资源不存在。",

        version "2020-07-15" {
            DescribeEisConnectorConfig => "FailedOperation.AuthenticationFailed FailedOperation.MetaCompilerError InternalError.DatabaseError InternalError.RpcPilotServerError InvalidParameterValue.ConnectorNotExist",
            ListEisConnectorOperations => "FailedOperation.AuthenticationFailed FailedOperation.MetaCompilerError InternalError.DatabaseError InternalError.RpcPilotServerError InvalidParameterValue.ConnectorNotExist",
            ListEisConnectors => "FailedOperation.AuthenticationFailed InternalError.DatabaseError ResourceNotFound",
        }

        version "2021-06-01" {
            GetRuntimeMC => "FailedOperation FailedOperation.AuthenticationFailed InternalError.CheckRuntimeFailed InternalError.CountRuntimeInstancesFailed InternalError.DatabaseError InternalError.MetaCompilerError InternalError.RpcPilotServerError InvalidParameterValue.PilotZoneNotSupported InvalidParameterValue.RuntimeAlreadyDeleted InvalidParameterValue.RuntimeIdNotExist InvalidParameterValue.RuntimeNamespaceInvalid InvalidParameterValue.RuntimeZoneNotExisted",
            GetRuntimeResourceMonitorMetricMC => "FailedOperation FailedOperation.InnerLogicTimeOut FailedOperation.UnSupportedOperationType InternalError.CheckRuntimeFailed InvalidParameterValue.InvalidRuntimeMetricSearchCondition InvalidParameterValue.NotSupportedActionForPublicRuntime InvalidParameterValue.PilotZoneNotSupported InvalidParameterValue.RuntimeAlreadyDeleted InvalidParameterValue.RuntimeIdNotExist InvalidParameterValue.RuntimeMetricRateNotSupport InvalidParameterValue.RuntimeNamespaceInvalid InvalidParameterValue.RuntimeZoneNotExisted",
            ListDeployableRuntimesMC => "FailedOperation.AuthenticationFailed FailedOperation.UnSupportedOperationType InternalError.ConnectorNotExist InternalError.DatabaseError InternalError.RpcPilotServerError InvalidParameterValue.PilotZoneNotSupported InvalidParameterValue.ProjectAndInstanceNotMatch InvalidParameterValue.ProjectInstanceNotFound",
            ListRuntimeDeployedInstancesMC => "InternalError.CheckRuntimeFailed InternalError.DatabaseError InternalError.ListRuntimeInstancesFailed InternalError.MetaCompilerError InternalError.RpcPilotServerError InvalidParameterValue.PilotZoneNotSupported InvalidParameterValue.RuntimeAlreadyDeleted InvalidParameterValue.RuntimeIdNotExist InvalidParameterValue.RuntimeZoneNotExisted",
            ListRuntimesMC => "FailedOperation FailedOperation.AuthenticationFailed FailedOperation.MetaCompilerError FailedOperation.UnSupportedOperationType InternalError.DatabaseError InternalError.ListRuntimesFailed InternalError.MetaCompilerError InternalError.RpcPilotServerError InvalidParameterValue.PilotZoneNotSupported ResourceUnavailable",
        }
    }
}
