//! `monitor` error codes, API version 2023-06-16.

tc_errors::tc_errors! {
    /// `monitor` error codes, API version 2023-06-16.
    #[non_exhaustive]
    pub enum MonitorError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "MissingParameter" => _ / "缺少参数错误。",
        "UnauthorizedOperation" => _ / "未授权操作。",
    }
}
