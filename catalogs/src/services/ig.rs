//! `ig` error codes, API version 2021-05-18.

tc_errors::tc_errors! {
    /// `ig` error codes, API version 2021-05-18.
    #[non_exhaustive]
    pub enum IgError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
    }
}
