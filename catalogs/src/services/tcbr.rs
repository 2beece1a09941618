//! `tcbr` error codes, API version 2022-02-17.

tc_errors::tc_errors! {
    /// `tcbr` error codes, API version 2022-02-17.
    #[non_exhaustive]
    pub enum TcbrError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceNotFound.ServerNotFound" => _ / "请求的云托管服务未找到",
        "ResourceNotFound.VersionNotFound" => _ / "请求参数中的云托管版本未找到",
        "ResourceUnavailable" => _ / "资源不可用。",
        "ResourceUnavailable.ResourceBanned" => _ / "资源被封禁",
        "ResourceUnavailable.ResourceFrozen" => _ / "资源已冻结",
        "ResourceUnavailable.ResourceIsolated" => _ / "资源已隔离",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2022-02-17" {
            CreateCloudRunEnv => "InternalError InvalidParameter MissingParameter ResourceInUse ResourceInsufficient",
            CreateCloudRunServer => "LimitExceeded ResourceInUse ResourceNotFound ResourceUnavailable.ResourceBanned ResourceUnavailable.ResourceFrozen ResourceUnavailable.ResourceIsolated",
            DeleteCloudRunServer => "InternalError InvalidParameter LimitExceeded MissingParameter ResourceInUse ResourceNotFound ResourceUnavailable UnauthorizedOperation",
            DeleteCloudRunVersions => "InternalError InvalidParameter",
            DescribeCloudRunDeployRecord => "FailedOperation InternalError LimitExceeded RequestLimitExceeded ResourceInUse ResourceNotFound ResourceNotFound.VersionNotFound ResourceUnavailable ResourceUnavailable.ResourceBanned ResourceUnavailable.ResourceFrozen ResourceUnavailable.ResourceIsolated UnauthorizedOperation UnsupportedOperation",
            DescribeCloudRunEnvs => "AuthFailure InternalError InvalidParameter MissingParameter",
            DescribeCloudRunPodList => "ResourceNotFound ResourceNotFound.VersionNotFound ResourceUnavailable.ResourceBanned ResourceUnavailable.ResourceFrozen ResourceUnavailable.ResourceIsolated",
            DescribeCloudRunProcessLog => "InternalError InvalidParameter",
            DescribeCloudRunServerDetail => "FailedOperation InvalidParameter ResourceNotFound ResourceNotFound.ServerNotFound ResourceNotFound.VersionNotFound ResourceUnavailable ResourceUnavailable.ResourceBanned ResourceUnavailable.ResourceFrozen ResourceUnavailable.ResourceIsolated",
            DescribeCloudRunServers => "ResourceNotFound",
            DescribeEnvBaseInfo => "InternalError InvalidParameter ResourceNotFound",
            DescribeReleaseOrder => "InternalError InvalidParameter ResourceNotFound",
            DescribeServerManageTask => "InternalError InvalidParameter",
            DescribeVersionDetail => "FailedOperation InternalError InvalidParameter ResourceNotFound",
            OperateServerManage => "InternalError InvalidParameter",
            ReleaseGray => "InternalError InvalidParameter ResourceUnavailable",
            SearchClsLog => "ResourceNotFound",
            StartVersionInstance => "FailedOperation InternalError InvalidParameter",
            StopVersionInstance => "FailedOperation InternalError InvalidParameter",
            SubmitServerConfigChangeDiff => "FailedOperation InternalError InvalidParameter ResourceInUse",
            SubmitServerRollback => "InternalError InvalidParameter ResourceInUse",
            UpdateCloudRunServer => "ResourceInUse",
        }
    }
}
