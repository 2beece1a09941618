//! `portal` error codes, API version 2023-04-13.

tc_errors::tc_errors! {
    /// `portal` error codes, API version 2023-04-13.
    #[non_exhaustive]
    pub enum PortalError {
        use common;

        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",

        version "2023-04-13" {
            SearchDocuments => "InvalidParameter InvalidParameterValue",
        }
    }
}
