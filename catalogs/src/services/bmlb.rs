//! `bmlb` error codes, API version 2018-06-25.

tc_errors::tc_errors! {
    /// `bmlb` error codes, API version 2018-06-25.
    #[non_exhaustive]
    pub enum BmlbError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceNotFound" => _ / "资源不存在。",

        version "2018-06-25" {
            BindL4Backends => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            BindL7Backends => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            BindTrafficMirrorListeners => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            BindTrafficMirrorReceivers => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            CreateL4Listeners => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            CreateL7Listeners => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            CreateL7Rules => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            CreateLoadBalancers => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            CreateTrafficMirror => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DeleteL7Domains => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DeleteL7Rules => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DeleteListeners => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DeleteLoadBalancer => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DeleteTrafficMirror => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeCertDetail => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeDevicesBindInfo => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeL4Backends => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeL4ListenerInfo => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeL4Listeners => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeL7Backends => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeL7ListenerInfo => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeL7Listeners => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeL7ListenersEx => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeL7Rules => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeLoadBalancerPortInfo => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeLoadBalancerTaskResult => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeLoadBalancers => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeTrafficMirrorListeners => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeTrafficMirrorReceiverHealthStatus => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeTrafficMirrorReceivers => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            DescribeTrafficMirrors => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            ModifyL4BackendPort => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            ModifyL4BackendProbePort => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            ModifyL4BackendWeight => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            ModifyL4Listener => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            ModifyL7BackendPort => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            ModifyL7BackendWeight => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            ModifyL7Listener => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            ModifyL7Locations => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            ModifyLoadBalancer => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            ModifyLoadBalancerChargeMode => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            ReplaceCert => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            SetTrafficMirrorAlias => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            SetTrafficMirrorHealthSwitch => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            UnbindL4Backends => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            UnbindL7Backends => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            UnbindTrafficMirrorListeners => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            UnbindTrafficMirrorReceivers => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
            UploadCert => "FailedOperation InternalError InvalidParameter ResourceInUse ResourceNotFound",
        }
    }
}
