//! `mmps` error codes, API version 2020-07-10.

tc_errors::tc_errors! {
    /// `mmps` error codes, API version 2020-07-10.
    #[non_exhaustive]
    pub enum MmpsError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "UnsupportedOperation" => _ / "操作不支持。",
    }
}
