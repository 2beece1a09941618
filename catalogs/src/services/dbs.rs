//! `dbs` error codes, API version 2021-11-08.

tc_errors::tc_errors! {
    /// `dbs` error codes, API version 2021-11-08.
    #[non_exhaustive]
    pub enum DbsError {
        use common;

        "AuthFailure.UnauthorizedOperationError" => _ / "权限不足",
        "FailedOperation.CreateBackupErr" => _ / "创建备份失败",
        "InternalError" => _ / "内部错误。",
        "InternalError.DatabaseAccessError" => _ / "数据库访问错误。",
        "InternalError.InternalHttpServerError" => _ / "内部请求失败错误",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "OperationDenied.BizOperationDeniedError" => _ / "不允许的操作",
        "ResourceNotFound" => _ / "资源不存在。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2021-11-08" {
            ConfigureBackupPlan => "InternalError InternalError.DatabaseAccessError InvalidParameter InvalidParameterValue OperationDenied OperationDenied.BizOperationDeniedError ResourceNotFound",
            CreateBackupPlan => "FailedOperation.CreateBackupErr InvalidParameter",
            CreateConnectTestJob => "UnsupportedOperation",
            DescribeBackupCheckJob => "ResourceNotFound",
            DescribeBackupPlans => "AuthFailure.UnauthorizedOperationError UnauthorizedOperation",
            DescribeConnectTestResult => "InternalError.DatabaseAccessError InternalError.InternalHttpServerError OperationDenied OperationDenied.BizOperationDeniedError",
            StartBackupCheckJob => "OperationDenied ResourceNotFound",
            StartBackupPlan => "OperationDenied ResourceNotFound",
        }
    }
}
