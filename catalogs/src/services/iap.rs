//! `iap` error codes, API version 2024-07-13.

tc_errors::tc_errors! {
    /// `iap` error codes, API version 2024-07-13.
    #[non_exhaustive]
    pub enum IapError {
        use common;

        "FailedOperation" => "Operation failed." / "操作失败。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameter.IdentityNameInUse" => "The IdP name is already in use." / "身份提供商名称已经使用。",
        "InvalidParameter.MetadataError" => "IdP metadata document error." / "身份提供商元数据文档错误。",
        "InvalidParameter.ParamError" => "Parameter error." / "参数错误",
        "InvalidParameterValue.IdentityKeyError" => "The OIDC signature public key is incorrect." / "OIDC签名公钥错误。",
        "InvalidParameterValue.IdentityUrlError" => "The IdP URL is incorrect." / "身份提供商URL错误。",
        "InvalidParameterValue.NameError" => "IdP name error." / "身份提供商名称错误。",
        "LimitExceeded.IdentityFull" => "The upper limit on the number of IdPs has been reached." / "身份提供商已达到上限。",
        "ResourceNotFound.IdentityNotExist" => "The IdP does not exist." / "身份提供商不存在。",
        "ResourceNotFound.RecordNotExists" => "No data." / "没有数据",

        version "2024-07-13" {
            CreateIAPUserOIDCConfig => "InvalidParameter InvalidParameter.IdentityNameInUse InvalidParameter.MetadataError InvalidParameterValue.IdentityKeyError InvalidParameterValue.IdentityUrlError InvalidParameterValue.NameError LimitExceeded.IdentityFull",
            DescribeIAPLoginSessionDuration => "InvalidParameter.ParamError ResourceNotFound.RecordNotExists",
            DescribeIAPUserOIDCConfig => "ResourceNotFound.IdentityNotExist",
            DisableIAPUserSSO => "InvalidParameter.MetadataError",
            ModifyIAPLoginSessionDuration => "InvalidParameter.ParamError",
            UpdateIAPUserOIDCConfig => "FailedOperation InvalidParameter InvalidParameter.IdentityNameInUse InvalidParameter.MetadataError InvalidParameterValue.IdentityKeyError InvalidParameterValue.IdentityUrlError LimitExceeded.IdentityFull ResourceNotFound.IdentityNotExist",
        }
    }
}
