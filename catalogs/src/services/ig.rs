//! `ig` error codes, API version 2021-05-18.

tc_errors::tc_errors! {
    /// `ig` error codes, API version 2021-05-18.
    #[non_exhaustive]
    pub enum IgError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",

        version "2021-05-18" {
            DescribeIgOrderList => "FailedOperation InternalError InvalidParameter",
            GetLLMDiagnosisDrug => "FailedOperation InternalError InvalidParameter",
            GetLLMDiagnosisDrugChat => "FailedOperation InternalError InvalidParameter",
            GetLLMDiagnosisHealth => "FailedOperation InternalError InvalidParameter",
            GetLLMReportInterpretation => "FailedOperation InternalError InvalidParameter",
            QueryDrugInstructions => "FailedOperation InternalError InvalidParameter",
        }
    }
}
