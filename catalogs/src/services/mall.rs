//! `mall` error codes, API version 2023-05-18.

tc_errors::tc_errors! {
    /// `mall` error codes, API version 2023-05-18.
    #[non_exhaustive]
    pub enum MallError {
        use common;

        version "2023-05-18" {
            DescribeDrawResourceList => "",
        }
    }
}
