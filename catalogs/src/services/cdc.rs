//! `cdc` error codes, API version 2020-12-14.

tc_errors::tc_errors! {
    /// `cdc` error codes, API version 2020-12-14.
    #[non_exhaustive]
    pub enum CdcError {
        use common;

        "FailedOperation.CdcBindVpcFail" => "Failed to bind CDC with VPC." / "CDC绑定VPC失败。",
        "FailedOperation.FailDeleteSite" => "Failed to delete the site." / "删除site失败。",
        "FailedOperation.InvalidImageState" => _ / "镜像的状态不支持镜像同步",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter.ImageIsCachedInCdc" => _ / "当前镜像已经在本地专用集群中缓存",
        "InvalidParameter.ImageNotCacheInCdc" => _ / "当前镜像没有在本地专用集群中缓存",
        "InvalidParameter.InstanceTypeNotSupport" => "The model is not supported currently." / "该机型暂不支持。",
        "InvalidParameterValue" => "The parameter value is invalid." / "参数取值错误。",
        "InvalidParameterValue.InvalidAppIdFormat" => "The returned value of ccdb is not 0." / "无效的AppId",
        "InvalidParameterValue.InvalidValueDedicatedClusterCosSize" => "The COS size of CDC is incorrect." / "本地专用集群COS大小不正确。",
        "InvalidParameterValue.InvalidValueDedicatedClusterDataStepSize" => "The CBS size is incorrect. It must be an integral multiple of 40." / "CBS大小不正确，它必须是40的整数倍。",
        "InvalidParameterValue.InvalidValueRegion" => "The region is invalid." / "region无效。",
        "InvalidParameterValue.LimitExceeded" => "Exceeds the size limit." / "超出大小限制。",
        "InvalidParameterValue.Region" => "The Region ID is invalid." / "无效Region ID 。",
        "InvalidParameterValue.TooLong" => "The parameter name is too long." / "参数名过长。",
        "InvalidParameterValue.ZoneMismatchRegion" => "The zone and region do not match." / "zone和region不匹配。",
        "InvalidParameterValue.ZoneNotSupported" => "The current AZ is not supported." / "当前可用区暂未支持。",
        "LimitExceeded.CdcImageTaskQuota" => _ / "当前集群的镜像任务数量已达上限",
        "MissingParameter" => "Parameters are missing." / "缺少参数错误。",
        "MissingParameter.AtLeastOne" => "Enter at least one input parameter." / "至少输入一个入参。",
        "ResourceInsufficient.CloudDiskUnavailable" => "The capacity of cloud hard disk is insufficient." / "云硬盘余量不足。",
        "ResourceNotFound.InvalidDedicatedClusterId" => "The resource is not found." / "该资源没有找到。",
        "ResourceNotFound.InvalidDedicatedClusterOrderId" => "Please check whether the resource ID exists." / "请确认资源ID 是否存在。",
        "ResourceNotFound.InvalidDedicatedClusterTypeId" => "The resource is not found." / "该资源没有找到。",
        "ResourceNotFound.InvalidSiteId" => "The site equipment room is invalid." / "站点机房无效。",
        "UnsupportedOperation.NonCustomerAppIdNotSupport" => "Non-CUSTOMER type app id is not supported." / "不支持非CUSTOMER类型的app id。",
        "UnsupportedOperation.SyncCdcImageNotSupport" => _ / "账户不支持cdc镜像同步，需要先加白",

        version "2020-12-14" {
            CreateDedicatedCluster => "FailedOperation.CdcBindVpcFail InvalidParameterValue.TooLong InvalidParameterValue.ZoneMismatchRegion ResourceNotFound.InvalidSiteId",
            CreateDedicatedClusterImageCache => "InternalError InvalidParameter.ImageIsCachedInCdc LimitExceeded.CdcImageTaskQuota UnsupportedOperation.SyncCdcImageNotSupport",
            CreateDedicatedClusterOrder => "InvalidParameterValue InvalidParameterValue.InvalidValueDedicatedClusterCosSize InvalidParameterValue.InvalidValueDedicatedClusterDataStepSize ResourceNotFound.InvalidDedicatedClusterId ResourceNotFound.InvalidDedicatedClusterOrderId ResourceNotFound.InvalidDedicatedClusterTypeId UnsupportedOperation.NonCustomerAppIdNotSupport",
            CreateSite => "InvalidParameterValue.InvalidAppIdFormat InvalidParameterValue.TooLong",
            DeleteDedicatedClusterImageCache => "FailedOperation.InvalidImageState InternalError InvalidParameter.ImageNotCacheInCdc UnsupportedOperation.SyncCdcImageNotSupport",
            DeleteDedicatedClusters => "InvalidParameterValue.LimitExceeded ResourceNotFound.InvalidDedicatedClusterId",
            DeleteSites => "FailedOperation.FailDeleteSite InvalidParameterValue.LimitExceeded ResourceNotFound.InvalidSiteId",
            DescribeDedicatedClusterCbsStatistics => "FailedOperation.FailDeleteSite InvalidParameterValue.LimitExceeded ResourceNotFound.InvalidSiteId",
            DescribeDedicatedClusterCosCapacity => "InvalidParameterValue.InvalidAppIdFormat ResourceNotFound.InvalidDedicatedClusterId",
            DescribeDedicatedClusterHostStatistics => "InvalidParameter.InstanceTypeNotSupport InvalidParameterValue.InvalidAppIdFormat ResourceNotFound.InvalidDedicatedClusterId",
            DescribeDedicatedClusterHosts => "InvalidParameter.InstanceTypeNotSupport InvalidParameterValue.InvalidAppIdFormat ResourceNotFound.InvalidDedicatedClusterId",
            DescribeDedicatedClusterInstanceTypes => "InvalidParameterValue.InvalidAppIdFormat ResourceNotFound.InvalidDedicatedClusterId",
            DescribeDedicatedClusterOrders => "InvalidParameterValue InvalidParameterValue.InvalidAppIdFormat",
            DescribeDedicatedClusterOverview => "InvalidParameterValue InvalidParameterValue.InvalidAppIdFormat",
            DescribeDedicatedClusterTypes => "InvalidParameterValue InvalidParameterValue.InvalidAppIdFormat",
            DescribeDedicatedClusters => "InvalidParameterValue InvalidParameterValue.InvalidAppIdFormat InvalidParameterValue.LimitExceeded",
            DescribeDedicatedSupportedZones => "InvalidParameterValue.InvalidValueRegion InvalidParameterValue.Region InvalidParameterValue.ZoneMismatchRegion",
            DescribeSites => "InvalidParameterValue.InvalidValueRegion InvalidParameterValue.Region InvalidParameterValue.ZoneMismatchRegion",
            DescribeSitesDetail => "InvalidParameterValue.InvalidAppIdFormat",
            ModifyDedicatedClusterInfo => "InvalidParameterValue.TooLong InvalidParameterValue.ZoneMismatchRegion InvalidParameterValue.ZoneNotSupported MissingParameter MissingParameter.AtLeastOne ResourceInsufficient.CloudDiskUnavailable ResourceNotFound.InvalidDedicatedClusterId ResourceNotFound.InvalidSiteId",
            ModifyOrderStatus => "ResourceNotFound.InvalidDedicatedClusterOrderId",
            ModifySiteDeviceInfo => "MissingParameter.AtLeastOne",
            ModifySiteInfo => "InvalidParameterValue.TooLong MissingParameter.AtLeastOne",
        }
    }
}
