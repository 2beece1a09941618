//! `csxg` error codes, API version 2023-03-03.

tc_errors::tc_errors! {
    /// `csxg` error codes, API version 2023-03-03.
    #[non_exhaustive]
    pub enum CsxgError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "AuthFailure.UnauthorizedOperation" => _ / "请求未CAM授权",
        "FailedOperation" => _ / "操作失败。",
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

        version "2023-03-03" {
            Create5GInstance => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            Delete5GInstance => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            Describe5GAPNs => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            Describe5GInstances => "AuthFailure AuthFailure.UnauthorizedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            Modify5GInstanceAttribute => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
        }
    }
}
