//! `trp` error codes, API version 2021-05-15.

tc_errors::tc_errors! {
    /// `trp` error codes, API version 2021-05-15.
    #[non_exhaustive]
    pub enum TrpError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "AuthFailure.AgentExpired" => _ / "渠道商服务时间已到期。",
        "AuthFailure.CorpEmpty" => _ / "当前没有创建任何企业。",
        "AuthFailure.CorpExpired" => _ / "企业服务时间已到期。",
        "FailedOperation" => _ / "操作失败。",
        "InvalidParameter" => _ / "参数错误。",
    }
}
