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

        version "2019-07-22" {
            DescribeCaptchaAppIdInfo => "InternalError MissingParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            DescribeCaptchaData => "InternalError MissingParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            DescribeCaptchaDataSum => "InternalError MissingParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            DescribeCaptchaMiniData => "InternalError MissingParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            DescribeCaptchaMiniDataSum => "InternalError MissingParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            DescribeCaptchaMiniOperData => "InternalError MissingParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            DescribeCaptchaMiniResult => "InternalError MissingParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            DescribeCaptchaMiniRiskResult => "InternalError MissingParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            DescribeCaptchaOperData => "InternalError MissingParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            DescribeCaptchaRceResult => "InternalError MissingParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            DescribeCaptchaResult => "InternalError MissingParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            DescribeCaptchaTicketData => "InternalError MissingParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            DescribeCaptchaUserAllAppId => "InternalError MissingParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            GetRequestStatistics => "InternalError InvalidParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            GetTicketStatistics => "InternalError InvalidParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            GetTotalRequestStatistics => "InternalError InvalidParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            GetTotalTicketStatistics => "InternalError InvalidParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
            UpdateCaptchaAppIdInfo => "InternalError MissingParameter UnauthorizedOperation.ErrAuth UnauthorizedOperation.Unauthorized",
        }
    }
}
