//! `adp` error codes, API version 2026-05-20.

tc_errors::tc_errors! {
    /// `adp` error codes, API version 2026-05-20.
    #[non_exhaustive]
    pub enum AdpError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "ResourceNotFound" => _ / "资源不存在。",
    }
}
