//! `icr` error codes, API version 2021-10-14.

tc_errors::tc_errors! {
    /// `icr` error codes, API version 2021-10-14.
    #[non_exhaustive]
    pub enum IcrError {
        use common;

        version "2021-10-14" {
            GetIndustryV1HomeMembers => "",
        }
    }
}
