//! `hasim` error codes, API version 2021-07-16.

tc_errors::tc_errors! {
    /// `hasim` error codes, API version 2021-07-16.
    #[non_exhaustive]
    pub enum HasimError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2021-07-16" {
            CreateRule => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied UnauthorizedOperation UnknownParameter UnsupportedOperation",
            CreateTactic => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            CreateTag => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DeleteRule => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DeleteTactic => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DeleteTag => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeLink => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeLinks => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied ResourceNotFound ResourceUnavailable UnknownParameter UnsupportedOperation",
            DescribeOrders => "FailedOperation",
            DescribeRule => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeRules => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeTactic => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeTactics => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeTags => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyLinkAdvancedLog => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyLinkTactic => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyLinkTele => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyRule => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyRuleStatus => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyTactic => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue OperationDenied ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyTag => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter UnauthorizedOperation UnknownParameter UnsupportedOperation",
            RenewLinkInfo => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
        }
    }
}
