//! `wav` error codes, API version 2021-01-29.

tc_errors::tc_errors! {
    /// `wav` error codes, API version 2021-01-29.
    #[non_exhaustive]
    pub enum WavError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "AuthFailure.InvalidAuthorizationCode" => _ / "授权码无效。",
        "AuthFailure.MissingAccessToken" => _ / "令牌无效。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.OpenPlatformError" => _ / "开放平台访问错误。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.TimeSpanLimitExceeded" => _ / "参数值时间跨度超出接口限制。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnknownParameter" => _ / "未知参数错误。",

        version "2021-01-29" {
            CreateChannelCode => "",
            CreateCorpTag => "AuthFailure AuthFailure.InvalidAuthorizationCode AuthFailure.MissingAccessToken InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter",
            CreateLead => "AuthFailure AuthFailure.InvalidAuthorizationCode FailedOperation FailedOperation.OpenPlatformError InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded UnauthorizedOperation",
            QueryActivityJoinList => "AuthFailure AuthFailure.InvalidAuthorizationCode FailedOperation.OpenPlatformError InternalError",
            QueryActivityList => "AuthFailure AuthFailure.InvalidAuthorizationCode FailedOperation.OpenPlatformError InternalError",
            QueryActivityLiveCodeList => "AuthFailure AuthFailure.InvalidAuthorizationCode InternalError",
            QueryArrivalList => "AuthFailure AuthFailure.InvalidAuthorizationCode FailedOperation.OpenPlatformError InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RequestLimitExceeded UnknownParameter",
            QueryChannelCodeList => "AuthFailure AuthFailure.InvalidAuthorizationCode InternalError",
            QueryChatArchivingList => "AuthFailure AuthFailure.InvalidAuthorizationCode InternalError",
            QueryClueInfoList => "AuthFailure AuthFailure.InvalidAuthorizationCode FailedOperation.OpenPlatformError InternalError InvalidParameter InvalidParameterValue LimitExceeded",
            QueryCrmStatistics => "AuthFailure InternalError InvalidParameter InvalidParameterValue",
            QueryCustomerEventDetailStatistics => "AuthFailure InternalError InvalidParameter InvalidParameterValue",
            QueryCustomerProfileList => "AuthFailure AuthFailure.InvalidAuthorizationCode FailedOperation.OpenPlatformError InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RequestLimitExceeded UnknownParameter",
            QueryDealerInfoList => "AuthFailure AuthFailure.InvalidAuthorizationCode InternalError InvalidParameter InvalidParameterValue LimitExceeded",
            QueryExternalContactDetail => "AuthFailure AuthFailure.InvalidAuthorizationCode FailedOperation FailedOperation.OpenPlatformError InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded",
            QueryExternalContactDetailByDate => "AuthFailure AuthFailure.InvalidAuthorizationCode InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter OperationDenied RequestLimitExceeded",
            QueryExternalContactList => "AuthFailure AuthFailure.InvalidAuthorizationCode InternalError InvalidParameter InvalidParameterValue",
            QueryExternalUserEventList => "AuthFailure AuthFailure.InvalidAuthorizationCode AuthFailure.MissingAccessToken InternalError InvalidParameter InvalidParameterValue InvalidParameterValue.TimeSpanLimitExceeded LimitExceeded MissingParameter RequestLimitExceeded",
            QueryExternalUserMappingInfo => "AuthFailure AuthFailure.InvalidAuthorizationCode InternalError InvalidParameter InvalidParameterValue",
            QueryFollowList => "AuthFailure AuthFailure.InvalidAuthorizationCode FailedOperation.OpenPlatformError InternalError InvalidParameter InvalidParameterValue MissingParameter OperationDenied RequestLimitExceeded UnknownParameter",
            QueryLicenseInfo => "AuthFailure InternalError InvalidParameter InvalidParameterValue",
            QueryMaterialList => "AuthFailure AuthFailure.InvalidAuthorizationCode AuthFailure.MissingAccessToken InternalError InvalidParameter InvalidParameterValue InvalidParameterValue.TimeSpanLimitExceeded LimitExceeded MissingParameter RequestLimitExceeded",
            QueryMiniAppCodeList => "AuthFailure AuthFailure.InvalidAuthorizationCode AuthFailure.MissingAccessToken InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter",
            QueryStaffEventDetailStatistics => "AuthFailure InternalError InvalidParameter InvalidParameterValue",
            QueryUserInfoList => "AuthFailure AuthFailure.InvalidAuthorizationCode AuthFailure.MissingAccessToken InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter",
            QueryVehicleInfoList => "AuthFailure AuthFailure.InvalidAuthorizationCode InternalError InvalidParameter InvalidParameterValue LimitExceeded",
        }
    }
}
