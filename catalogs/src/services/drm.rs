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

        version "2018-11-15" {
            AddFairPlayPem => "FailedOperation.PemIdNotExist FailedOperation.PemNumTooMuch InternalError InvalidParameter InvalidParameterValue UnknownParameter",
            CreateEncryptKeys => "InternalError InvalidParameter InvalidParameterValue UnknownParameter",
            CreateLicense => "InternalError InvalidParameter InvalidParameterValue UnknownParameter",
            DeleteFairPlayPem => "InternalError InvalidParameter InvalidParameterValue UnknownParameter",
            DescribeAllKeys => "InternalError InvalidParameter InvalidParameterValue UnknownParameter",
            DescribeDRMLicense => "InternalError InvalidParameter InvalidParameterValue UnknownParameter",
            DescribeFairPlayPem => "InternalError InvalidParameter InvalidParameterValue UnknownParameter",
            DescribeKeys => "InternalError InvalidParameter InvalidParameterValue UnknownParameter",
            GenerateTDRMKey => "InternalError InvalidParameter InvalidParameterValue UnknownParameter",
            ModifyFairPlayPem => "FailedOperation.PemIdNotExist FailedOperation.PemNumTooMuch InternalError InvalidParameter InvalidParameterValue UnknownParameter",
            StartEncryption => "InternalError InvalidParameter InvalidParameterValue UnknownParameter",
        }
    }
}
