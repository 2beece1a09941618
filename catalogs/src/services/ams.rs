//! `ams` error codes, API versions 2020-06-08 and 2020-12-29.

tc_errors::tc_errors! {
    /// `ams` error codes, API versions 2020-06-08 and 2020-12-29.
    #[non_exhaustive]
    pub enum AmsError {
        use common;

        "DryRunOperation" => "`DryRun` Operation. It means that the request would have succeeded, but the `DryRun` parameter was used." / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => "The operation failed." / "操作失败。",
        "InternalError" => "An internal error occurred." / "内部错误。",
        "InternalError.InternalError",
        "InvalidParameter" => "The parameter is incorrect." / "参数错误。",
        "InvalidParameter.ImageSizeTooSmall",
        "InvalidParameter.InvalidImageContent",
        "InvalidParameter.ParameterError",
        "InvalidParameterValue" => "The parameter value is incorrect." / "参数取值错误。",
        "InvalidParameterValue.EmptyImageContent",
        "InvalidParameterValue.ImageSizeTooSmall",
        "InvalidParameterValue.InvalidContent",
        "InvalidParameterValue.InvalidDataId",
        "InvalidParameterValue.InvalidFileContentSize",
        "InvalidParameterValue.InvalidImageContent",
        "InvalidParameterValue.InvalidParameter",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "MissingParameter" => "The parameter is missing." / "缺少参数错误。",
        "OperationDenied" => "The operation was denied." / "操作被拒绝。",
        "RequestLimitExceeded" => "The number of requests exceeds the frequency limit." / "请求的次数超过了频率限制。",
        "ResourceInUse" => "The resource is in use." / "资源被占用。",
        "ResourceInsufficient" => "The resource is insufficient." / "资源不足。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",
        "ResourceUnavailable.InvalidImageContent",
        "ResourcesSoldOut" => "The resources have been sold out." / "资源售罄。",
        "UnauthorizedOperation" => "The operation is unauthorized." / "未授权操作。",
        "UnauthorizedOperation.Unauthorized" => "Operation not authorized/Invalid package/Account overdue" / "未开通权限/无有效套餐包/账号已欠费。",
        "UnknownParameter" => "The parameter is unknown." / "未知参数错误。",
        "UnsupportedOperation" => "The operation is not supported." / "操作不支持。",

        version "2020-06-08" {
            CancelTask => "DryRunOperation FailedOperation InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            CreateAudioModerationTask => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            CreateBizConfig => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeAmsList => "FailedOperation InternalError InvalidParameter",
            DescribeAudioStat => "InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            DescribeBizConfig => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeTaskDetail => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
        }

        version "2020-12-29" {
            CancelTask => "DryRunOperation FailedOperation InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            CreateAudioModerationSyncTask => "DryRunOperation FailedOperation InternalError InternalError.InternalError InvalidParameter InvalidParameter.ImageSizeTooSmall InvalidParameter.InvalidImageContent InvalidParameter.ParameterError InvalidParameterValue InvalidParameterValue.EmptyImageContent InvalidParameterValue.ImageSizeTooSmall InvalidParameterValue.InvalidContent InvalidParameterValue.InvalidDataId InvalidParameterValue.InvalidFileContentSize InvalidParameterValue.InvalidImageContent InvalidParameterValue.InvalidParameter LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourceUnavailable.InvalidImageContent ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            CreateAudioModerationTask => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.Unauthorized UnknownParameter UnsupportedOperation",
            DescribeTaskDetail => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeTasks => "DryRunOperation FailedOperation InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
        }
    }
}
