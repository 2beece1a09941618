//! `dbdc` error codes, API version 2020-10-29.

tc_errors::tc_errors! {
    /// `dbdc` error codes, API version 2020-10-29.
    #[non_exhaustive]
    pub enum DbdcError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "AuthFailure.UnauthorizedOperation" => _ / "请求未授权。请参考 CAM 文档对鉴权的说明。",
        "DryRunOperation" => _ / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.ModifyResourceInfoError" => _ / "修改资源信息失败。",
        #[kind(Transient)]
        "FailedOperation.OssAccessError" => _ / "访问管控服务失败，请稍后重试。如果持续不成功，请联系客服进行处理。",
        "FailedOperation.QueryResourceError" => _ / "查询资源信息失败。",
        "FailedOperation.QuerySpecInfoError" => _ / "获取独享集群规格信息失败。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.InvalidParameterValueError" => _ / "参数值传入错误。",
        "InvalidParameterValue.ParameterError" => _ / "参数错误",
        "InvalidParameterValue.ResourceParameterError" => _ / "集群的参数非法。",
        "ResourceNotFound.FetchResourceError" => _ / "获取资源失败，AppId：{{1}}，ResourceId：{{2}}。",
        "ResourceNotFound.FetchResourceListError" => _ / "获取资源列表失败，ErrMsg：{{1}}。",
        "ResourceUnavailable.ResourceStatusAbnormalError" => _ / "资源状态异常。",

        version "2020-10-29" {
            AddNodesToDBCustomCluster => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            CheckRoleAuthorized => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue.ParameterError",
            #[client_token]
            CreateDBCustomCluster => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            #[client_token]
            CreateDBCustomNodes => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBCustomClusterDetail => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBCustomClusterKubeconfig => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBCustomClusterNodeConfig => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBCustomClusterNodeResources => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBCustomClusterNodes => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBCustomClusterResources => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBCustomClusters => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBCustomImages => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBCustomNodeSecurityGroups => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBCustomNodeTypes => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBCustomNodes => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBCustomRegions => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBCustomTaskStatus => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBCustomZones => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DescribeDBInstances => "AuthFailure DryRunOperation FailedOperation FailedOperation.OssAccessError FailedOperation.QueryResourceError InvalidParameterValue InvalidParameterValue.InvalidParameterValueError",
            DescribeHostList => "AuthFailure DryRunOperation FailedOperation.QueryResourceError FailedOperation.QuerySpecInfoError InvalidParameterValue.InvalidParameterValueError ResourceUnavailable.ResourceStatusAbnormalError",
            DescribeInstanceDetail => "AuthFailure DryRunOperation FailedOperation.QueryResourceError FailedOperation.QuerySpecInfoError InvalidParameterValue.InvalidParameterValueError",
            DescribeInstanceList => "AuthFailure DryRunOperation FailedOperation.QueryResourceError FailedOperation.QuerySpecInfoError InvalidParameterValue.InvalidParameterValueError",
            DescribeInstances => "AuthFailure InvalidParameterValue.ResourceParameterError ResourceNotFound.FetchResourceError ResourceNotFound.FetchResourceListError",
            DestroyDBCustomCluster => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            DestroyDBCustomNode => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            IsolateDBCustomNode => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            ModifyDBCustomClusterAttributes => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            ModifyDBCustomClusterNodeConfig => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            ModifyDBCustomClusterTags => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            ModifyDBCustomNodeAttributes => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            ModifyDBCustomNodeSecurityGroups => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            ModifyDBCustomNodeTags => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            ModifyInstanceName => "AuthFailure DryRunOperation FailedOperation.ModifyResourceInfoError FailedOperation.QueryResourceError InvalidParameterValue.InvalidParameterValueError",
            RemoveNodesFromDBCustomCluster => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
            RenewDBCustomNode => "AuthFailure AuthFailure.UnauthorizedOperation FailedOperation InvalidParameterValue",
        }
    }
}
