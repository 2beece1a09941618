//! `advisor` error codes, API version 2020-07-21.

tc_errors::tc_errors! {
    /// `advisor` error codes, API version 2020-07-21.
    #[non_exhaustive]
    pub enum AdvisorError {
        use common;

        "InternalError" => "Internal error" / "内部错误。",
        "InternalError.DependsDb" => "The dependent db encountered an error." / "依赖的db出错。",
        "InternalError.System" => "System error" / "系统错误。",
        "InvalidParameter" => "Parameter error" / "参数错误。",
        "InvalidParameter.ParamError" => "Parameter error" / "参数错误。",
        "InvalidParameterValue" => "Parameter value error" / "参数取值错误。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",

        version "2020-07-21" {
            CreateAdvisorAuthorization => "",
            DescribeStrategies => "InternalError.DependsDb InternalError.System InvalidParameter ResourceNotFound",
            DescribeTaskStrategyRisks => "InternalError InternalError.DependsDb InternalError.System InvalidParameter InvalidParameter.ParamError InvalidParameterValue ResourceNotFound",
        }
    }
}
