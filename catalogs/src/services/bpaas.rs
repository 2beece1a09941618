//! `bpaas` error codes, API version 2018-12-17.

tc_errors::tc_errors! {
    /// `bpaas` error codes, API version 2018-12-17.
    #[non_exhaustive]
    pub enum BpaasError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.SendToCkafka" => _ / "数据上报失败。",
        "InternalError.CauthError" => _ / "鉴权失败。",
        "InternalError.DbError" => _ / "插入db失败。",
        "InvalidParameter.HasBeenApproved" => _ / "已经审批。",
        "InvalidParameter.IdNotExist" => _ / "id不存在。",
        "InvalidParameter.IllegalNode" => _ / "非法流程节点。",
        "UnauthorizedOperation.PermissionDenied" => _ / "没有权限操作。",

        version "2018-12-17" {
            GetBpaasApproveDetail => "FailedOperation InternalError.CauthError InternalError.DbError InvalidParameter.IdNotExist UnauthorizedOperation.PermissionDenied",
            OutApproveBpaasApplication => "FailedOperation.SendToCkafka InternalError.CauthError InternalError.DbError InvalidParameter.HasBeenApproved InvalidParameter.IllegalNode UnauthorizedOperation.PermissionDenied",
        }
    }
}
