//! `cds` error codes, API version 2018-04-20.

tc_errors::tc_errors! {
    /// `cds` error codes, API version 2018-04-20.
    #[non_exhaustive]
    pub enum CdsError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "DryRunOperation" => _ / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.DasbAmountNotEnough" => _ / "账户余额不足，操作失败。",
        "FailedOperation.DasbErrorCode" => _ / "Dasb产品操作失败错误码。",
        "FailedOperation.DasbInvalidSecretId" => _ / "SecretId错误，操作失败。",
        "FailedOperation.DasbInvalidSecretKey" => _ / "SecretKey错误，操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.ResourceId" => _ / "无效的资源ID，用于资源不存在或已过期。",
        "InvalidParameter.ResourceIdError" => _ / "审计资源ID 错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "ResourcesSoldOut" => _ / "资源售罄。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnauthorizedOperation.NoPermission" => _ / "无操作权限。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2018-04-20" {
            CreateReportPdf => "AuthFailure DryRunOperation FailedOperation FailedOperation.DasbAmountNotEnough FailedOperation.DasbErrorCode FailedOperation.DasbInvalidSecretId FailedOperation.DasbInvalidSecretKey InternalError InvalidParameter InvalidParameter.ResourceId InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.NoPermission UnknownParameter UnsupportedOperation",
            CreateTimerReport => "AuthFailure DryRunOperation FailedOperation FailedOperation.DasbAmountNotEnough FailedOperation.DasbErrorCode FailedOperation.DasbInvalidSecretId FailedOperation.DasbInvalidSecretKey InternalError InvalidParameter InvalidParameter.ResourceId InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.NoPermission UnknownParameter UnsupportedOperation",
            DescribeAssetsList => "AuthFailure DryRunOperation FailedOperation FailedOperation.DasbAmountNotEnough FailedOperation.DasbErrorCode FailedOperation.DasbInvalidSecretId FailedOperation.DasbInvalidSecretKey InternalError InvalidParameter InvalidParameter.ResourceId InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.NoPermission UnknownParameter UnsupportedOperation",
            DescribeDbauditInstanceType => "AuthFailure DryRunOperation FailedOperation FailedOperation.DasbAmountNotEnough FailedOperation.DasbErrorCode FailedOperation.DasbInvalidSecretId FailedOperation.DasbInvalidSecretKey InternalError InvalidParameter InvalidParameter.ResourceId InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.NoPermission UnknownParameter UnsupportedOperation",
            DescribeDbauditInstances => "AuthFailure DryRunOperation FailedOperation FailedOperation.DasbAmountNotEnough FailedOperation.DasbErrorCode FailedOperation.DasbInvalidSecretId FailedOperation.DasbInvalidSecretKey InternalError InvalidParameter InvalidParameter.ResourceId InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.NoPermission UnknownParameter UnsupportedOperation",
            DescribeDbauditUsedRegions => "AuthFailure DryRunOperation FailedOperation FailedOperation.DasbAmountNotEnough FailedOperation.DasbErrorCode FailedOperation.DasbInvalidSecretId FailedOperation.DasbInvalidSecretKey InternalError InvalidParameter InvalidParameter.ResourceId InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.NoPermission UnknownParameter UnsupportedOperation",
            DescribeReportList => "AuthFailure DryRunOperation FailedOperation FailedOperation.DasbAmountNotEnough FailedOperation.DasbErrorCode FailedOperation.DasbInvalidSecretId FailedOperation.DasbInvalidSecretKey InternalError InvalidParameter InvalidParameter.ResourceId InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.NoPermission UnknownParameter UnsupportedOperation",
            DescribeReportMissionList => "AuthFailure DryRunOperation FailedOperation FailedOperation.DasbAmountNotEnough FailedOperation.DasbErrorCode FailedOperation.DasbInvalidSecretId FailedOperation.DasbInvalidSecretKey InternalError InvalidParameter InvalidParameter.ResourceId InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.NoPermission UnknownParameter UnsupportedOperation",
            InquiryPriceDbauditInstance => "AuthFailure DryRunOperation FailedOperation FailedOperation.DasbAmountNotEnough FailedOperation.DasbErrorCode FailedOperation.DasbInvalidSecretId FailedOperation.DasbInvalidSecretKey InternalError InvalidParameter InvalidParameter.ResourceId InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.NoPermission UnknownParameter UnsupportedOperation",
            ModifyDbauditInstancesRenewFlag => "InvalidParameter.ResourceId InvalidParameter.ResourceIdError UnauthorizedOperation.NoPermission",
        }
    }
}
