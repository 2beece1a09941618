//! `antiddos` error codes, API version 2025-09-03.

tc_errors::tc_errors! {
    /// `antiddos` error codes, API version 2025-09-03.
    #[non_exhaustive]
    pub enum AntiddosError {
        use common;

        "FailedOperation" => "Operation failed." / "操作失败。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
    }
}
