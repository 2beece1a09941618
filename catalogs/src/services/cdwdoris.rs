//! `cdwdoris` error codes, API version 2021-12-28.

tc_errors::tc_errors! {
    /// `cdwdoris` error codes, API version 2021-12-28.
    #[non_exhaustive]
    pub enum CdwdorisError {
        use common;

        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",
    }
}
