//! `vod` error codes, API version 2024-07-18.

tc_errors::tc_errors! {
    /// `vod` error codes, API version 2024-07-18.
    #[non_exhaustive]
    pub enum VodError {
        use common;

        "FailedOperation.BucketIdNotMatch" => "The application ID does not match the bucket ID." / "应用 ID 与存储桶 ID 不匹配。",
        "FailedOperation.BucketIncrementalMigrationStrategyDeploying" => "The incremental migration strategy for the bucket is currently being deployed." / "存储桶增量迁移策略正在部署中。",
        "FailedOperation.IncrementalMigrationStrategyOverLimit" => "The number of incremental migration strategies for the bucket is over the limit." / "存储桶增量迁移策略超限。",
        "FailedOperation.StorageRegionBucketOverLimit" => "The storage capacity in this region has exceeded the limit." / "存储数量超过限制。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidFilter" => "Invalid filter." / "无效的过滤器",
        "InvalidParameter" => "Invalid parameter." / "参数错误。",
        "InvalidParameterValue" => "Incorrect parameter value." / "参数取值错误。",
        "InvalidParameterValue.UnsupportedStorageRegion" => "Unsupported storage region." / "不支持的存储区域。",
        "ResourceNotFound.IncrementalMigrationStrategyNotFound" => "The incremental migration strategy was not found." / "增量迁移策略不存在。",
        "UnauthorizedOperation.SubApp" => "Application is unauthorized." / "应用未授权。",
    }
}
