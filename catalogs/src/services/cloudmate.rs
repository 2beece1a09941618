//! `cloudmate` error codes, API version 2025-10-30.

tc_errors::tc_errors! {
    /// `cloudmate` error codes, API version 2025-10-30.
    #[non_exhaustive]
    pub enum CloudmateError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue.OutOfRange" => _ / "参数内容超出限制",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceNotFound.WorkspaceNotExist" => _ / "空间不存在",

        version "2025-10-30" {
            CloudMateAgent => "FailedOperation InvalidParameter InvalidParameterValue.OutOfRange ResourceNotFound ResourceNotFound.WorkspaceNotExist",
        }
    }
}
