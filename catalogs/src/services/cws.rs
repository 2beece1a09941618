//! `cws` error codes, API version 2018-03-12.

tc_errors::tc_errors! {
    /// `cws` error codes, API version 2018-03-12.
    #[non_exhaustive]
    pub enum CwsError {
        use common;

        "InternalError" => _ / "内部错误。",
        "InvalidParameter.Duplicate" => _ / "url已经添加。",
        "InvalidParameter.Malformed" => _ / "错误的数据格式。",
        "InvalidParameter.NotFound" => _ / "请求的数据不存在。",
        "LimitExceeded.MonitorQuota" => _ / "站点已添加至其他监控，不能重复添加。",
        "LimitExceeded.ScanQuota" => _ / "超出购买的扫描次数。",
        "UnauthorizedOperation" => _ / "未授权操作。",

        version "2018-03-12" {
            CreateMonitors => "InternalError InvalidParameter.Malformed InvalidParameter.NotFound LimitExceeded.MonitorQuota UnauthorizedOperation",
            CreateSites => "InternalError InvalidParameter.Duplicate InvalidParameter.Malformed",
            CreateSitesScans => "InternalError InvalidParameter.Malformed LimitExceeded.ScanQuota UnauthorizedOperation",
            CreateVulsMisinformation => "InternalError InvalidParameter.Duplicate InvalidParameter.Malformed InvalidParameter.NotFound UnauthorizedOperation",
            CreateVulsReport => "InternalError InvalidParameter.NotFound",
            DeleteMonitors => "InternalError InvalidParameter.Malformed InvalidParameter.NotFound",
            DeleteSites => "InternalError InvalidParameter.Malformed InvalidParameter.NotFound",
            DescribeConfig => "InternalError",
            DescribeMonitors => "InternalError InvalidParameter.Malformed InvalidParameter.NotFound",
            DescribeSiteQuota => "InternalError",
            DescribeSites => "InternalError InvalidParameter.Malformed InvalidParameter.NotFound",
            DescribeSitesVerification => "InternalError InvalidParameter.Malformed InvalidParameter.NotFound",
            DescribeVuls => "InternalError InvalidParameter.Malformed InvalidParameter.NotFound UnauthorizedOperation",
            DescribeVulsNumber => "InternalError",
            DescribeVulsNumberTimeline => "InternalError",
            ModifyConfigAttribute => "InternalError",
            ModifyMonitorAttribute => "InternalError InvalidParameter.Malformed InvalidParameter.NotFound LimitExceeded.MonitorQuota",
            ModifySiteAttribute => "InternalError InvalidParameter.NotFound UnauthorizedOperation",
            VerifySites => "InternalError InvalidParameter.Malformed InvalidParameter.NotFound",
        }
    }
}
