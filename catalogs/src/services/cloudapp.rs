//! `cloudapp` error codes, API version 2022-05-30.

tc_errors::tc_errors! {
    /// `cloudapp` error codes, API version 2022-05-30.
    #[non_exhaustive]
    pub enum CloudappError {
        use common;

        "InternalError.DBError" => _ / "DBError",
        "InternalError.FailToSign" => _ / "签名失败",
        "ResourceNotFound.LicenseNotFoundErr" => _ / "找不到该License",

        version "2022-05-30" {
            DescribeLicense => "InternalError.DBError InternalError.FailToSign ResourceNotFound.LicenseNotFoundErr",
            IssueLicense => "InternalError.DBError InternalError.FailToSign ResourceNotFound.LicenseNotFoundErr",
            VerifyLicense => "InternalError.DBError InternalError.FailToSign ResourceNotFound.LicenseNotFoundErr",
        }
    }
}
