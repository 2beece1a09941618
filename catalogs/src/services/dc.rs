//! `dc` error codes, API version 2018-04-10.

tc_errors::tc_errors! {
    /// `dc` error codes, API version 2018-04-10.
    #[non_exhaustive]
    pub enum DcError {
        use common;

        "AuthFailure" => "CAM signature/authentication error" / "CAM签名/鉴权错误。",
        "AuthFailure.UnauthorizedOperation" => "Unauthorized operation: CAM signature or authentication error." / "CAM签名/鉴权错误，未授权的操作。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "InternalError" => "An internal error occurred." / "内部错误。",
        "InvalidParameter" => "Invalid parameter." / "参数错误。",
        "InvalidParameter.AddressError" => "Wrong IP address." / "互联IP错误。",
        "InvalidParameter.DirectConnectIdIsNotUin" => "The connection does not belong to this account." / "物理专线不属于该账号。",
        "InvalidParameter.UinIsNotExist" => "The account ID does not exist." / "该账号ID不存在。",
        "InvalidParameter.VlanConflict" => "VLAN conflict." / "vlan冲突。",
        "InvalidParameterValue" => "The parameter value is invalid." / "参数取值错误。",
        "InvalidParameterValue.VlanConfLict" => "VLAN conflict." / "vlan冲突。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "LimitExceeded.DirectConnectLimitExceeded" => "The number of connections has reached the upper limit." / "物理专线数已达上限。",
        "LimitExceeded.DirectConnectTunnelLimitExceeded" => "The number of the dedicated tunnels of the connection has reached the upper limit." / "物理专线的专用通道数已达上限。",
        "MissingParameter" => "Missing parameter." / "缺少参数错误。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceInUse.DcVpcIsExist" => "The connection VPC already exists." / "物理专线的vpc已经存在。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceNotFound.DirectConnectTunnelIdIsNotExist" => "The dedicated tunnel does not exist." / "专用通道不存在。",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",
        "ResourceUnavailable.InsufficientBalance" => "Your account is in arrears, and the service cannot be activated. Please top up your account first." / "对不起您的账号已欠费，欠费状态下无法开通产品，请您先行充值。",
        "UnauthorizedOperation" => "The operation is unauthorized." / "未授权操作。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => "Unsupported operation." / "操作不支持。",
        "UnsupportedOperation.CrossBorderDirectConnectTunnel" => "Cross-border dedicated tunnel is not allowed. Please contact us." / "不允许创建跨境专用通道，请您联系我们。",
        "UnsupportedOperation.StateConfLict" => "Status conflict." / "状态冲突。",

        version "2018-04-10" {
            AcceptDirectConnectTunnel => "InternalError InvalidParameter MissingParameter ResourceNotFound ResourceNotFound.DirectConnectTunnelIdIsNotExist UnsupportedOperation.StateConfLict",
            ApplyInternetAddress => "LimitExceeded",
            CreateCloudAttachService => "InternalError InvalidParameter LimitExceeded ResourceNotFound UnsupportedOperation UnsupportedOperation.StateConfLict",
            CreateDirectConnect => "InternalError LimitExceeded LimitExceeded.DirectConnectLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            CreateDirectConnectTunnel => "InternalError InvalidParameter InvalidParameter.AddressError InvalidParameter.DirectConnectIdIsNotUin InvalidParameter.UinIsNotExist InvalidParameter.VlanConflict InvalidParameterValue InvalidParameterValue.VlanConfLict LimitExceeded LimitExceeded.DirectConnectLimitExceeded LimitExceeded.DirectConnectTunnelLimitExceeded MissingParameter ResourceInUse.DcVpcIsExist ResourceUnavailable.InsufficientBalance UnsupportedOperation UnsupportedOperation.CrossBorderDirectConnectTunnel",
            DeleteDirectConnect => "FailedOperation InternalError InvalidParameter InvalidParameter.DirectConnectIdIsNotUin InvalidParameterValue ResourceNotFound UnauthorizedOperation UnsupportedOperation UnsupportedOperation.StateConfLict",
            DeleteDirectConnectTunnel => "InternalError InvalidParameter ResourceNotFound ResourceNotFound.DirectConnectTunnelIdIsNotExist UnsupportedOperation UnsupportedOperation.StateConfLict",
            DescribeAccessPoints => "InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnsupportedOperation",
            DescribeDirectConnectTunnelExtra => "InternalError ResourceNotFound ResourceNotFound.DirectConnectTunnelIdIsNotExist",
            DescribeDirectConnectTunnels => "AuthFailure AuthFailure.UnauthorizedOperation InternalError ResourceNotFound ResourceNotFound.DirectConnectTunnelIdIsNotExist",
            DescribeDirectConnects => "InternalError InvalidParameter InvalidParameterValue ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DescribeInternetAddress => "InternalError InvalidParameter InvalidParameterValue ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DescribeInternetAddressQuota => "InternalError InvalidParameter InvalidParameterValue ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DescribeInternetAddressStatistics => "InternalError InvalidParameter InvalidParameterValue ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DescribePublicDirectConnectTunnelRoutes => "InternalError InvalidParameter ResourceNotFound ResourceNotFound.DirectConnectTunnelIdIsNotExist",
            DisableInternetAddress => "InternalError InvalidParameter ResourceNotFound ResourceNotFound.DirectConnectTunnelIdIsNotExist",
            EnableInternetAddress => "InternalError InvalidParameter ResourceNotFound ResourceNotFound.DirectConnectTunnelIdIsNotExist",
            ModifyDirectConnectAttribute => "InternalError InvalidParameter InvalidParameter.DirectConnectIdIsNotUin InvalidParameterValue ResourceNotFound ResourceUnavailable.InsufficientBalance UnauthorizedOperation UnsupportedOperation",
            ModifyDirectConnectTunnelAttribute => "FailedOperation InternalError InvalidParameter MissingParameter ResourceNotFound.DirectConnectTunnelIdIsNotExist UnsupportedOperation.StateConfLict",
            ModifyDirectConnectTunnelExtra => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceInUse ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            RejectDirectConnectTunnel => "InternalError InvalidParameter ResourceNotFound.DirectConnectTunnelIdIsNotExist UnauthorizedOperation UnsupportedOperation.StateConfLict",
            ReleaseInternetAddress => "InternalError InvalidParameter ResourceNotFound.DirectConnectTunnelIdIsNotExist UnauthorizedOperation UnsupportedOperation.StateConfLict",
        }
    }
}
