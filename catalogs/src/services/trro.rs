//! `trro` error codes, API version 2022-03-25.

tc_errors::tc_errors! {
    /// `trro` error codes, API version 2022-03-25.
    #[non_exhaustive]
    pub enum TrroError {
        use common;

        "FailedOperation" => "Operation failed." / "操作失败。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameterValue" => "Parameter value error." / "参数取值错误。",
        "MissingParameter" => "Missing required parameters." / "缺少参数错误。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "OperationDenied.LicensesNotEnoughError" => _ / "license数量不足",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
    }
}
