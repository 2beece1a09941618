//! `market` error codes, API version 2019-10-10.

tc_errors::tc_errors! {
    /// `market` error codes, API version 2019-10-10.
    #[non_exhaustive]
    pub enum MarketError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",

        version "2019-10-10" {
            FlowProductRemind => "",
            GetUsagePlanUsageAmount => "FailedOperation InternalError InvalidParameter ResourceNotFound ResourceUnavailable",
        }
    }
}
