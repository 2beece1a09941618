//! `wss` error codes, API version 2018-04-26.

tc_errors::tc_errors! {
    /// `wss` error codes, API version 2018-04-26.
    #[non_exhaustive]
    pub enum WssError {
        use common;

        "FailedOperation.CertInvalidParam" => _ / "证书类型错误。",
        "FailedOperation.CertMismatch" => _ / "证书与密钥不对应。",
        "FailedOperation.InvalidCert" => _ / "证书格式错误。",
        "InternalError" => _ / "内部错误。",
        "InternalError.DomainInternalError" => _ / "网络错误，请稍后重试。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.RepTypeIsInvalid" => _ / "请求类型错误。",

        version "2018-04-26" {
            DeleteCert => "FailedOperation.CertInvalidParam InternalError InternalError.DomainInternalError InvalidParameter InvalidParameter.RepTypeIsInvalid",
            DescribeCertList => "InternalError InternalError.DomainInternalError InvalidParameter InvalidParameter.RepTypeIsInvalid",
            UploadCert => "FailedOperation.CertInvalidParam FailedOperation.CertMismatch FailedOperation.InvalidCert InternalError InternalError.DomainInternalError InvalidParameter InvalidParameter.RepTypeIsInvalid",
        }
    }
}
