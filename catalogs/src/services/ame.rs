//! `ame` error codes, API version 2019-09-16.

tc_errors::tc_errors! {
    /// `ame` error codes, API version 2019-09-16.
    #[non_exhaustive]
    pub enum AmeError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "DryRunOperation" => _ / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceInUse" => _ / "资源被占用。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "ResourcesSoldOut" => _ / "资源售罄。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2019-09-16" {
            BatchDescribeKTVMusicDetails => "InternalError InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable",
            CreateKTVRobot => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable",
            DescribeAuthInfo => "FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied ResourceInUse ResourceInsufficient ResourceNotFound UnauthorizedOperation",
            DescribeCloudMusic => "FailedOperation InvalidParameter InvalidParameterValue LimitExceeded ResourceNotFound ResourceUnavailable",
            DescribeCloudMusicPurchased => "FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded ResourceInUse ResourceInsufficient ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeItemById => "FailedOperation InvalidParameterValue ResourceNotFound",
            DescribeItems => "FailedOperation InvalidParameterValue LimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation",
            DescribeKTVMusicDetail => "FailedOperation InvalidParameter ResourceNotFound ResourceUnavailable UnsupportedOperation",
            DescribeKTVMusicTags => "FailedOperation InvalidParameter ResourceNotFound ResourceUnavailable UnsupportedOperation",
            DescribeKTVPlaylistDetail => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeKTVPlaylists => "AuthFailure DryRunOperation FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeKTVRobots => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable",
            DescribeKTVSingerCategories => "FailedOperation InvalidParameterValue UnsupportedOperation",
            DescribeKTVSingerMusics => "FailedOperation InvalidParameter UnsupportedOperation",
            DescribeKTVSingers => "FailedOperation InvalidParameter UnsupportedOperation",
            DescribeKTVSuggestions => "ResourceUnavailable",
            DescribeKTVTopList => "FailedOperation ResourceNotFound ResourceUnavailable UnknownParameter",
            DescribeLyric => "FailedOperation InvalidParameterValue ResourceNotFound",
            DescribeMusic => "FailedOperation InvalidParameterValue LimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation",
            DescribeMusicSaleStatus => "FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter",
            DescribePackageItems => "FailedOperation InvalidParameterValue LimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation UnsupportedOperation",
            DescribePackages => "FailedOperation InvalidParameterValue LimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation UnsupportedOperation",
            DescribePkgOfflineMusic => "FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable ResourcesSoldOut UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DescribeStations => "FailedOperation InvalidParameterValue LimitExceeded ResourceNotFound ResourceUnavailable UnauthorizedOperation",
            DestroyKTVRobot => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable",
            ModifyMusicOnShelves => "FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter ResourceNotFound ResourceUnavailable UnknownParameter UnsupportedOperation",
            PutMusicOnTheShelves => "FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter ResourceNotFound ResourceUnavailable UnknownParameter UnsupportedOperation",
            ReportData => "FailedOperation InvalidParameterValue ResourceNotFound",
            SearchKTVMusics => "FailedOperation InvalidParameter ResourceUnavailable UnsupportedOperation",
            SyncKTVRobotCommand => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable",
            TakeMusicOffShelves => "FailedOperation InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter ResourceNotFound ResourceUnavailable UnknownParameter UnsupportedOperation",
        }
    }
}
