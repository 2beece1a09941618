//! `tsw` error codes, API versions 2020-09-24 and 2021-04-12.

tc_errors::tc_errors! {
    /// `tsw` error codes, API versions 2020-09-24 and 2021-04-12.
    #[non_exhaustive]
    pub enum TswError {
        use common;

        version "2020-09-24" {
            DescribeAgentShell => "",
        }

        version "2021-04-12" {
            DescribeComponentAlertObject => "",
            DescribeServiceAlertObject => "",
            DescribeToken => "",
        }
    }
}
