//! `api` error codes, API version 2020-11-06.

tc_errors::tc_errors! {
    /// `api` error codes, API version 2020-11-06.
    #[non_exhaustive]
    pub enum ApiError {
        use common;

        "InvalidParameter" => _ / "参数错误。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2020-11-06" {
            DescribeProducts => "",
            DescribeRegions => "InvalidParameter RequestLimitExceeded",
            DescribeZones => "InvalidParameter UnsupportedOperation",
        }
    }
}
