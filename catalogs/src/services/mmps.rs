//! `mmps` error codes, API version 2020-07-10.

tc_errors::tc_errors! {
    /// `mmps` error codes, API version 2020-07-10.
    #[non_exhaustive]
    pub enum MmpsError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2020-07-10" {
            CreateAppScanTask => "FailedOperation UnsupportedOperation",
            CreateAppScanTaskRepeat => "FailedOperation UnsupportedOperation",
            CreateFlySecMiniAppProfessionalScanTask => "FailedOperation UnsupportedOperation",
            CreateFlySecMiniAppScanTask => "FailedOperation UnsupportedOperation",
            CreateFlySecMiniAppScanTaskRepeat => "FailedOperation UnsupportedOperation",
            DescribeBasicDiagnosisResourceUsageInfo => "FailedOperation UnsupportedOperation",
            DescribeFlySecMiniAppReportUrl => "FailedOperation UnsupportedOperation",
            DescribeFlySecMiniAppScanReportList => "FailedOperation UnsupportedOperation",
            DescribeFlySecMiniAppScanTaskList => "FailedOperation UnsupportedOperation",
            DescribeFlySecMiniAppScanTaskParam => "FailedOperation UnsupportedOperation",
            DescribeFlySecMiniAppScanTaskStatus => "FailedOperation UnsupportedOperation",
            DescribeResourceUsageInfo => "FailedOperation UnsupportedOperation",
            DescribeScanTaskList => "FailedOperation",
            DescribeScanTaskReportUrl => "FailedOperation",
            DescribeScanTaskStatus => "UnsupportedOperation",
        }
    }
}
