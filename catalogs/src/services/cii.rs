//! `cii` error codes, API versions 2020-12-10 and 2021-04-08.

tc_errors::tc_errors! {
    /// `cii` error codes, API versions 2020-12-10 and 2021-04-08.
    #[non_exhaustive]
    pub enum CiiError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "AuthFailure.Enterprise" => _ / "企业认证失败。",
        "AuthFailure.Personal" => _ / "个人认证失败。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",

        version "2020-12-10" {
            CreateStructureTask => "FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter",
            DescribeStructCompareData => "FailedOperation InternalError InvalidParameter",
            DescribeStructureTaskResult => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter",
        }

        version "2021-04-08" {
            AddSubStructureTasks => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter",
            CreateAutoClassifyStructureTask => "FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied",
            CreateStructureTask => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied",
            CreateUnderwriteTaskById => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter",
            DescribeMachineUnderwrite => "FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded",
            DescribeQualityScore => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded",
            DescribeReportClassify => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied",
            DescribeStructCompareData => "FailedOperation InternalError InvalidParameter",
            DescribeStructureDifference => "FailedOperation InternalError InvalidParameter",
            DescribeStructureResult => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded",
            DescribeStructureTaskResult => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied",
            DescribeUnderwriteTask => "FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter",
            UploadMedicalFile => "AuthFailure AuthFailure.Enterprise AuthFailure.Personal FailedOperation InternalError InvalidParameter InvalidParameterValue",
        }
    }
}
