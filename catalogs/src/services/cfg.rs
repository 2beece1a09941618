//! `cfg` error codes, API version 2021-08-20.

tc_errors::tc_errors! {
    /// `cfg` error codes, API version 2021-08-20.
    #[non_exhaustive]
    pub enum CfgError {
        use common;

        "AuthFailure" => "CAM signature/authentication error." / "CAM签名/鉴权错误。",
        "AuthFailure.UnauthorizedOperation" => "Unauthorized CAM operation." / "cam未授权操作。",
        "DryRunOperation" => "DryRun operation means the request will be successful, but the DryRun parameter is passed." / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameterValue" => "Parameter value error." / "参数取值错误。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "MissingParameter" => "Parameters are missing" / "缺少参数错误。",
        "OperationDenied" => "The operation is rejected." / "操作被拒绝。",
        "RequestLimitExceeded" => "The number of requests exceeds the frequency limit." / "请求的次数超过了频率限制。",
        "ResourceInUse" => "Resources are occupied." / "资源被占用。",
        "ResourceInsufficient" => "Insufficient resources." / "资源不足。",
        "ResourceNotFound" => "Resources do not exist." / "资源不存在。",
        "ResourceUnavailable" => "Resources are unavailable." / "资源不可用。",
        "ResourcesSoldOut" => "Resources are sold out." / "资源售罄。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
        "UnknownParameter" => "Unknown parameter." / "未知参数错误。",
        "UnsupportedOperation" => "The operation is not supported." / "操作不支持。",

        version "2021-08-20" {
            CreateTaskFromAction => "",
            CreateTaskFromMultiAction => "",
            CreateTaskFromTemplate => "AuthFailure AuthFailure.UnauthorizedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded UnknownParameter UnsupportedOperation",
            DeleteTask => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue",
            DescribeActionFieldConfigList => "AuthFailure InternalError InvalidParameter InvalidParameterValue MissingParameter",
            DescribeActionLibraryList => "InternalError InvalidParameter InvalidParameterValue MissingParameter UnsupportedOperation",
            DescribeObjectTypeList => "InternalError InvalidParameter InvalidParameterValue MissingParameter UnsupportedOperation",
            DescribeTask => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeTaskExecuteLogs => "AuthFailure AuthFailure.UnauthorizedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied",
            DescribeTaskList => "InternalError InvalidParameter InvalidParameterValue MissingParameter UnknownParameter UnsupportedOperation",
            DescribeTaskPolicyTriggerLog => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter RequestLimitExceeded UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeTemplate => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied ResourceInUse ResourceInsufficient UnknownParameter UnsupportedOperation",
            DescribeTemplateList => "InternalError InvalidParameter InvalidParameterValue MissingParameter UnknownParameter UnsupportedOperation",
            ExecuteTask => "AuthFailure FailedOperation InternalError InvalidParameter UnsupportedOperation",
            ExecuteTaskInstance => "AuthFailure AuthFailure.UnauthorizedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnsupportedOperation",
            ModifyTaskRunStatus => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied ResourceInUse UnsupportedOperation",
            TriggerPolicy => "AuthFailure InternalError InvalidParameter InvalidParameterValue MissingParameter RequestLimitExceeded UnauthorizedOperation UnsupportedOperation",
        }
    }
}
