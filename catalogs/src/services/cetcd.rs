//! `cetcd` error codes, API version 2022-03-25.

tc_errors::tc_errors! {
    /// `cetcd` error codes, API version 2022-03-25.
    #[non_exhaustive]
    pub enum CetcdError {
        use common;

        "FailedOperation.ResourceExistAlready" => _ / "资源已存在。",
        "InternalError" => _ / "内部错误。",
        "InternalError.DbRecordNotFound" => _ / "记录未找到。",
        "InternalError.UnexpectedInternal" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.Param" => _ / "参数错误。",
        "LimitExceeded.QuotaEtcdLimit" => _ / "etcd配额达到限制。",
        "OperationDenied" => _ / "操作被拒绝。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "ResourceUnavailable.PrometheusStatusError" => _ / "Prometheus状态异常。",
        "UnauthorizedOperation.CamNoAuth" => _ / "CAM权限校验失败。",
        "UnsupportedOperation" => _ / "操作不支持。",
    }
}
