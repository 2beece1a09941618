//! `ssa` error codes, API version 2018-06-08.

tc_errors::tc_errors! {
    /// `ssa` error codes, API version 2018-06-08.
    #[non_exhaustive]
    pub enum SsaError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "AuthFailure.AuthModuleFailed" => _ / "云上资产、安全配置、合规风险配置、互联网攻击面测绘模块未授权。",
        "DryRunOperation" => _ / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InternalError.DBError" => _ / "DB错误。",
        "InternalError.ParamError" => _ / "参数校验失败。",
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
        "UnauthorizedOperation.SubAccountUnauthorized" => _ / "子账号没有权限操作。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2018-06-08" {
            DescribeAlarmStat => "",
            DescribeAssetDetail => "FailedOperation InvalidParameter",
            DescribeAssetDetailList => "FailedOperation InvalidParameter",
            DescribeAssetList => "FailedOperation InternalError.ParamError InvalidParameter",
            DescribeCheckConfigAssetList => "AuthFailure FailedOperation InternalError.ParamError InvalidParameter",
            DescribeCheckConfigDetail => "AuthFailure AuthFailure.AuthModuleFailed FailedOperation InternalError.ParamError InvalidParameter",
            DescribeComplianceAssetList => "AuthFailure.AuthModuleFailed FailedOperation InternalError.ParamError InvalidParameter",
            DescribeComplianceDetail => "AuthFailure AuthFailure.AuthModuleFailed FailedOperation InternalError.ParamError InvalidParameter",
            DescribeComplianceList => "AuthFailure AuthFailure.AuthModuleFailed FailedOperation InternalError.ParamError InvalidParameter",
            DescribeConfigList => "AuthFailure.AuthModuleFailed FailedOperation InvalidParameter",
            DescribeDomainList => "AuthFailure.AuthModuleFailed FailedOperation InvalidParameter",
            DescribeEventDetail => "FailedOperation",
            DescribeLeakDetectionList => "AuthFailure FailedOperation",
            DescribeMappingResults => "AuthFailure FailedOperation",
            DescribeSocAlertDetails => "AuthFailure FailedOperation",
            DescribeSocAlertList => "LimitExceeded",
            DescribeSocCheckItemList => "InternalError InternalError.DBError InternalError.ParamError",
            DescribeSocCheckResultList => "InternalError InternalError.DBError InternalError.ParamError",
            DescribeSocCspmCompliance => "AuthFailure AuthFailure.AuthModuleFailed DryRunOperation FailedOperation InternalError InternalError.ParamError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.SubAccountUnauthorized UnknownParameter UnsupportedOperation",
            DescribeVulDetail => "FailedOperation",
            DescribeVulList => "FailedOperation InternalError.ParamError InvalidParameter",
            SaDivulgeScanRuleMutate => "InternalError.ParamError",
            SaEventPub => "InternalError.ParamError",
        }
    }
}
