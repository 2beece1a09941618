//! `cetcd` error codes, API version 2022-03-25.

tc_errors::tc_errors! {
    /// `cetcd` error codes, API version 2022-03-25.
    #[non_exhaustive]
    pub enum CetcdError {
        use common;

        "FailedOperation.ResourceExistAlready" => _ / "资源已存在。",
        "InternalError" => _ / "内部错误。",
        "InternalError.DbRecordNotFound" => _ / "记录未找到。",
        "InternalError.UnexpectedInternal" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.Param" => _ / "参数错误。",
        "LimitExceeded.QuotaEtcdLimit" => _ / "etcd配额达到限制。",
        "OperationDenied" => _ / "操作被拒绝。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "ResourceUnavailable.PrometheusStatusError" => _ / "Prometheus状态异常。",
        "UnauthorizedOperation.CamNoAuth" => _ / "CAM权限校验失败。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2022-03-25" {
            CreateEtcdInstance => "InternalError.UnexpectedInternal InvalidParameter.Param LimitExceeded.QuotaEtcdLimit OperationDenied ResourceNotFound ResourceUnavailable UnsupportedOperation",
            CreateEtcdSnapshot => "FailedOperation.ResourceExistAlready InternalError.UnexpectedInternal OperationDenied",
            CreateEtcdSnapshotPolicy => "FailedOperation.ResourceExistAlready InternalError.UnexpectedInternal OperationDenied ResourceNotFound",
            DescribeEtcdAvailableVersions => "InternalError.UnexpectedInternal",
            DescribeEtcdCreatingProgress => "InternalError.DbRecordNotFound InternalError.UnexpectedInternal ResourceNotFound",
            DescribeEtcdCredentials => "InternalError.UnexpectedInternal ResourceNotFound",
            DescribeEtcdInstances => "InternalError InternalError.UnexpectedInternal InvalidParameter UnauthorizedOperation.CamNoAuth",
            DescribeEtcdQuota => "InternalError.UnexpectedInternal",
            DescribeEtcdRegions => "InternalError.UnexpectedInternal",
            DescribeEtcdSnapshotPolicies => "InternalError.DbRecordNotFound InternalError.UnexpectedInternal InvalidParameter.Param ResourceNotFound",
            DescribeEtcdSnapshots => "InternalError.UnexpectedInternal InvalidParameter.Param ResourceNotFound",
            DescribeEtcdTasks => "InternalError InvalidParameter",
            DescribeRPCMethodList => "ResourceNotFound UnsupportedOperation",
            DisableEtcdInstanceDeletionProtection => "ResourceNotFound UnsupportedOperation",
            EnableEtcdInstanceDeletionProtection => "UnsupportedOperation",
            ModifyEtcdAttribute => "InternalError.UnexpectedInternal OperationDenied UnsupportedOperation",
            ModifyEtcdConfiguration => "InternalError.DbRecordNotFound InternalError.UnexpectedInternal OperationDenied ResourceNotFound ResourceUnavailable ResourceUnavailable.PrometheusStatusError",
            ModifyEtcdSnapshotPolicy => "InternalError.UnexpectedInternal",
            ResizeEtcdInstance => "InternalError.UnexpectedInternal",
            UpgradeEtcdInstance => "InternalError.UnexpectedInternal OperationDenied",
        }
    }
}
