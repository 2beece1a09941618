//! `alb` error codes, API version 2025-10-30.

tc_errors::tc_errors! {
    /// `alb` error codes, API version 2025-10-30.
    #[non_exhaustive]
    pub enum AlbError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "DryRunOperation" => _ / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.ResourceAlreadyExists" => _ / "资源已存在。",
        "FailedOperation.RuleAlreadyExists" => _ / "规则优先级已存在。",
        "InternalError" => _ / "内部错误。",
        "InvalidFilter" => _ / "无效的过滤器",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.InvalidClientToken" => _ / "ClientToken 格式无效。",
        "InvalidParameter.InvalidFieldFormat" => _ / "字段格式错误。",
        "InvalidParameter.InvalidFieldType" => _ / "字段类型错误。",
        "InvalidParameter.InvalidFieldValue" => _ / "字段值错误。",
        "InvalidParameter.InvalidQuotaCheckRequest" => _ / "配额检查请求无效。",
        "InvalidParameter.MissingAction" => _ / "缺少 Action 参数。",
        "InvalidParameter.MissingField" => _ / "请填写必要参数。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.BusinessParameterMismatch" => _ / "业务参数不一致。",
        "LimitExceeded" => _ / "超过配额限制。",
        "LimitExceeded.Quota" => _ / "配额超限。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "RegionError" => _ / "地域错误",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceInUse.LoadBalancerHasListeners" => _ / "实例下还存在监听器，无法删除。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceNotFound.Certificate" => _ / "证书未找到。",
        "ResourceNotFound.Listener" => _ / "监听器未找到。",
        "ResourceNotFound.LoadBalancer" => _ / "负载均衡资源不存在。",
        "ResourceNotFound.Rule" => _ / "转发规则未找到",
        "ResourceNotFound.TargetGroup" => _ / "目标组未找到。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "ResourceUnavailable.Certificate" => _ / "证书处于不可用状态（更新中/删除中）。",
        "ResourceUnavailable.Listener" => _ / "监听器处于不可用状态。",
        "ResourceUnavailable.LoadBalancer" => _ / "ALB状态不可用。",
        "ResourceUnavailable.PreviousTaskNotCompleted" => _ / "上个任务未完成。",
        "ResourceUnavailable.Rule" => _ / "规则状态不可用。",
        "ResourceUnavailable.TargetGroup" => _ / "目标组处于不可用状态",
        "ResourceUnavailable.UpstreamStatusBlocked" => _ / "上级资源状态阻断。",
        "ResourcesSoldOut" => _ / "资源售罄。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnauthorizedOperation.ServiceRoleUnauthorized" => _ / "服务角色未授权",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",
        "UnsupportedOperation.CertificateAlreadyBound" => _ / "监听器不允许绑定已绑定的证书。",
        "UnsupportedOperation.CertificateNotBound" => _ / "监听器不允许解绑未绑定的证书。",
        "UnsupportedOperation.DisassociateDefaultCertificate" => _ / "监听器不允许解绑默认证书。",
        "UnsupportedOperation.InvalidStateTransition" => _ / "无效的状态转换。",
        "UnsupportedOperation.ResourcesSoldOut" => _ / "资源不足。",
        "UnsupportedOperation.TargetGroupProtocolMismatch" => _ / "监听器协议与目标组后端转发协议不匹配",
        "UnsupportedOperation.UnsupportedProtocol" => _ / "监听器协议不支持此操作。",

        version "2025-10-30" {
            AddTargetsToTargetGroup => "",
            #[client_token]
            AssociateBandwidthPackageWithLoadBalancer => "",
            #[client_token]
            AssociateListenerAdditionalCertificates => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceInUse ResourceNotFound ResourceNotFound.Certificate ResourceNotFound.Listener ResourceNotFound.LoadBalancer ResourceUnavailable ResourceUnavailable.Certificate ResourceUnavailable.Listener UnauthorizedOperation UnknownParameter UnsupportedOperation UnsupportedOperation.CertificateAlreadyBound UnsupportedOperation.UnsupportedProtocol",
            CreateHealthCheckTemplate => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceInUse ResourceNotFound ResourceNotFound.Certificate ResourceNotFound.Listener ResourceNotFound.LoadBalancer ResourceUnavailable ResourceUnavailable.Certificate ResourceUnavailable.Listener UnauthorizedOperation UnknownParameter UnsupportedOperation UnsupportedOperation.CertificateAlreadyBound UnsupportedOperation.UnsupportedProtocol",
            #[client_token]
            CreateListener => "UnsupportedOperation.TargetGroupProtocolMismatch UnsupportedOperation.UnsupportedProtocol",
            #[client_token]
            CreateLoadBalancer => "InvalidParameter MissingParameter UnsupportedOperation UnsupportedOperation.ResourcesSoldOut",
            #[client_token]
            CreateRules => "AuthFailure DryRunOperation FailedOperation FailedOperation.ResourceAlreadyExists FailedOperation.RuleAlreadyExists InternalError InvalidFilter InvalidParameter InvalidParameter.InvalidClientToken InvalidParameter.InvalidFieldFormat InvalidParameter.InvalidFieldType InvalidParameter.InvalidFieldValue InvalidParameter.MissingAction InvalidParameter.MissingField InvalidParameterValue InvalidParameterValue.BusinessParameterMismatch LimitExceeded LimitExceeded.Quota MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceInUse ResourceNotFound ResourceNotFound.Listener ResourceNotFound.LoadBalancer ResourceNotFound.TargetGroup ResourceUnavailable ResourceUnavailable.Listener ResourceUnavailable.LoadBalancer ResourceUnavailable.PreviousTaskNotCompleted ResourceUnavailable.TargetGroup ResourceUnavailable.UpstreamStatusBlocked ResourcesSoldOut UnauthorizedOperation UnauthorizedOperation.ServiceRoleUnauthorized UnknownParameter UnsupportedOperation UnsupportedOperation.InvalidStateTransition",
            #[client_token]
            CreateSecurityPolicy => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameter.InvalidFieldValue InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded UnauthorizedOperation UnknownParameter UnsupportedOperation",
            CreateTargetGroup => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameter.InvalidFieldValue InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DeleteHealthCheckTemplates => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameter.InvalidFieldValue InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded UnauthorizedOperation UnknownParameter UnsupportedOperation",
            #[client_token]
            DeleteListener => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameter.InvalidFieldValue InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded UnauthorizedOperation UnknownParameter UnsupportedOperation",
            #[client_token]
            DeleteLoadBalancers => "MissingParameter ResourceInUse.LoadBalancerHasListeners",
            DeleteRules => "AuthFailure DryRunOperation InternalError InvalidParameter InvalidParameter.InvalidClientToken InvalidParameter.InvalidFieldFormat InvalidParameter.InvalidFieldType InvalidParameter.InvalidFieldValue InvalidParameter.MissingAction InvalidParameter.MissingField InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceInUse ResourceNotFound ResourceNotFound.Listener ResourceNotFound.LoadBalancer ResourceNotFound.Rule ResourceUnavailable ResourceUnavailable.Listener ResourceUnavailable.LoadBalancer ResourceUnavailable.PreviousTaskNotCompleted ResourceUnavailable.Rule ResourceUnavailable.UpstreamStatusBlocked UnauthorizedOperation UnauthorizedOperation.ServiceRoleUnauthorized UnknownParameter UnsupportedOperation",
            DeleteSecurityPolicy => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceInUse ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DeleteTargetGroups => "DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceInUse ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeAsyncJobs => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeHealthCheckTemplates => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeListenerCertificates => "AuthFailure InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeListenerDetail => "AuthFailure InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeListenerHealthStatus => "AuthFailure InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeListeners => "AuthFailure InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeLoadBalancerDetail => "AuthFailure InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeLoadBalancers => "AuthFailure InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeQuota => "AuthFailure InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeRules => "AuthFailure FailedOperation InternalError InvalidFilter InvalidParameter InvalidParameter.InvalidFieldType InvalidParameter.InvalidFieldValue InvalidParameter.MissingAction InvalidParameter.MissingField InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound ResourceNotFound.Listener ResourceNotFound.LoadBalancer ResourceNotFound.Rule UnauthorizedOperation UnauthorizedOperation.ServiceRoleUnauthorized UnknownParameter UnsupportedOperation",
            DescribeSecurityPolicies => "FailedOperation InternalError InvalidFilter InvalidParameter InvalidParameter.InvalidFieldValue InvalidParameterValue MissingParameter OperationDenied RegionError ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeSecurityPolicyCapabilities => "FailedOperation InternalError InvalidFilter InvalidParameter InvalidParameter.InvalidFieldValue InvalidParameterValue MissingParameter OperationDenied RegionError ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeSecurityPolicyRelations => "InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeSystemSecurityPolicies => "InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeTargetGroupTargets => "InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeTargetGroups => "InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeTargetGroupsByTarget => "InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeZones => "InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            #[client_token]
            DisassociateBandwidthPackageFromLoadBalancer => "InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            #[client_token]
            DisassociateListenerAdditionalCertificates => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceInUse ResourceNotFound ResourceNotFound.Listener ResourceNotFound.LoadBalancer ResourceUnavailable ResourceUnavailable.Certificate ResourceUnavailable.Listener UnauthorizedOperation UnknownParameter UnsupportedOperation UnsupportedOperation.CertificateNotBound UnsupportedOperation.DisassociateDefaultCertificate UnsupportedOperation.UnsupportedProtocol",
            InquirePriceCreateLoadBalancer => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceInUse ResourceNotFound ResourceNotFound.Listener ResourceNotFound.LoadBalancer ResourceUnavailable ResourceUnavailable.Certificate ResourceUnavailable.Listener UnauthorizedOperation UnknownParameter UnsupportedOperation UnsupportedOperation.CertificateNotBound UnsupportedOperation.DisassociateDefaultCertificate UnsupportedOperation.UnsupportedProtocol",
            ModifyHealthCheckTemplate => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceInUse ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            #[client_token]
            ModifyListenerAttributes => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceInUse ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyLoadBalancerAddressType => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceInUse ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            #[client_token]
            ModifyLoadBalancerAttributes => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceInUse ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyLoadBalancerModificationProtection => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyRulesAttributes => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameter.InvalidClientToken InvalidParameter.InvalidFieldType InvalidParameter.InvalidFieldValue InvalidParameter.InvalidQuotaCheckRequest InvalidParameter.MissingAction InvalidParameter.MissingField InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded ResourceInUse ResourceNotFound ResourceNotFound.Listener ResourceNotFound.LoadBalancer ResourceNotFound.Rule ResourceUnavailable ResourceUnavailable.Listener ResourceUnavailable.LoadBalancer ResourceUnavailable.Rule ResourceUnavailable.TargetGroup UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifySecurityPolicyAttributes => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyTargetGroupAttributes => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyTargetsInTargetGroup => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded UnauthorizedOperation UnknownParameter UnsupportedOperation",
            NotifyUnbindTarget => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded UnauthorizedOperation UnknownParameter UnsupportedOperation",
            RemoveTargetsFromTargetGroup => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded UnauthorizedOperation UnknownParameter UnsupportedOperation",
            SetLoadBalancerSecurityGroups => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RegionError RequestLimitExceeded UnauthorizedOperation UnknownParameter UnsupportedOperation",
        }
    }
}
