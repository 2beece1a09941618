//! `goosefs` error codes, API version 2022-05-19.

tc_errors::tc_errors! {
    /// `goosefs` error codes, API version 2022-05-19.
    #[non_exhaustive]
    pub enum GoosefsError {
        use common;

        "InternalError" => _ / "内部错误。",
        "InvalidFilter" => _ / "无效的过滤器",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "MissingParameter" => _ / "缺少参数错误。",
        "RegionError" => _ / "地域错误",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceNotFound" => _ / "资源不存在。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2022-05-19" {
            AddCrossVpcSubnetSupportForClientNode => "",
            AttachFileSystemBucket => "",
            BatchAddClientNodes => "",
            BatchDeleteClientNodes => "",
            BuildClientNodeMountCommand => "",
            BuildCustomerCluster => "",
            CancelLoadTask => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            CreateDataRepositoryTask => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            CreateFileSystem => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            CreateFileset => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            CreateLoadTask => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DeleteCrossVpcSubnetSupportForClientNode => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DeleteCustomerCluster => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DeleteFileSystem => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DeleteFileset => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DescribeClientNodes => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DescribeClusterClientToken => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DescribeClusterRoleToken => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DescribeCustomerCluster => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DescribeDataRepositoryTaskStatus => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DescribeFileSystemBuckets => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DescribeFileSystems => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DescribeFilesetGeneralConfig => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DescribeFilesets => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DescribeLoadTask => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            DetachFileSystemBucket => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            ExpandCapacity => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            ListLoadTasks => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            ModifyDataRepositoryBandwidth => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            ModifyDataRepositoryTaskStatus => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            MountMultipleStorageFileSystem => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            QueryClientNodeMountCommand => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            QueryCrossVpcSubnetSupportForClientNode => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            QueryDataRepositoryBandwidth => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            UpdateFileset => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            UpdateFilesetGeneralConfig => "InternalError InvalidFilter InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
            UpdateLoadTaskPriority => "InternalError InvalidParameter InvalidParameterValue MissingParameter RegionError RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnsupportedOperation",
        }
    }
}
