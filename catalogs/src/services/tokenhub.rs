//! `tokenhub` error codes, API version 2026-03-22.

tc_errors::tc_errors! {
    /// `tokenhub` error codes, API version 2026-03-22.
    #[non_exhaustive]
    pub enum TokenhubError {
        use common;

        "FailedOperation.CreateInstanceFailed",
        "FailedOperation.EnablePostPaidFailed",
        "FailedOperation.EndpointAlreadyExists",
        "FailedOperation.EndpointNotFound",
        "FailedOperation.EndpointNotHealthy",
        "FailedOperation.FreeQuotaExhausted",
        "FailedOperation.NoTPMPackage",
        "FailedOperation.OperationDenied",
        "FailedOperation.PackageQueryFailed",
        "FailedOperation.PurchaseTpmFailed" => _ / "FailedOperation.PurchaseTPMFailed",
        "FailedOperation.SetRenewFlagFailed",
        "FailedOperation.TPMPackagePending",
        "InternalError.BaradError",
        "InternalError.InternalError",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.Limit",
        "InvalidParameter.ModelIdNotFound",
        "InvalidParameter.PeriodExceedsSpan",
        "InvalidParameter.PeriodTooFineForData",
        "InvalidParameter.QPMLimitExceeded",
        "InvalidParameter.TPMBelowQuota",
        "InvalidParameter.TPMInputBelowQuota",
        "InvalidParameter.TPMInputLimitExceeded",
        "InvalidParameter.TPMLimitExceeded",
        "InvalidParameter.TPMOutputBelowQuota",
        "InvalidParameter.TPMOutputLimitExceeded",
        "InvalidParameter.TPMPreQuotaModifyNotSupported",
        "InvalidParameter.TooManyObjects",
        "InvalidParameterValue.EndpointNameTooLong",
        "InvalidParameterValue.InvalidParameterValue",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "LimitExceeded.EndpointQuota",
        "MissingParameter.MissingParameter",
        "OperationDenied" => _ / "操作被拒绝。",
        "OperationDenied.InsufficientBalance" => _ / "账号余额不足",
        "OperationDenied.OperationDenied",
        "OperationDenied.QuotaLimitExceeded" => _ / "配额超限",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceNotFound.EndpointNotFound",
        "ResourceNotFound.GlossaryNotFound",
        "ResourceNotFound.ModelNotFound",
        "ResourceNotFound.ResourceNotFound",
        "UnauthorizedOperation.UnauthorizedOperation",
    }
}
