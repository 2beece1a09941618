//! `edgezone` error codes, API version 2026-04-01.

tc_errors::tc_errors! {
    /// `edgezone` error codes, API version 2026-04-01.
    #[non_exhaustive]
    pub enum EdgezoneError {
        use common;

        "FailedOperation" => "Operation failed.",
        "FailedOperation.IpStillBoundToServer" => "IP is still bound to the physical server. Terminate the physical machine before releasing the IP.",
        "FailedOperation.NotSupportedForDynamicInstance" => "The instance is in BGP/OSPF mode, with IPs automatically assigned or released by the system. No application is required to assign or release IPs.",
        "FailedOperation.PrivateInstanceDuplicate" => "A private network instance with this AppId already exists in the specified availability zone.",
        "FailedOperation.PublicInstanceDuplicate" => "A public network instance for this AppId already exists in the specified availability zone.",
        "InternalError" => "Internal error.",
        "InvalidParameter" => "Parameter error.",
        "InvalidParameter.InvalidQuota" => "**BGP/OSPF mode**: The quota value is not in valid range.",
        "InvalidParameter.ParamError" => "Parameter error.",
        "InvalidParameterValue" => "Parameter value error.",
        "InvalidParameterValue.InvalidNetwork" => "Invalid subnet address format",
        "InvalidParameterValue.PublicIpNotAvailable" => "The specified IPv4 is NOT_IN the instance or never applied for (Type=ipv4).",
        "InvalidParameterValue.PublicIpv6NotAvailable" => "The specified IPv6 is NOT_IN the instance or never applied for (Type=ipv6).",
        "LimitExceeded.InstanceQuota",
        "LimitExceeded.Ipv6QuotaExceeded" => "The number of Ipv6 addresses applied for exceeds the quota limit.",
        "LimitExceeded.Ipv6QuotaNotConfigured" => "The user has no configuration for IPv6 quota in the availability zone (Type=ipv6).",
        "LimitExceeded.QuotaExceeded" => "The number of Ipv4 addresses applied for exceeds the quota limit.",
        "LimitExceeded.QuotaNotConfigured" => "**BGP/OSPF mode**: The user has no IPv4 quota configuration in this availability zone.",
        "ResourceInUse.PrivateInstanceInUse" => "The instance still has server binding. Release all physical machines first.",
        "ResourceInUse.PublicInstanceInUse" => "The instance still has server or Ip binding. Release all physical machines or IPs first.",
        "ResourceInsufficient" => "Insufficient resources.",
        "ResourceInsufficient.NoAvailableCidr" => "**BGP/OSPF mode**: No idle CIDR block (/26 or /25) is allocatable in the availability zone.",
        "ResourceInsufficient.PublicIpInsufficient" => "Insufficient remaining IPv4 addresses",
        "ResourceInsufficient.PublicIpv6Insufficient" => "Insufficient remaining IPv6 addresses",
        "ResourceNotFound.Instance" => "Physical machine instance does not exist",
        "ResourceNotFound.PrivateInstanceNotFound" => "The designated private network instance does not exist",
        "ResourceNotFound.PublicInstanceNotFound" => "The specified public network instance does not exist",
        "UnauthorizedOperation.PermissionDenied" => "AppId does not match the instance ownership",
        "UnsupportedOperation.InvalidInstanceState",

        version "2026-04-01" {
            ApplyPublicIps => "FailedOperation.NotSupportedForDynamicInstance InternalError InvalidParameter LimitExceeded.Ipv6QuotaExceeded LimitExceeded.Ipv6QuotaNotConfigured LimitExceeded.QuotaExceeded LimitExceeded.QuotaNotConfigured ResourceInsufficient.PublicIpInsufficient ResourceInsufficient.PublicIpv6Insufficient",
            CreateInstances => "FailedOperation InvalidParameterValue LimitExceeded.InstanceQuota ResourceInsufficient",
            CreatePrivateNetworkInstance => "FailedOperation.PrivateInstanceDuplicate InternalError InvalidParameter InvalidParameterValue.InvalidNetwork",
            CreatePublicNetworkInstance => "FailedOperation.PublicInstanceDuplicate InvalidParameter InvalidParameter.InvalidQuota LimitExceeded.QuotaNotConfigured ResourceInsufficient.NoAvailableCidr",
            DeletePrivateNetworkInstance => "InternalError InvalidParameter ResourceInUse.PrivateInstanceInUse ResourceNotFound.PrivateInstanceNotFound",
            DeletePublicNetworkInstance => "InternalError InvalidParameter ResourceInUse.PublicInstanceInUse ResourceNotFound.PublicInstanceNotFound",
            DescribeInstanceTypes => "InternalError InvalidParameter ResourceInUse.PublicInstanceInUse ResourceNotFound.PublicInstanceNotFound",
            DescribeInstances => "InternalError InvalidParameter ResourceInUse.PublicInstanceInUse ResourceNotFound.PublicInstanceNotFound",
            DescribePrivateNetworkInstances => "InternalError InvalidParameter",
            DescribePublicIps => "InternalError InvalidParameter",
            DescribePublicNetworkInstances => "InternalError InvalidParameter ResourceNotFound.PublicInstanceNotFound",
            DescribeZoneData => "InternalError InvalidParameter.ParamError",
            DescribeZones => "InternalError InvalidParameter.ParamError",
            ModifyInstanceAttribute => "FailedOperation InvalidParameter ResourceNotFound.Instance",
            ModifyPrivateNetworkInstance => "InternalError InvalidParameter ResourceNotFound.PrivateInstanceNotFound",
            ModifyPublicNetworkInstance => "InternalError InvalidParameter ResourceNotFound.PublicInstanceNotFound",
            ReleasePublicIp => "FailedOperation.IpStillBoundToServer FailedOperation.NotSupportedForDynamicInstance InternalError InvalidParameter InvalidParameterValue.PublicIpNotAvailable InvalidParameterValue.PublicIpv6NotAvailable ResourceNotFound.PublicInstanceNotFound UnauthorizedOperation.PermissionDenied",
            TerminateInstances => "FailedOperation InternalError ResourceNotFound.Instance UnsupportedOperation.InvalidInstanceState",
        }
    }
}
