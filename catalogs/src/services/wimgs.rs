//! `wimgs` error codes, API version 2025-11-06.

tc_errors::tc_errors! {
    /// `wimgs` error codes, API version 2025-11-06.
    #[non_exhaustive]
    pub enum WimgsError {
        use common;

        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceNotFound" => _ / "服务未开通。",
        "ResourceUnavailable" => _ / "服务不可用。",
        "UnauthorizedOperation" => _ / "未授权操作。",

        version "2025-11-06" {
            SearchByText => "InternalError InvalidParameter RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation",
        }
    }
}
