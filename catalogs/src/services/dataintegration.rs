//! `dataintegration` error codes, API version 2022-06-13.

tc_errors::tc_errors! {
    /// `dataintegration` error codes, API version 2022-06-13.
    #[non_exhaustive]
    pub enum DataintegrationError {
        use common;

        version "2022-06-13" {
            SendMessage => "",
        }
    }
}
