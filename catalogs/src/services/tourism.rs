//! `tourism` error codes, API version 2023-02-15.

tc_errors::tc_errors! {
    /// `tourism` error codes, API version 2023-02-15.
    #[non_exhaustive]
    pub enum TourismError {
        use common;

        version "2023-02-15" {
            DescribeDrawResourceList => "",
        }
    }
}
