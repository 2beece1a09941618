//! `gwlb` error codes, API version 2024-09-06.

tc_errors::tc_errors! {
    /// `gwlb` error codes, API version 2024-09-06.
    #[non_exhaustive]
    pub enum GwlbError {
        use common;

        "FailedOperation" => "Operation failed." / "操作失败。",
        "FailedOperation.ResourceInOperating",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameter.FormatError",
        "InvalidParameter.RegionNotFound",
        "InvalidParameterValue" => "Invalid parameter value." / "参数取值错误。",
        "InvalidParameterValue.Duplicate" => "The same value exists." / "存在相同的值。",
        "InvalidParameterValue.InvalidFilter" => _ / "Filter参数输入错误。",
        "InvalidParameterValue.Length",
        "InvalidParameterValue.Range" => _ / "输入参数值不在合法的范围内。",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",

        version "2024-09-06" {
            AssociateTargetGroups => "FailedOperation FailedOperation.ResourceInOperating InternalError InvalidParameter InvalidParameterValue LimitExceeded UnauthorizedOperation",
            CreateGatewayLoadBalancer => "InvalidParameter.FormatError InvalidParameterValue.Length",
            CreateTargetGroup => "FailedOperation InternalError InvalidParameter InvalidParameter.FormatError InvalidParameterValue LimitExceeded UnauthorizedOperation",
            DeleteGatewayLoadBalancer => "InvalidParameter.FormatError",
            DeleteTargetGroups => "FailedOperation InternalError InvalidParameter InvalidParameterValue UnauthorizedOperation",
            DeregisterTargetGroupInstances => "FailedOperation FailedOperation.ResourceInOperating InternalError InvalidParameter InvalidParameterValue UnauthorizedOperation",
            DescribeGatewayLoadBalancers => "InvalidParameter.FormatError InvalidParameterValue.InvalidFilter InvalidParameterValue.Length",
            DescribeGatewayLoadBalancersResources => "InvalidParameter.FormatError InvalidParameterValue.InvalidFilter InvalidParameterValue.Length",
            DescribeTargetGroupInstanceStatus => "InvalidParameter.FormatError InvalidParameterValue.InvalidFilter InvalidParameterValue.Length",
            DescribeTargetGroupInstances => "FailedOperation InternalError InvalidParameter InvalidParameterValue InvalidParameterValue.Range UnauthorizedOperation",
            DescribeTargetGroupList => "InternalError InvalidParameter InvalidParameter.FormatError InvalidParameterValue InvalidParameterValue.Range UnauthorizedOperation",
            DescribeTargetGroups => "FailedOperation InternalError InvalidParameter InvalidParameterValue UnauthorizedOperation",
            DescribeTaskStatus => "FailedOperation InternalError InvalidParameter InvalidParameter.RegionNotFound",
            DisassociateTargetGroups => "FailedOperation FailedOperation.ResourceInOperating InternalError InvalidParameter InvalidParameterValue UnauthorizedOperation",
            InquirePriceCreateGatewayLoadBalancer => "FailedOperation FailedOperation.ResourceInOperating InternalError InvalidParameter InvalidParameterValue UnauthorizedOperation",
            ModifyGatewayLoadBalancerAttribute => "InvalidParameter.FormatError InvalidParameterValue InvalidParameterValue.Duplicate",
            ModifyTargetGroupAttribute => "FailedOperation InternalError InvalidParameter InvalidParameterValue UnauthorizedOperation",
            ModifyTargetGroupInstancesWeight => "FailedOperation FailedOperation.ResourceInOperating InternalError InvalidParameter InvalidParameterValue UnauthorizedOperation",
            RegisterTargetGroupInstances => "FailedOperation FailedOperation.ResourceInOperating InternalError InvalidParameter InvalidParameterValue LimitExceeded UnauthorizedOperation",
        }
    }
}
