//! `pts` error codes, API version 2021-07-28.

tc_errors::tc_errors! {
    /// `pts` error codes, API version 2021-07-28.
    #[non_exhaustive]
    pub enum PtsError {
        use common;

        "AuthFailure" => "CAM signature/authentication error." / "CAM签名/鉴权错误。",
        "AuthFailure.UnauthorizedOperation" => "The current request is not authorized by CAM." / "当前请求未经CAM授权。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "FailedOperation.AccessTagFail" => "Failed to obtain tags." / "获取标签失败。",
        "FailedOperation.DbQueryFailed" => "Failed to query database." / "数据库查询失败。",
        "FailedOperation.DbRecordCreateFailed" => "Failed to create database record." / "数据库创建记录失败。",
        "FailedOperation.DbRecordUpdateFailed" => "Failed to update database record." / "数据库记录更新失败。",
        "FailedOperation.JobStatusNotRunning" => "The job status is not running." / "任务状态不是运行中。",
        "FailedOperation.NoTasksInJob" => "No task in the job." / "任务中没有task。",
        "FailedOperation.NotSupportedInEnv" => "The current environment does not support." / "当前环境不支持。",
        "FailedOperation.ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "FailedOperation.SendRequest" => "Failed to send request." / "请求发送失败。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Invalid parameter." / "参数错误。",
        "InvalidParameterValue" => "Invalid parameter value." / "参数取值错误。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "ResourceInsufficient" => "Insufficient resources." / "资源不足。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
    }
}
