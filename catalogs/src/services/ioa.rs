//! `ioa` error codes, API version 2022-06-01.

tc_errors::tc_errors! {
    /// `ioa` error codes, API version 2022-06-01.
    #[non_exhaustive]
    pub enum IoaError {
        use common;

        "FailedOperation.QueryData" => _ / "查询数据失败。",
        "FailedOperation.RPCServiceCallFailed" => _ / "RPC服务调用失败。",
        "InternalError" => _ / "内部错误。",
        "InternalError.DatabaseException" => _ / "内部错误，数据库异常。",
        "InternalError.DatabaseQueryFailed" => _ / "数据库查询失败。",
        "InternalError.DatabaseWriteFailed" => _ / "数据库写入失败。",
        "InternalError.NotZeroTrustGateway" => _ / "没有零信任网关数据。",
        "InternalError.ServiceTypeError" => _ / "后台服务系统类型错误。",
        "InternalError.Unknown" => _ / "内部未知错误。",
        "InvalidParameter.AutoRuleParameterError" => _ / "参数错误：规则相关字段传参或者字段内容错误",
        "InvalidParameter.DatabaseException" => _ / "数据库错误",
        "InvalidParameter.DuplicateDeviceVirtualGroupName" => _ / "重复的终端自定义分组名称。",
        "InvalidParameter.DuplicateIdInBlackWhiteList" => _ / "黑白名单选中有相同的终端设备",
        "InvalidParameter.DuplicateResourcesExist" => _ / "存在重复的资源数据。",
        "InvalidParameter.DuplicateResourcesName" => _ / "存在重复业务资源名称。",
        "InvalidParameter.IdenticalName" => _ / "参数错误有重复数据。",
        "InvalidParameter.InvalidParameter" => _ / "请求参数错误。",
        "InvalidParameter.RequestParam" => _ / "请求参数错误。",
        "InvalidParameter.ResourceAccessMethod" => _ / "业务资源访问方式错误。",
        "InvalidParameter.ResourceDomainErr" => _ / "业务资源域名不合法。",
        "InvalidParameter.ResourceIPError" => _ / "业务资源IP数据错误。",
        "InvalidParameter.ResourceIPSegmentErr" => _ / "业务资源IP段数据错误。",
        "InvalidParameter.ResourceLevelsParameter" => _ / "业务资源优先级取值范围[1-65535]。",
        "InvalidParameter.ResourcePortErr" => _ / "业务资源端口错误。",
        "InvalidParameter.ResourceProtocolTypeErr" => _ / "业务资源协议类型错误。",
        "InvalidParameter.ResourceTypeParameter" => _ / "业务资源类型错误。",
        "InvalidParameter.SameAccountGroupName" => _ / "存在同名用户组",
        "InvalidParameterValue.VirtualDeviceGroupNotFound" => _ / "没有找到对应的终端自定义分组",
        "LimitExceeded.CompanyDirectoryMaxLimit" => _ / "可创建目录总数超过了上限",
        "MissingParameter.CommonParam" => _ / "缺少公共参数。",
        "RequestLimitExceeded.DeviceDownloadTask" => _ / "终端导出任务同一时间仅允许一个，请稍后再试。",
        "RequestLimitExceeded.Gateway" => _ / "网关限流",
        "RequestLimitExceeded.WaitForTheLastOperationToComplete" => _ / "上次操作还未完成，请稍后重试。",
        "ResourceNotFound.NoModuleData" => _ / "没有模块数据。",
        "ResourceNotFound.NoResourceData" => _ / "没有业务资源数据。",
        "ResourceNotFound.NotConnectorGroupInfo" => _ / "没有连接器分组信息。",
        "ResourceNotFound.NotFound" => _ / "资源不存在。",
        "ResourceUnavailable.LicenseInvalid" => _ / "license无效",
        "UnauthorizedOperation.NoModulePermissions" => _ / "没有模块权限。",
        "UnauthorizedOperation.NoResourcePermissions" => _ / "没有业务资源权限。",
        "UnauthorizedOperation.PermissionDenied" => _ / "未授权的操作。",
        "UnsupportedOperation.DatabaseException" => _ / "业务资源操作异常。",
    }
}
