//! `svp` error codes, API version 2024-01-25.

tc_errors::tc_errors! {
    /// `svp` error codes, API version 2024-01-25.
    #[non_exhaustive]
    pub enum SvpError {
        use common;

        "InternalError.UnknownError" => _ / "未定义异常。",
        "UnauthorizedOperation.CamNoAuth" => _ / "账号没有cam授权。",

        version "2024-01-25" {
            #[client_token]
            CreateSavingPlanOrder => "",
            DescribeSavingPlanCoverage => "InternalError.UnknownError UnauthorizedOperation.CamNoAuth",
            DescribeSavingPlanDeduct => "UnauthorizedOperation.CamNoAuth",
            DescribeSavingPlanOverview => "UnauthorizedOperation.CamNoAuth",
            DescribeSavingPlanUsage => "UnauthorizedOperation.CamNoAuth",
        }
    }
}
