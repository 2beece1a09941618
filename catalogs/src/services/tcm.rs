//! `tcm` error codes, API version 2021-04-13.

tc_errors::tc_errors! {
    /// `tcm` error codes, API version 2021-04-13.
    #[non_exhaustive]
    pub enum TcmError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.ClusterNoEnoughResource" => _ / "集群资源不足。",
        "FailedOperation.RBACForbidden" => _ / "Cluster RBAC权限限制。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "OperationDenied" => _ / "操作被拒绝。",
        "ResourceNotFound" => _ / "资源不存在。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2021-04-13" {
            CreateMesh => "FailedOperation FailedOperation.RBACForbidden InternalError InvalidParameter InvalidParameterValue LimitExceeded ResourceNotFound UnsupportedOperation",
            DeleteMesh => "FailedOperation FailedOperation.RBACForbidden InternalError InvalidParameter InvalidParameterValue OperationDenied ResourceNotFound",
            DescribeAccessLogConfig => "FailedOperation FailedOperation.RBACForbidden InternalError ResourceNotFound",
            DescribeMesh => "FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            DescribeMeshList => "FailedOperation InternalError InvalidParameter InvalidParameterValue",
            LinkClusterList => "FailedOperation FailedOperation.RBACForbidden InternalError InvalidParameter InvalidParameterValue LimitExceeded ResourceNotFound",
            LinkPrometheus => "AuthFailure FailedOperation FailedOperation.ClusterNoEnoughResource FailedOperation.RBACForbidden InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            ModifyAccessLogConfig => "FailedOperation FailedOperation.RBACForbidden InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            ModifyMesh => "FailedOperation FailedOperation.RBACForbidden InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            ModifyTracingConfig => "FailedOperation FailedOperation.RBACForbidden InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            UnlinkCluster => "FailedOperation FailedOperation.RBACForbidden InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            UnlinkPrometheus => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound UnsupportedOperation",
        }
    }
}
