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
    }
}
