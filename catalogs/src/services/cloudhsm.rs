//! `cloudhsm` error codes, API version 2019-11-12.

tc_errors::tc_errors! {
    /// `cloudhsm` error codes, API version 2019-11-12.
    #[non_exhaustive]
    pub enum CloudhsmError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "ResourceNotFound" => _ / "资源不存在。",
        "UnauthorizedOperation" => _ / "未授权操作。",
    }
}
