//! `asw` error codes, API version 2020-07-22.

tc_errors::tc_errors! {
    /// `asw` error codes, API version 2020-07-22.
    #[non_exhaustive]
    pub enum AswError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "ResourceNotFound" => _ / "资源不存在。",

        version "2020-07-22" {
            CreateFlowService => "InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            DescribeExecution => "AuthFailure InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            DescribeExecutionHistory => "AuthFailure InternalError InvalidParameter InvalidParameterValue",
            DescribeExecutions => "InternalError InvalidParameter InvalidParameterValue",
            DescribeFlowServiceDetail => "AuthFailure InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            DescribeFlowServices => "InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            ModifyFlowService => "InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            StartExecution => "InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            StopExecution => "AuthFailure ResourceNotFound",
        }
    }
}
