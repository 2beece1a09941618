//! `aca` error codes, API version 2021-03-23.

tc_errors::tc_errors! {
    /// `aca` error codes, API version 2021-03-23.
    #[non_exhaustive]
    pub enum AcaError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",

        version "2021-03-23" {
            GetDrugIndications => "",
            LoginHisTool => "AuthFailure InternalError InvalidParameter",
            LoginOutHisTool => "AuthFailure InternalError InvalidParameter",
            SmartDrugInfo => "AuthFailure InternalError InvalidParameter",
            SmartPredict => "AuthFailure InternalError InvalidParameter",
            SyncDepartment => "AuthFailure InternalError InvalidParameter",
            SyncStandardDict => "AuthFailure InternalError InvalidParameter",
            UploadDrugs => "AuthFailure InternalError InvalidParameter",
        }
    }
}
