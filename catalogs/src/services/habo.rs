//! `habo` error codes, API version 2018-12-03.

tc_errors::tc_errors! {
    /// `habo` error codes, API version 2018-12-03.
    #[non_exhaustive]
    pub enum HaboError {
        use common;

        version "2018-12-03" {
            DescribeStatus => "",
            StartAnalyse => "",
        }
    }
}
