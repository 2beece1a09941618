//! `tcaplusdb` error codes, API version 2019-08-23.

tc_errors::tc_errors! {
    /// `tcaplusdb` error codes, API version 2019-08-23.
    #[non_exhaustive]
    pub enum TcaplusdbError {
        use common;

        "AuthFailure" => "CAM signature/authentication error" / "CAM签名/鉴权错误。",
        "AuthFailure.UnauthorizedOperation" => "API operation authentication error." / "接口操作鉴权错误。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "FailedOperation.OldPasswordHasExpired" => "The old password has expired." / "旧密码已经失效。",
        "FailedOperation.OldPasswordInUse" => "The old password has not expired." / "旧密码还未失效。",
        "FailedOperation.PasswordFailure" => "Incorrect password." / "密码错误。",
        "FailedOperation.RegionMismatch" => "The requested region does not match." / "请求的地域不匹配。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Invalid parameter." / "参数错误。",
        "InvalidParameterValue" => "Incorrect parameter value." / "参数取值错误。",
        "InvalidParameterValue.InvalidAppName" => "Invalid cluster name" / "应用名不合法。",
        "InvalidParameterValue.InvalidClusterName" => "Invalid cluster name." / "集群名称不合法。",
        "InvalidParameterValue.InvalidTableGroupName" => "Invalid table group name." / "非法的表格组名称。",
        "InvalidParameterValue.InvalidTimeValue" => "Invalid time format." / "非法的时间格式。",
        "InvalidParameterValue.InvalidZoneName" => "Invalid AZ name" / "非法的大区名称。",
        "InvalidParameterValue.UnsupportIdlType" => "Unsupported application data description type." / "不支持的应用数据描述类型。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "MissingParameter" => "Missing parameter." / "缺少参数错误。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "ResourceInUse" => "The resource is in use." / "资源被占用。",
        "ResourceInsufficient" => "Insufficient resources." / "资源不足。",
        "ResourceInsufficient.BalanceError" => "Insufficient balance." / "余额不足。",
        "ResourceInsufficient.NoAvailableApp" => "No available cluster resources." / "没有可用的应用资源。",
        "ResourceInsufficient.NoAvailableCluster" => "No cluster resources available." / "没有可用的集群资源。",
        "ResourceInsufficient.NoEnoughVipInVPC" => "There are no VIP resources available in the VPC." / "私有网络中没有可用的vip资源。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",
        "ResourceUnavailable.DuplicateClusterName" => "The cluster name already exists." / "集群名称重复。",
        "ResourceUnavailable.DuplicateTableGroupInfo" => "The table group ID or name already exists." / "重复的表格组id或名称。",
        "ResourceUnavailable.DuplicateTableGroupName" => "The table group name already exists." / "重复的表格组名称。",
        "ResourceUnavailable.NoAvailableTableGroup" => "No table group resources available." / "没有可用的表格组资源。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
        "UnsupportedOperation" => "Unsupported operation." / "操作不支持。",
    }
}
