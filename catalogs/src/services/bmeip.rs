//! `bmeip` error codes, API version 2018-06-25.

tc_errors::tc_errors! {
    /// `bmeip` error codes, API version 2018-06-25.
    #[non_exhaustive]
    pub enum BmeipError {
        use common;

        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "ResourceNotFound" => _ / "资源不存在。",
    }
}
