//! `cdwch` error codes, API version 2020-09-15.

tc_errors::tc_errors! {
    /// `cdwch` error codes, API version 2020-09-15.
    #[non_exhaustive]
    pub enum CdwchError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.ClusterExecuteExceeded" => _ / "Action连接集群执行sql超时",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "UnknownParameter" => _ / "未知参数错误。",

        version "2020-09-15" {
            ActionAlterCkUser => "InternalError",
            CreateBackUpSchedule => "InternalError",
            CreateInstanceNew => "InternalError",
            DeleteBackUpData => "InternalError",
            DescribeBackUpJob => "InternalError",
            DescribeBackUpJobDetail => "InternalError",
            DescribeBackUpSchedule => "FailedOperation InvalidParameterValue OperationDenied ResourceNotFound ResourceUnavailable UnknownParameter",
            DescribeBackUpTables => "FailedOperation InvalidParameterValue OperationDenied ResourceNotFound ResourceUnavailable UnknownParameter",
            DescribeCNInstances => "InternalError",
            DescribeCkSqlApis => "FailedOperation FailedOperation.ClusterExecuteExceeded InternalError",
            DescribeClusterConfigs => "FailedOperation InternalError ResourceNotFound",
            DescribeEventTasks => "FailedOperation InvalidParameter",
            DescribeInstance => "FailedOperation InvalidParameter",
            DescribeInstanceClusters => "FailedOperation InvalidParameter",
            DescribeInstanceKeyValConfigs => "FailedOperation InvalidParameter",
            DescribeInstanceNodes => "FailedOperation InvalidParameter InvalidParameterValue OperationDenied ResourceNotFound",
            DescribeInstanceShards => "FailedOperation InternalError ResourceNotFound",
            DescribeInstanceState => "FailedOperation InternalError ResourceNotFound",
            DescribeInstancesNew => "FailedOperation InternalError OperationDenied ResourceNotFound ResourceUnavailable",
            DescribeSpec => "FailedOperation InternalError OperationDenied ResourceNotFound ResourceUnavailable",
            DestroyInstance => "FailedOperation InternalError OperationDenied ResourceNotFound ResourceUnavailable",
            ModifyClusterConfigs => "FailedOperation InternalError OperationDenied ResourceNotFound ResourceUnavailable",
            ModifyInstanceKeyValConfigs => "FailedOperation InternalError OperationDenied ResourceNotFound ResourceUnavailable",
            ModifyUserNewPrivilege => "InternalError",
            OpenBackUp => "InternalError",
            RecoverBackUpJob => "InternalError",
            ResizeDisk => "InternalError",
            RestartInstance => "FailedOperation InternalError InvalidParameter",
            ScaleCNOutUpInstance => "FailedOperation InternalError InvalidParameter",
            ScaleOutInstance => "FailedOperation InternalError InvalidParameter",
            ScaleUpInstance => "FailedOperation InternalError InvalidParameter",
        }
    }
}
