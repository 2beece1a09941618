//! `tke` error codes, API version 2022-05-01.

tc_errors::tc_errors! {
    /// `tke` error codes, API version 2022-05-01.
    #[non_exhaustive]
    pub enum TkeError {
        use common;

        "FailedOperation" => "Operation failed." / "操作失败。",
        "InternalError" => "Internal error." / "内部错误。",
        "InternalError.CamNoAuth" => _ / "没有权限。",
        "InternalError.Db" => "db error." / "db错误。",
        "InternalError.DbAffectivedRows" => "DB error." / "DB错误。",
        "InternalError.DbRecordNotFound" => "Record not found." / "记录未找到。",
        "InternalError.InitMasterFailed" => "Initializing Master failed." / "初始化master失败。",
        "InternalError.Param" => "Param error." / "参数错误。",
        "InternalError.PublicClusterOpNotSupport" => "Public clusters do not support node expansion." / "集群不支持当前操作。",
        "InternalError.QuotaMaxClsLimit" => _ / "超过配额限制。",
        "InternalError.QuotaMaxNodLimit" => _ / "超过配额限制。",
        "InternalError.UnexceptedInternal" => "Internal error." / "内部错误。",
        "InternalError.UnexpectedInternal" => "Unknown internal error." / "未知的内部错误。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameter.ClusterNotFound" => "The cluster ID does not exist." / "集群ID不存在。",
        "InvalidParameter.Param" => "Parameter error." / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "ResourceInUse" => "The resource is occupied." / "资源被占用。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceNotFound.ClusterNotFound" => "The cluster does not exist." / "集群不存在。",
        "ResourceUnavailable.ClusterState" => "The cluster status does not support this operation." / "集群状态不支持该操作。",
        "UnauthorizedOperation.CamNoAuth" => _ / "无该接口CAM权限。",
        "UnknownParameter" => "Unknown parameter error." / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",
    }
}
