//! `captcha` error codes, API version 2019-07-22.

tc_errors::tc_errors! {
    /// `captcha` error codes, API version 2019-07-22.
    #[non_exhaustive]
    pub enum CaptchaError {
        use common;

        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "MissingParameter" => "Missing parameter." / "缺少参数错误。",
        "UnauthorizedOperation.ErrAuth" => "Authentication failed." / "鉴权失败。",
        "UnauthorizedOperation.Unauthorized" => "Operation not authorized/No valid package/The account is overdue" / "未开通权限/无有效套餐包/账号已欠费。",
    }
}
