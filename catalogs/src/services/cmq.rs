//! `cmq` error codes, API version 2019-03-04.

tc_errors::tc_errors! {
    /// `cmq` error codes, API version 2019-03-04.
    #[non_exhaustive]
    pub enum CmqError {
        use common;

        "FailedOperation" => "Operation failed." / "操作失败。",
        #[kind(Transient)]
        "FailedOperation.TryLater" => "The operation is in progress. Please try again later." / "操作进行中，请稍后重试。",
        "InvalidParameter" => "Invalid parameter." / "参数错误。",
        "InvalidParameterValue.NoTaskId" => "The task ID does not exist." / "任务Id不存在。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "ResourceInUse" => "The resource is in use." / "资源被占用。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",
        "ResourcesSoldOut" => "The resources have been sold out." / "资源售罄。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",

        version "2019-03-04" {
            DescribeQueueDetail => "FailedOperation FailedOperation.TryLater InvalidParameter LimitExceeded ResourceInUse ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation",
            DescribeTopicDetail => "FailedOperation FailedOperation.TryLater InvalidParameter InvalidParameterValue.NoTaskId LimitExceeded ResourceInUse ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation",
        }
    }
}
