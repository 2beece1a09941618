//! `cdwch` error codes, API version 2020-09-15.

tc_errors::tc_errors! {
    /// `cdwch` error codes, API version 2020-09-15.
    #[non_exhaustive]
    pub enum CdwchError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.ClusterExecuteExceeded" => _ / "Action连接集群执行sql超时",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "UnknownParameter" => _ / "未知参数错误。",
    }
}
