//! `cdwpg` error codes, API version 2020-12-30.

tc_errors::tc_errors! {
    /// `cdwpg` error codes, API version 2020-12-30.
    #[non_exhaustive]
    pub enum CdwpgError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => "Internal error." / "内部错误。",
        "InternalError.SystemError",
        "InvalidParameter" => _ / "参数错误。",
    }
}
