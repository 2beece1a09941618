//! `ai3d` error codes, API version 2025-05-13.

tc_errors::tc_errors! {
    /// `ai3d` error codes, API version 2025-05-13.
    #[non_exhaustive]
    pub enum Ai3dError {
        use common;
    }
}
