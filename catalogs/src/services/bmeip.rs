//! `bmeip` error codes, API version 2018-06-25.

tc_errors::tc_errors! {
    /// `bmeip` error codes, API version 2018-06-25.
    #[non_exhaustive]
    pub enum BmeipError {
        use common;

        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "ResourceNotFound" => _ / "资源不存在。",

        version "2018-06-25" {
            BindEipAcls => "ResourceNotFound",
            BindHosted => "InternalError InvalidParameter ResourceNotFound",
            BindRs => "ResourceNotFound",
            BindVpcIp => "ResourceNotFound",
            CreateEip => "InternalError InvalidParameter",
            CreateEipAcl => "InternalError InvalidParameter",
            DeleteEip => "InternalError InvalidParameter ResourceNotFound",
            DeleteEipAcl => "InternalError InvalidParameter",
            DescribeEipAcls => "InternalError InvalidParameter",
            DescribeEipQuota => "InternalError",
            DescribeEipTask => "InternalError",
            DescribeEips => "InternalError",
            ModifyEipAcl => "InternalError InvalidParameter",
            ModifyEipCharge => "InternalError InvalidParameter",
            ModifyEipName => "InternalError InvalidParameter",
            UnbindEipAcls => "InternalError InvalidParameter ResourceNotFound",
            UnbindHosted => "InternalError InvalidParameter ResourceNotFound",
            UnbindRs => "ResourceNotFound",
            UnbindRsList => "InternalError InvalidParameter",
            UnbindVpcIp => "ResourceNotFound",
        }
    }
}
