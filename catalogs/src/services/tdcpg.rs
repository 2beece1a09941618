//! `tdcpg` error codes, API version 2021-11-18.

tc_errors::tc_errors! {
    /// `tdcpg` error codes, API version 2021-11-18.
    #[non_exhaustive]
    pub enum TdcpgError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        #[kind(Transient)]
        "FailedOperation.DatabaseAccessError" => _ / "元数据库访问失败，请稍后重试。如果持续不成功，请联系客服进行处理。",
        #[kind(Transient)]
        "FailedOperation.FlowError" => _ / "创建流程失败,请稍后重试。如果持续不成功，请联系客服进行处理。",
        #[kind(Transient)]
        "FailedOperation.GetVpcFailed" => _ / "获取VPC信息异常，请稍后重试。如果持续不成功，请联系客服进行处理。",
        #[kind(Transient)]
        "FailedOperation.InternalServiceAccessError" => _ / "内部服务访问失败，请稍后重试。如果持续不成功，请联系客服。",
        "FailedOperation.PayModeInvalid" => _ / "当前的付费模式不支持此操作。",
        "FailedOperation.SpecNotChange" => _ / "规格没有变化，CPU/Memory至少升级一项。",
        "FailedOperation.SpecStorageLack" => _ / "对应规格的存储上限不够，无法满足当前集群的数据存储。",
        "FailedOperation.StatusError" => _ / "状态异常，不允许操作。",
        "FailedOperation.StoragePayModeInvalid" => _ / "当前存储的付费模式不支持此操作。",
        #[kind(Transient)]
        "FailedOperation.TaskConflict" => _ / "任务冲突，请稍后重试。如果持续不成功，请联系客服。",
        #[kind(Transient)]
        "FailedOperation.TradeAccessError" => _ / "请求计费服务异常，请稍后重试。如果持续不成功，请联系客服进行处理。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.AccountNotFound" => _ / "账号不存在。",
        "InvalidParameterValue.BackupDataPointInvalid" => _ / "未找到可回档的时间,请确认指定时间点是否在(创建集群时间点,当前时间点)之间。",
        "InvalidParameterValue.ClusterNotFound" => _ / "集群不存在。",
        "InvalidParameterValue.DatabaseVersionParamCountError" => _ / "数据库版本号相关参数数量错误。",
        "InvalidParameterValue.DealNameNotFound" => _ / "订单未找到。",
        "InvalidParameterValue.EndpointNotFound" => _ / "接入点不存在。",
        "InvalidParameterValue.IllegalInstanceName" => _ / "集群/实例名字非法，需要满足：长度在1-60个字符，只能由中文、字母、数字、'-'或'.'或'_'组成，区分大小写。",
        "InvalidParameterValue.IllegalPassword" => _ / "密码设置无效，需要满足： 8-64个字符，至少包含 大写字母、小写字母、数字和符号~!@#$%^&*_-+=`|(){}[]:;'<>,.?/中的任意三种",
        "InvalidParameterValue.InstanceNotFound" => _ / "实例不存在。",
        "InvalidParameterValue.InvalidDBVersion" => _ / "数据库版本信息无法被识别。",
        "InvalidParameterValue.InvalidDatabaseVersion" => _ / "数据库版本号相关参数不合法。",
        "InvalidParameterValue.InvalidParameterValueError" => _ / "传入的参数非法。",
        "InvalidParameterValue.InvalidSpec" => _ / "规格信息(CPU/Memory)信息无法被识别。",
        "InvalidParameterValue.ParameterOutRangeError" => _ / "参数不合法。",
        "InvalidParameterValue.RegionZoneUnavailable" => _ / "不支持当前地域/可用区的售卖。",
        "InvalidParameterValue.SourceBackupClusterIdInvalid" => _ / "使用的备份数据来源集群ID非法。",
        "InvalidParameterValue.StoragePoolNotFound" => _ / "集群对应的存储已经被删除。",
        "InvalidParameterValue.VpcDeniedError" => _ / "您没有权限操作该VPC网络。",
        "InvalidParameterValue.VpcNotFound" => _ / "未获取到VPC信息，请检查输入的VPC相关参数。",
        "InvalidParameterValue.VpcSubnetIpLack" => _ / "VPC子网中IP数量不够。",
        "LimitExceeded" => _ / "超过配额限制。",
        "LimitExceeded.ClusterInstanceLimit" => _ / "当前集群下实例数量超过限制。",
        "LimitExceeded.UserClusterLimit" => _ / "用户集群数量超过限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceUnavailable.InstanceStatusAbnormal" => _ / "当前集群/实例状态不允许操作。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnauthorizedOperation.PermissionDenied" => _ / "未经授权的操作。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2021-11-18" {
            CloneClusterToPointInTime => "AuthFailure FailedOperation FailedOperation.DatabaseAccessError FailedOperation.FlowError FailedOperation.GetVpcFailed FailedOperation.InternalServiceAccessError FailedOperation.SpecStorageLack FailedOperation.TradeAccessError InvalidParameterValue InvalidParameterValue.BackupDataPointInvalid InvalidParameterValue.IllegalInstanceName InvalidParameterValue.IllegalPassword InvalidParameterValue.InvalidDBVersion InvalidParameterValue.InvalidParameterValueError InvalidParameterValue.InvalidSpec InvalidParameterValue.RegionZoneUnavailable InvalidParameterValue.SourceBackupClusterIdInvalid InvalidParameterValue.StoragePoolNotFound InvalidParameterValue.VpcDeniedError InvalidParameterValue.VpcNotFound InvalidParameterValue.VpcSubnetIpLack LimitExceeded.ClusterInstanceLimit LimitExceeded.UserClusterLimit MissingParameter ResourceInsufficient UnauthorizedOperation UnknownParameter",
            CreateCluster => "AuthFailure FailedOperation FailedOperation.DatabaseAccessError FailedOperation.FlowError FailedOperation.GetVpcFailed FailedOperation.InternalServiceAccessError FailedOperation.PayModeInvalid FailedOperation.StoragePayModeInvalid FailedOperation.TradeAccessError InternalError InvalidParameter InvalidParameterValue InvalidParameterValue.DatabaseVersionParamCountError InvalidParameterValue.IllegalInstanceName InvalidParameterValue.IllegalPassword InvalidParameterValue.InvalidDBVersion InvalidParameterValue.InvalidDatabaseVersion InvalidParameterValue.InvalidParameterValueError InvalidParameterValue.InvalidSpec InvalidParameterValue.RegionZoneUnavailable InvalidParameterValue.VpcDeniedError InvalidParameterValue.VpcNotFound InvalidParameterValue.VpcSubnetIpLack LimitExceeded LimitExceeded.ClusterInstanceLimit LimitExceeded.UserClusterLimit MissingParameter OperationDenied ResourceUnavailable.InstanceStatusAbnormal UnauthorizedOperation UnauthorizedOperation.PermissionDenied UnknownParameter",
            CreateClusterInstances => "AuthFailure FailedOperation FailedOperation.DatabaseAccessError FailedOperation.FlowError FailedOperation.InternalServiceAccessError FailedOperation.PayModeInvalid FailedOperation.TradeAccessError InvalidParameterValue InvalidParameterValue.ClusterNotFound InvalidParameterValue.IllegalInstanceName InvalidParameterValue.InstanceNotFound InvalidParameterValue.InvalidParameterValueError InvalidParameterValue.InvalidSpec InvalidParameterValue.RegionZoneUnavailable LimitExceeded.ClusterInstanceLimit LimitExceeded.UserClusterLimit ResourceUnavailable.InstanceStatusAbnormal UnauthorizedOperation.PermissionDenied",
            DeleteCluster => "FailedOperation FailedOperation.DatabaseAccessError FailedOperation.FlowError InvalidParameterValue InvalidParameterValue.ClusterNotFound UnauthorizedOperation.PermissionDenied",
            DeleteClusterInstances => "FailedOperation FailedOperation.DatabaseAccessError FailedOperation.FlowError FailedOperation.StatusError FailedOperation.TaskConflict InvalidParameterValue InvalidParameterValue.ClusterNotFound InvalidParameterValue.InstanceNotFound InvalidParameterValue.InvalidParameterValueError UnauthorizedOperation.PermissionDenied",
            DescribeAccounts => "FailedOperation FailedOperation.DatabaseAccessError FailedOperation.InternalServiceAccessError InvalidParameterValue InvalidParameterValue.ClusterNotFound InvalidParameterValue.InvalidParameterValueError UnauthorizedOperation UnauthorizedOperation.PermissionDenied",
            DescribeClusterBackups => "FailedOperation FailedOperation.DatabaseAccessError FailedOperation.InternalServiceAccessError InvalidParameterValue.ClusterNotFound InvalidParameterValue.InvalidParameterValueError InvalidParameterValue.StoragePoolNotFound UnauthorizedOperation.PermissionDenied",
            DescribeClusterEndpoints => "FailedOperation FailedOperation.DatabaseAccessError InvalidParameter InvalidParameterValue InvalidParameterValue.InvalidParameterValueError UnauthorizedOperation UnauthorizedOperation.PermissionDenied",
            DescribeClusterInstances => "FailedOperation FailedOperation.DatabaseAccessError InvalidParameterValue InvalidParameterValue.InvalidParameterValueError UnauthorizedOperation UnauthorizedOperation.PermissionDenied",
            DescribeClusterRecoveryTimeRange => "FailedOperation FailedOperation.DatabaseAccessError FailedOperation.InternalServiceAccessError InvalidParameter InvalidParameterValue InvalidParameterValue.BackupDataPointInvalid InvalidParameterValue.ClusterNotFound InvalidParameterValue.InvalidParameterValueError InvalidParameterValue.StoragePoolNotFound MissingParameter OperationDenied UnauthorizedOperation UnauthorizedOperation.PermissionDenied UnknownParameter",
            DescribeClusters => "FailedOperation FailedOperation.DatabaseAccessError InvalidParameter InvalidParameterValue InvalidParameterValue.InvalidParameterValueError UnauthorizedOperation UnauthorizedOperation.PermissionDenied",
            DescribeResourcesByDealName => "FailedOperation FailedOperation.DatabaseAccessError InvalidParameterValue InvalidParameterValue.DealNameNotFound InvalidParameterValue.InvalidParameterValueError UnauthorizedOperation UnauthorizedOperation.PermissionDenied",
            IsolateCluster => "FailedOperation FailedOperation.DatabaseAccessError FailedOperation.FlowError FailedOperation.TradeAccessError InvalidParameter InvalidParameterValue InvalidParameterValue.ClusterNotFound InvalidParameterValue.InvalidParameterValueError MissingParameter OperationDenied UnauthorizedOperation UnauthorizedOperation.PermissionDenied UnknownParameter UnsupportedOperation",
            IsolateClusterInstances => "FailedOperation.DatabaseAccessError FailedOperation.FlowError FailedOperation.StatusError FailedOperation.TaskConflict FailedOperation.TradeAccessError InvalidParameterValue InvalidParameterValue.ClusterNotFound InvalidParameterValue.InstanceNotFound InvalidParameterValue.InvalidParameterValueError UnauthorizedOperation.PermissionDenied",
            ModifyAccountDescription => "FailedOperation FailedOperation.DatabaseAccessError InvalidParameter InvalidParameterValue InvalidParameterValue.AccountNotFound InvalidParameterValue.ClusterNotFound InvalidParameterValue.InstanceNotFound InvalidParameterValue.InvalidParameterValueError UnauthorizedOperation UnauthorizedOperation.PermissionDenied",
            ModifyClusterEndpointWanStatus => "FailedOperation FailedOperation.DatabaseAccessError FailedOperation.FlowError FailedOperation.StatusError InvalidParameterValue InvalidParameterValue.ClusterNotFound InvalidParameterValue.EndpointNotFound InvalidParameterValue.InvalidParameterValueError UnauthorizedOperation UnauthorizedOperation.PermissionDenied",
            ModifyClusterInstancesSpec => "FailedOperation FailedOperation.DatabaseAccessError FailedOperation.FlowError FailedOperation.InternalServiceAccessError FailedOperation.SpecNotChange FailedOperation.SpecStorageLack FailedOperation.StatusError FailedOperation.TaskConflict FailedOperation.TradeAccessError InvalidParameterValue InvalidParameterValue.ClusterNotFound InvalidParameterValue.InstanceNotFound InvalidParameterValue.InvalidParameterValueError InvalidParameterValue.InvalidSpec InvalidParameterValue.ParameterOutRangeError InvalidParameterValue.RegionZoneUnavailable ResourceUnavailable.InstanceStatusAbnormal UnauthorizedOperation.PermissionDenied",
            ModifyClusterName => "FailedOperation FailedOperation.DatabaseAccessError InvalidParameter InvalidParameterValue InvalidParameterValue.ClusterNotFound InvalidParameterValue.IllegalInstanceName InvalidParameterValue.InvalidParameterValueError UnauthorizedOperation UnauthorizedOperation.PermissionDenied",
            ModifyClustersAutoRenewFlag => "FailedOperation FailedOperation.DatabaseAccessError FailedOperation.PayModeInvalid InvalidParameterValue.ClusterNotFound InvalidParameterValue.InstanceNotFound InvalidParameterValue.InvalidParameterValueError ResourceUnavailable.InstanceStatusAbnormal UnauthorizedOperation UnauthorizedOperation.PermissionDenied",
            RecoverCluster => "AuthFailure FailedOperation FailedOperation.DatabaseAccessError FailedOperation.FlowError FailedOperation.TradeAccessError InvalidParameter InvalidParameterValue InvalidParameterValue.ClusterNotFound InvalidParameterValue.RegionZoneUnavailable UnauthorizedOperation UnauthorizedOperation.PermissionDenied",
            RecoverClusterInstances => "FailedOperation FailedOperation.DatabaseAccessError FailedOperation.FlowError FailedOperation.StatusError FailedOperation.TaskConflict FailedOperation.TradeAccessError InvalidParameterValue InvalidParameterValue.ClusterNotFound InvalidParameterValue.InstanceNotFound InvalidParameterValue.RegionZoneUnavailable UnauthorizedOperation.PermissionDenied",
            RenewCluster => "FailedOperation FailedOperation.DatabaseAccessError FailedOperation.PayModeInvalid FailedOperation.TradeAccessError InvalidParameterValue InvalidParameterValue.ClusterNotFound InvalidParameterValue.InstanceNotFound InvalidParameterValue.InvalidParameterValueError InvalidParameterValue.RegionZoneUnavailable ResourceUnavailable.InstanceStatusAbnormal",
            ResetAccountPassword => "FailedOperation FailedOperation.DatabaseAccessError FailedOperation.InternalServiceAccessError InvalidParameter InvalidParameterValue.AccountNotFound InvalidParameterValue.ClusterNotFound InvalidParameterValue.IllegalPassword InvalidParameterValue.InstanceNotFound ResourceUnavailable.InstanceStatusAbnormal UnauthorizedOperation.PermissionDenied",
            RestartClusterInstances => "FailedOperation FailedOperation.DatabaseAccessError FailedOperation.FlowError FailedOperation.InternalServiceAccessError InvalidParameterValue InvalidParameterValue.InstanceNotFound InvalidParameterValue.InvalidParameterValueError InvalidParameterValue.ParameterOutRangeError ResourceUnavailable.InstanceStatusAbnormal UnauthorizedOperation.PermissionDenied",
            TransformClusterPayMode => "FailedOperation FailedOperation.DatabaseAccessError FailedOperation.PayModeInvalid FailedOperation.TradeAccessError InvalidParameterValue InvalidParameterValue.ClusterNotFound InvalidParameterValue.InstanceNotFound InvalidParameterValue.InvalidParameterValueError InvalidParameterValue.RegionZoneUnavailable ResourceUnavailable.InstanceStatusAbnormal UnauthorizedOperation UnauthorizedOperation.PermissionDenied",
        }
    }
}
