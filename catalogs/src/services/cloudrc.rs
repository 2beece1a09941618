//! `cloudrc` error codes, API version 2024-06-06.

tc_errors::tc_errors! {
    /// `cloudrc` error codes, API version 2024-06-06.
    #[non_exhaustive]
    pub enum CloudrcError {
        use common;

        "InvalidParameter.ApiParamError" => _ / "Api参数校验不通过",
        "ResourceNotFound.ResourceIdNotFound" => _ / "资源ID不存在",
        "ResourceNotFound.ViewIdNotFound" => _ / "视图ID不存在",

        version "2024-06-06" {
            DescribeResource => "ResourceNotFound.ResourceIdNotFound ResourceNotFound.ViewIdNotFound",
            SearchResources => "InvalidParameter.ApiParamError ResourceNotFound.ViewIdNotFound",
        }
    }
}
