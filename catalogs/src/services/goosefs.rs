//! `goosefs` error codes, API version 2022-05-19.

tc_errors::tc_errors! {
    /// `goosefs` error codes, API version 2022-05-19.
    #[non_exhaustive]
    pub enum GoosefsError {
        use common;

        "InternalError" => _ / "内部错误。",
        "InvalidFilter" => _ / "无效的过滤器",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "MissingParameter" => _ / "缺少参数错误。",
        "RegionError" => _ / "地域错误",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceNotFound" => _ / "资源不存在。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnsupportedOperation" => _ / "操作不支持。",
    }
}
