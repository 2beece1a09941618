//! `aca` error codes, API version 2021-03-23.

tc_errors::tc_errors! {
    /// `aca` error codes, API version 2021-03-23.
    #[non_exhaustive]
    pub enum AcaError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
    }
}
