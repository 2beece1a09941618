//! `smop` error codes, API version 2020-12-03.

tc_errors::tc_errors! {
    /// `smop` error codes, API version 2020-12-03.
    #[non_exhaustive]
    pub enum SmopError {
        use common;

        version "2020-12-03" {
            SubmitTaskEvent => "",
        }
    }
}
