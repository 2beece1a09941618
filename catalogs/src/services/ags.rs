//! `ags` error codes, API version 2025-09-20.

tc_errors::tc_errors! {
    /// `ags` error codes, API version 2025-09-20.
    #[non_exhaustive]
    pub enum AgsError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "AuthFailure.UnauthorizedOperation" => _ / "请求未CAM授权",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.DependencyUnavailable" => _ / "依赖服务不可用或超时",
        "FailedOperation.DuplicateRequest" => _ / "重复请求（幂等性检查）",
        "FailedOperation.RequestInProgress" => _ / "请求正在处理中（幂等性检查）",
        "FailedOperation.StorageMount" => _ / "沙箱实例存储配置挂载失败",
        "InternalError" => _ / "内部错误。",
        "InternalError.NetworkSetupFailed" => _ / "网络初始化失败",
        "InternalError.Unknown" => _ / "未分类内部错误",
        "InternalError.VPCServiceUnavailable" => _ / "VPC服务不可用",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.InstanceIds" => _ / "InstanceIds 参数格式错误或 ID 列表超过最大数量限制",
        "InvalidParameterValue.MountOption" => _ / "MountOption部分参数填写错误",
        "InvalidParameterValue.RoleArn" => _ / "Role Arn格式不满足腾讯云规范",
        "InvalidParameterValue.SandboxTool" => _ / "沙箱工具名称不可用，可能是已经存在",
        "InvalidParameterValue.SecurityGroupId" => _ / "安全组ID格式错误",
        "InvalidParameterValue.StorageMount" => _ / "StorageMount部分参数错误",
        "InvalidParameterValue.SubnetId" => _ / "子网ID格式错误",
        "InvalidParameterValue.Timeout" => _ / "超时时间格式错误或超过最大限制",
        "InvalidParameterValue.ToolIds" => _ / "ToolIds 参数格式错误或 ID 列表超过最大数量限制",
        "InvalidParameterValue.ToolType" => _ / "不支持的沙箱工具类型",
        "LimitExceeded.APIKeyQuota" => _ / "账号下 API 密钥数量达到上限",
        "LimitExceeded.SandboxInstance" => _ / "沙箱实例配额超限",
        "MissingParameter" => _ / "缺少参数错误。",
        "MissingParameter.RoleArn" => _ / "缺少角色Arn",
        "MissingParameter.VPCParameters" => _ / "VPC网络模式缺少必需参数",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceInUse.SandboxTool" => _ / "沙箱工具正在使用中",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceNotFound.SandboxInstance" => _ / "沙箱实例不存在",
        "ResourceNotFound.SandboxTool" => _ / "沙箱工具不存在",
        "ResourceNotFound.SecurityGroup" => _ / "安全组不存在或不属于用户",
        "ResourceNotFound.StorageMount" => _ / "指定的StorageMount不存在",
        "ResourceNotFound.Subnet" => _ / "子网不存在或不属于用户",
        "ResourceUnavailable" => _ / "资源不可用。",
        "ResourceUnavailable.SandboxTool" => _ / "沙箱工具不可用",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnsupportedOperation" => _ / "操作不支持。",
        "UnsupportedOperation.SandboxInstance" => _ / "实例状态不允许修改（只有RUNNING状态的实例可以修改）",

        version "2025-09-20" {
            AcquireSandboxInstanceToken => "FailedOperation InternalError InvalidParameter InvalidParameterValue UnauthorizedOperation UnsupportedOperation",
            CreateAPIKey => "FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded.APIKeyQuota UnsupportedOperation",
            CreatePreCacheImageTask => "InternalError InvalidParameter MissingParameter",
            #[client_token]
            CreateSandboxTool => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation.DependencyUnavailable FailedOperation.DuplicateRequest FailedOperation.RequestInProgress InternalError InternalError.NetworkSetupFailed InternalError.Unknown InternalError.VPCServiceUnavailable InvalidParameter InvalidParameterValue.RoleArn InvalidParameterValue.SandboxTool InvalidParameterValue.SecurityGroupId InvalidParameterValue.StorageMount InvalidParameterValue.SubnetId InvalidParameterValue.Timeout InvalidParameterValue.ToolType MissingParameter MissingParameter.RoleArn MissingParameter.VPCParameters ResourceNotFound ResourceNotFound.SecurityGroup ResourceNotFound.StorageMount ResourceNotFound.Subnet ResourceUnavailable UnsupportedOperation",
            DeleteAPIKey => "FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound UnsupportedOperation",
            DeleteSandboxTool => "InternalError InvalidParameter ResourceInUse.SandboxTool ResourceNotFound.SandboxTool",
            DescribeAPIKeyList => "FailedOperation InternalError InvalidParameter InvalidParameterValue UnsupportedOperation",
            DescribePreCacheImageTask => "InternalError InvalidParameter MissingParameter",
            DescribeSandboxInstanceList => "InternalError InvalidParameter InvalidParameterValue.InstanceIds MissingParameter",
            DescribeSandboxToolList => "InternalError InvalidParameter InvalidParameterValue.ToolIds MissingParameter",
            PauseSandboxInstance => "InternalError InvalidParameter MissingParameter ResourceNotFound.SandboxInstance",
            ResumeSandboxInstance => "InternalError InvalidParameter MissingParameter ResourceNotFound.SandboxInstance",
            #[client_token]
            StartSandboxInstance => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation.DependencyUnavailable FailedOperation.DuplicateRequest FailedOperation.RequestInProgress FailedOperation.StorageMount InternalError InternalError.Unknown InvalidParameter InvalidParameterValue.MountOption InvalidParameterValue.StorageMount InvalidParameterValue.Timeout LimitExceeded.SandboxInstance MissingParameter MissingParameter.RoleArn ResourceInUse ResourceNotFound ResourceNotFound.SandboxTool ResourceNotFound.StorageMount ResourceUnavailable ResourceUnavailable.SandboxTool UnsupportedOperation",
            StopSandboxInstance => "InternalError InvalidParameter MissingParameter ResourceNotFound.SandboxInstance",
            UpdateSandboxInstance => "FailedOperation.DependencyUnavailable FailedOperation.RequestInProgress InternalError InternalError.Unknown InvalidParameter InvalidParameterValue.Timeout MissingParameter ResourceNotFound ResourceNotFound.SandboxInstance ResourceUnavailable UnsupportedOperation.SandboxInstance",
            UpdateSandboxTool => "AuthFailure.UnauthorizedOperation FailedOperation.DependencyUnavailable InternalError InternalError.Unknown InvalidParameter MissingParameter ResourceNotFound ResourceNotFound.SandboxTool ResourceUnavailable",
        }
    }
}
