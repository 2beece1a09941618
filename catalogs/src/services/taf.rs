//! `taf` error codes, API version 2020-02-10.

tc_errors::tc_errors! {
    /// `taf` error codes, API version 2020-02-10.
    #[non_exhaustive]
    pub enum TafError {
        use common;

        version "2020-02-10" {
            ManagePortraitRisk => "",
        }
    }
}
