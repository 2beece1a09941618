//! `vcube` error codes, API version 2022-04-10.

tc_errors::tc_errors! {
    /// `vcube` error codes, API version 2022-04-10.
    #[non_exhaustive]
    pub enum VcubeError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "DryRunOperation" => _ / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.UploadLicenseFileFail" => _ / "License文件上传失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
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
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2022-04-10" {
            CreateActivityLicense => "FailedOperation",
            CreateApplicationAndBindLicense => "FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded ResourceInUse ResourceInsufficient ResourceUnavailable",
            CreateApplicationAndVideo => "FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded ResourceInUse ResourceInsufficient ResourceUnavailable",
            CreateApplicationAndWebPlayerLicense => "ResourceInUse",
            CreateLicense => "FailedOperation InternalError InvalidParameter InvalidParameterValue RequestLimitExceeded ResourceInUse ResourceInsufficient",
            CreateTestXMagic => "FailedOperation.UploadLicenseFileFail InternalError InvalidParameter InvalidParameterValue OperationDenied ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable",
            CreateTrialApplicationAndLicense => "FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded ResourceInUse ResourceInsufficient ResourceUnavailable",
            CreateTrialLicense => "FailedOperation InternalError InvalidParameter InvalidParameterValue RequestLimitExceeded ResourceInUse ResourceInsufficient",
            CreateXMagic => "InternalError InvalidParameter InvalidParameterValue ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable",
            DeleteApplicationAndVideoLicense => "InternalError InvalidParameter InvalidParameterValue ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable",
            DeleteApplicationAndWebPlayerLicense => "InternalError InvalidParameter InvalidParameterValue ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable",
            DescribeFeatureList => "InternalError InvalidParameter InvalidParameterValue",
            DescribeLicenseList => "InternalError InvalidParameter InvalidParameterValue",
            DescribeNews => "InternalError InvalidParameter InvalidParameterValue",
            DescribeSTS => "InternalError InvalidParameter InvalidParameterValue",
            DescribeTrialFeature => "InternalError InvalidParameter InvalidParameterValue",
            DescribeUserConfig => "InternalError InvalidParameter InvalidParameterValue",
            DescribeVcubeApplicationAndLicense => "InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter ResourceInUse",
            DescribeVcubeApplicationAndPlayList => "InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter ResourceInUse",
            DescribeVcubeApplicationAndXMagicList => "InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter ResourceInUse",
            DescribeVcubeResources => "InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter ResourceInUse",
            DescribeVcubeResourcesList => "InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter ResourceInUse",
            DescribeXMagicResource => "AuthFailure FailedOperation FailedOperation.UploadLicenseFileFail InternalError InvalidParameter InvalidParameterValue ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation",
            DescribeXMagicResourceList => "AuthFailure FailedOperation FailedOperation.UploadLicenseFileFail InternalError InvalidParameter InvalidParameterValue ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation",
            ModifyApplication => "FailedOperation FailedOperation.UploadLicenseFileFail InternalError InvalidParameter InvalidParameterValue ResourceInUse ResourceInsufficient ResourceNotFound",
            ModifyFormalApplication => "FailedOperation FailedOperation.UploadLicenseFileFail InternalError InvalidParameter InvalidParameterValue ResourceInUse ResourceInsufficient ResourceNotFound",
            ModifyLicense => "FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceInUse ResourceInsufficient ResourceNotFound",
            ModifyPresetApplication => "FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceInUse ResourceInsufficient ResourceNotFound",
            ModifyTrialLicense => "FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceInUse ResourceInsufficient ResourceNotFound",
            ModifyXMagic => "AuthFailure DryRunOperation FailedOperation FailedOperation.UploadLicenseFileFail InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            RenewLicense => "FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceInUse ResourceInsufficient ResourceNotFound",
            RenewTestXMagic => "FailedOperation",
            RenewVideo => "FailedOperation",
            UpdateTestXMagic => "FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable",
            UpdateTrialLicense => "FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceInUse ResourceInsufficient ResourceNotFound",
            UpdateXMagic => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable",
        }
    }
}
