//! `cii` error codes, API versions 2020-12-10 and 2021-04-08.

tc_errors::tc_errors! {
    /// `cii` error codes, API versions 2020-12-10 and 2021-04-08.
    #[non_exhaustive]
    pub enum CiiError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "AuthFailure.Enterprise" => _ / "企业认证失败。",
        "AuthFailure.Personal" => _ / "个人认证失败。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
    }
}
