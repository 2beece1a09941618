//! `partners` error codes, API version 2018-03-21.

tc_errors::tc_errors! {
    /// `partners` error codes, API version 2018-03-21.
    #[non_exhaustive]
    pub enum PartnersError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "UnauthorizedOperation" => _ / "未授权操作。",
    }
}
