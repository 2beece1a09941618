//! `drm` error codes, API version 2018-11-15.

tc_errors::tc_errors! {
    /// `drm` error codes, API version 2018-11-15.
    #[non_exhaustive]
    pub enum DrmError {
        use common;

        "FailedOperation.PemIdNotExist" => _ / "pem id 不存在。",
        "FailedOperation.PemNumTooMuch" => _ / "系统中存在的私钥数超过两个。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "UnknownParameter" => _ / "未知参数错误。",
    }
}
