//! `wsa` error codes, API version 2025-05-08.

tc_errors::tc_errors! {
    /// `wsa` error codes, API version 2025-05-08.
    #[non_exhaustive]
    pub enum WsaError {
        use common;

        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceNotFound" => _ / "用户资源未开通。",
        "ResourceUnavailable" => _ / "用户资源不可用。",
        "UnauthorizedOperation" => _ / "未授权操作。",

        version "2025-05-08" {
            SearchPro => "InternalError InvalidParameter RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation",
        }
    }
}
