//! `acp` error codes, API version 2022-01-05.

tc_errors::tc_errors! {
    /// `acp` error codes, API version 2022-01-05.
    #[non_exhaustive]
    pub enum AcpError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InvalidParameter" => _ / "参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2022-01-05" {
            CreateAppScanTask => "FailedOperation",
            CreateAppScanTaskRepeat => "FailedOperation",
            DescribeChannelTaskReportUrl => "InvalidParameter UnsupportedOperation",
            DescribeFileTicket => "UnsupportedOperation",
            DescribeResourceUsageInfo => "FailedOperation",
            DescribeScanTaskList => "FailedOperation",
            DescribeScanTaskReportUrl => "FailedOperation UnsupportedOperation",
            DescribeScanTaskStatus => "FailedOperation UnsupportedOperation",
        }
    }
}
