//! `vm` error codes, API versions 2020-07-09, 2020-12-29 and 2021-09-22.

tc_errors::tc_errors! {
    /// `vm` error codes, API versions 2020-07-09, 2020-12-29 and 2021-09-22.
    #[non_exhaustive]
    pub enum VmError {
        use common;

        "AuthFailure" => "CAM signature/authentication error." / "CAM签名/鉴权错误。",
        "DryRunOperation" => "DryRun operation, which means the DryRun parameter is passed in yet the request will still be successful." / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameterValue" => "Invalid parameter value." / "参数取值错误。",
        "LimitExceeded" => "The quota limit has been reached." / "超过配额限制。",
        "MissingParameter" => "Missing parameter." / "缺少参数错误。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "RequestLimitExceeded" => "The number of requests exceeds the frequency limit." / "请求的次数超过了频率限制。",
        "ResourceInUse" => "The resource is occupied." / "资源被占用。",
        "ResourceInsufficient" => "Insufficient resource." / "资源不足。",
        "ResourceNotFound" => "The resource doesn’t exist." / "资源不存在。",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",
        "ResourcesSoldOut" => "The resources have been sold out." / "资源售罄。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
        "UnauthorizedOperation.Unauthorized" => "Not authorized / No valid package / Account is in arrears." / "未开通权限/无有效套餐包/账号已欠费。",
        "UnknownParameter" => "Unknown parameter error." / "未知参数错误。",
        "UnsupportedOperation" => "Unsupported operation." / "操作不支持。",

        version "2020-07-09" {
            CancelTask => "DryRunOperation FailedOperation InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            CreateBizConfig => "DryRunOperation FailedOperation InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            CreateVideoModerationTask => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeTaskDetail => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeVideoStat => "InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound",
        }

        version "2020-12-29" {
            CancelTask => "DryRunOperation FailedOperation InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            CreateVideoModerationTask => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.Unauthorized UnknownParameter UnsupportedOperation",
            DescribeTaskDetail => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeTasks => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
        }

        version "2021-09-22" {
            CancelTask => "DryRunOperation FailedOperation InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            CreateVideoModerationTask => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.Unauthorized UnknownParameter UnsupportedOperation",
            DescribeTaskDetail => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeTasks => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
        }
    }
}
