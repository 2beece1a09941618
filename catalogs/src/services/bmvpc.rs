//! `bmvpc` error codes, API version 2018-06-25.

tc_errors::tc_errors! {
    /// `bmvpc` error codes, API version 2018-06-25.
    #[non_exhaustive]
    pub enum BmvpcError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "LimitExceeded.SpdAclLimit" => _ / "可创建的VPN通道SPD ACL数达到上限。",
        "LimitExceeded.SpdDnetLimit" => _ / "可创建的VPN通道SPD ACL目的地址数达到上限。",
        "LimitExceeded.SpdSnetLimit" => _ / "可创建的VPN通道SPD ACL源地址数达到上限。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceNotFound.CustomerGatewayNotExist" => _ / "对端网关不存在。",
        "ResourceNotFound.NotAvaible" => _ / "联通状态的通道才可以重置。",
        "ResourceNotFound.VpcNotExist" => _ / "VPC不存在。",
        "ResourceNotFound.VpcPeerNotExist" => _ / "对等连接不存在。",
        "ResourceNotFound.VpnConnNotExist" => _ / "VPN通道不存在。",
        "ResourceNotFound.VpnGwNotExist" => _ / "VPN网关不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnsupportedOperation" => _ / "操作不支持。",
        "UnsupportedOperation.CustomerGatewayAddrExist" => _ / "对端网关地址已存在。",
        "UnsupportedOperation.CustomerGatewayAddrInvalid" => _ / "对端网关地址不合法。",
        "UnsupportedOperation.InvalidVpcPeerState" => _ / "对等连接状态不正确。",
        "UnsupportedOperation.InvalidVpnConnState" => _ / "VPN通道状态不正确。",
        "UnsupportedOperation.SpdAclCidrInvalid" => _ / "SPD策略源目的地址冲突。",
        "UnsupportedOperation.SpdSnetNotInCidr" => _ / "SPD策略源地址不在VPC网段内。",
        "UnsupportedOperation.VpcCidrConfict" => _ / "对等连接CIDR冲突。",
        "UnsupportedOperation.VpcPeerExist" => _ / "对等连接已存在。",
        "UnsupportedOperation.VpnConnExist" => _ / "VPN通道已存在。",
        "UnsupportedOperation.VpnConnInUse" => _ / "存在VPN通道引用。",
    }
}
