//! `lke` error codes, API version 2023-11-30.

tc_errors::tc_errors! {
    /// `lke` error codes, API version 2023-11-30.
    #[non_exhaustive]
    pub enum LkeError {
        use common;

        "FailedOperation" => "Operation failed." / "操作失败。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "MissingParameter" => "Missing required parameters." / "缺少参数错误。",
    }
}
