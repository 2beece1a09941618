//! `yinsuda` error codes, API version 2022-05-27.

tc_errors::tc_errors! {
    /// `yinsuda` error codes, API version 2022-05-27.
    #[non_exhaustive]
    pub enum YinsudaError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.DuplicateTradeSerialNo" => _ / "交易流水号重复",
        "FailedOperation.UserLiveVipTimeExpire" => _ / "直播会员已经过期",
        "FailedOperation.UserNotLiveVip" => _ / "非直播会员用户",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "MissingParameter" => _ / "缺少参数错误。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",

        version "2022-05-27" {
            ApplyChorus => "",
            BatchDescribeKTVMusicDetails => "FailedOperation FailedOperation.UserLiveVipTimeExpire FailedOperation.UserNotLiveVip",
            CreateKTVRobot => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable",
            DescribeKTVMatchMusics => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable",
            DescribeKTVMusicAccompanySegmentUrl => "FailedOperation FailedOperation.UserLiveVipTimeExpire FailedOperation.UserNotLiveVip",
            DescribeKTVMusicAccompanySegmentUrlVip => "FailedOperation FailedOperation.UserLiveVipTimeExpire FailedOperation.UserNotLiveVip",
            DescribeKTVMusicsByTag => "FailedOperation FailedOperation.UserLiveVipTimeExpire FailedOperation.UserNotLiveVip",
            DescribeKTVPlaylistDetail => "ResourceNotFound",
            DescribeKTVPlaylists => "InternalError",
            DescribeKTVRobots => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable",
            DescribeKTVSuggestions => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable",
            DescribeKTVTags => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable",
            DescribeLiveVipTradeInfos => "FailedOperation InternalError InvalidParameter InvalidParameterValue MissingParameter",
            DescribeUserInfo => "FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            DescribeVipUserInfo => "FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound",
            DestroyKTVRobot => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable",
            RechargeLiveVip => "FailedOperation FailedOperation.DuplicateTradeSerialNo InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound",
            RechargeVip => "FailedOperation FailedOperation.DuplicateTradeSerialNo InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound",
            SearchKTVMusics => "FailedOperation FailedOperation.DuplicateTradeSerialNo InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound",
            SyncKTVRobotCommand => "AuthFailure FailedOperation InternalError InvalidParameter InvalidParameterValue ResourceNotFound ResourceUnavailable",
        }
    }
}
