//! `region` error codes, API version 2022-06-27.

tc_errors::tc_errors! {
    /// `region` error codes, API version 2022-06-27.
    #[non_exhaustive]
    pub enum RegionError {
        use common;

        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameter.ParameterError" => "Parameter error." / "参数错误。",
        "RequestLimitExceeded" => "Too many and frequent requests." / "请求的次数超过了频率限制。",
        "UnsupportedOperation" => "The operation is not supported." / "操作不支持。",

        version "2022-06-27" {
            DescribeProducts => "",
            DescribeRegions => "InvalidParameter InvalidParameter.ParameterError RequestLimitExceeded",
            DescribeZones => "InvalidParameter InvalidParameter.ParameterError UnsupportedOperation",
        }
    }
}
