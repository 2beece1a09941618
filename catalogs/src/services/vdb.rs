//! `vdb` error codes, API version 2023-06-16.

tc_errors::tc_errors! {
    /// `vdb` error codes, API version 2023-06-16.
    #[non_exhaustive]
    pub enum VdbError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "UnauthorizedOperation" => _ / "未授权操作。",
    }
}
