//! `chdfs` error codes, API versions 2019-07-18 and 2020-11-12.

tc_errors::tc_errors! {
    /// `chdfs` error codes, API versions 2019-07-18 and 2020-11-12.
    #[non_exhaustive]
    pub enum ChdfsError {
        use common;

        "FailedOperation" => "Operation failed." / "操作失败。",
        "FailedOperation.AccessGroupBound" => "The permission group has been bound." / "权限组被绑定。",
        "FailedOperation.AccountInsufficientBalance" => "The account balance is insufficient." / "账户余额不足。",
        "FailedOperation.AccountSuspended" => _ / "账号被暂时封禁",
        "FailedOperation.AccountUnauthenticated" => "The account identity is not verified." / "账户未实名认证。",
        "FailedOperation.FileSystemNotEmpty" => "The file system is not empty." / "文件系统非空。",
        "FailedOperation.QuotaLessThanCurrentUsed" => "The file system capacity after change is smaller than the currently used capacity." / "修改的文件系统容量小于当前使用量。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Incorrect parameter." / "参数错误。",
        "InvalidParameterValue" => "Incorrect parameter value." / "参数取值错误。",
        "InvalidParameterValue.InvalidAccessGroupId" => "Incorrect parameter value: AccessGroupId." / "AccessGroupId参数取值错误。",
        "InvalidParameterValue.InvalidAccessGroupName" => "Incorrect parameter value: AccessGroupName." / "AccessGroupName参数取值错误。",
        "InvalidParameterValue.InvalidAccessRuleAddress" => "Incorrect parameter value: `Address` of the permission rule." / "权限规则的Address参数取值错误。",
        "InvalidParameterValue.InvalidCapacityQuota" => "Incorrect parameter value: CapacityQuota." / "CapacityQuota参数取值错误。",
        "InvalidParameterValue.InvalidDescription" => "Incorrect parameter value: Description." / "Description参数取值错误。",
        "InvalidParameterValue.InvalidFileSystemId" => "Incorrect parameter value: FileSystemId." / "FileSystemId参数取值错误。",
        "InvalidParameterValue.InvalidFileSystemName" => "Incorrect parameter value: FileSystemName." / "FileSystemName参数取值错误。",
        "InvalidParameterValue.InvalidMountPointId" => "Incorrect parameter value: MountPointId." / "MountPointId参数取值错误。",
        "InvalidParameterValue.InvalidMountPointName" => "Incorrect parameter value: MountPointName." / "MountPointName参数取值错误。",
        "InvalidParameterValue.InvalidVpcId" => "Incorrect parameter value: VpcId." / "VpcId参数取值错误。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "MissingParameter" => "Missing parameter." / "缺少参数错误。",
        "ResourceInUse" => "The resource is in use." / "资源被占用。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceNotFound.AccessGroupNotExists" => "The permission group does not exist." / "权限组不存在。",
        "ResourceNotFound.AccessRuleNotExists" => "The permission rule does not exist." / "权限规则不存在。",
        "ResourceNotFound.FileSystemNotExists" => "The file system does not exist." / "文件系统不存在。",
        "ResourceNotFound.MountPointNotExists" => "The mount point does not exist." / "挂载点不存在。",
        "ResourceNotFound.VpcNotExists" => "The VPC does not exist." / "VPC网络不存在。",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
    }
}
