//! `bmlb` error codes, API version 2018-06-25.

tc_errors::tc_errors! {
    /// `bmlb` error codes, API version 2018-06-25.
    #[non_exhaustive]
    pub enum BmlbError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceNotFound" => _ / "资源不存在。",
    }
}
