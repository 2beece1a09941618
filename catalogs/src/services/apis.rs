//! `apis` error codes, API version 2024-08-01.

tc_errors::tc_errors! {
    /// `apis` error codes, API version 2024-08-01.
    #[non_exhaustive]
    pub enum ApisError {
        use common;
    }
}
