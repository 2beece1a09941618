//! `tsw` error codes, API version 2021-04-12.

tc_errors::tc_errors! {
    /// `tsw` error codes, API version 2021-04-12.
    #[non_exhaustive]
    pub enum TswError {
        use common;
    }
}
