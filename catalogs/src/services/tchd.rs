//! `tchd` error codes, API version 2023-03-06.

tc_errors::tc_errors! {
    /// `tchd` error codes, API version 2023-03-06.
    #[non_exhaustive]
    pub enum TchdError {
        use common;

        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Incorrect parameter." / "参数错误。",
        "InvalidParameterValue" => "Invalid parameter value." / "参数取值错误。",

        version "2023-03-06" {
            DescribeEventStatistics => "InternalError InvalidParameter InvalidParameterValue",
            DescribeEvents => "InternalError InvalidParameter InvalidParameterValue",
        }
    }
}
