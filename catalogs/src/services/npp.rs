//! `npp` error codes, API version 2019-08-23.

tc_errors::tc_errors! {
    /// `npp` error codes, API version 2019-08-23.
    #[non_exhaustive]
    pub enum NppError {
        use common;

        version "2019-08-23" {
            CreateCallBack => "",
            DelVirtualNum => "",
            DeleteCallBack => "",
            DescribeCallBackCdr => "",
            DescribeCallBackStatus => "",
            DescribeCallerDisplayList => "",
            Get400Cdr => "",
            GetVirtualNum => "",
        }
    }
}
