//! `vdb` error codes, API version 2023-06-16.

tc_errors::tc_errors! {
    /// `vdb` error codes, API version 2023-06-16.
    #[non_exhaustive]
    pub enum VdbError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "UnauthorizedOperation" => _ / "未授权操作。",

        version "2023-06-16" {
            AssociateSecurityGroups => "AuthFailure FailedOperation InternalError InvalidParameter ResourceNotFound",
            CreateInstance => "AuthFailure FailedOperation InternalError InvalidParameter",
            DescribeDBSecurityGroups => "AuthFailure FailedOperation InternalError InvalidParameter ResourceNotFound",
            DescribeInstanceMaintenanceWindow => "AuthFailure FailedOperation InternalError InvalidParameter ResourceNotFound",
            DescribeInstanceNodes => "AuthFailure FailedOperation",
            DescribeInstances => "AuthFailure FailedOperation",
            DescribePriceCreateInstance => "AuthFailure FailedOperation InternalError",
            DescribePriceRenewInstance => "AuthFailure FailedOperation InternalError",
            DescribePriceResizeInstance => "AuthFailure FailedOperation InternalError",
            DestroyInstances => "AuthFailure FailedOperation",
            DisassociateSecurityGroups => "AuthFailure FailedOperation InternalError InvalidParameter ResourceNotFound",
            IsolateInstance => "AuthFailure FailedOperation InternalError InvalidParameter ResourceNotFound",
            ModifyDBInstanceSecurityGroups => "AuthFailure FailedOperation InternalError InvalidParameter LimitExceeded RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation",
            ModifyInstanceMaintenanceWindow => "AuthFailure FailedOperation InternalError InvalidParameter LimitExceeded RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation",
            RecoverInstance => "AuthFailure FailedOperation InternalError InvalidParameter LimitExceeded RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation",
            ScaleOutInstance => "AuthFailure FailedOperation InternalError InvalidParameter LimitExceeded RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation",
            ScaleUpInstance => "AuthFailure FailedOperation InternalError InvalidParameter LimitExceeded RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation",
        }
    }
}
