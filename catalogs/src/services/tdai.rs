//! `tdai` error codes, API version 2025-07-17.

tc_errors::tc_errors! {
    /// `tdai` error codes, API version 2025-07-17.
    #[non_exhaustive]
    pub enum TdaiError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.InvalidInstanceName" => _ / "错误实例名称",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "ResourceNotFound" => _ / "资源不存在。",
    }
}
