//! `gs` error codes, API version 2019-11-18.

tc_errors::tc_errors! {
    /// `gs` error codes, API version 2019-11-18.
    #[non_exhaustive]
    pub enum GsError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.ApplicationCreateFail" => _ / "应用创建失败。",
        "FailedOperation.ApplicationLockFail" => _ / "应用锁定失败。",
        "FailedOperation.ApplicationNotFind" => _ / "应用不存在。",
        "FailedOperation.GameLockFail" => _ / "游戏锁定失败。",
        "FailedOperation.GameNotFind" => _ / "游戏不存在。",
        "FailedOperation.LockTimeout" => _ / "锁定机器超时或未调用TrylockWorker。",
        "FailedOperation.ProcessTimeout" => _ / "处理超时。",
        "FailedOperation.SlowDown" => _ / "请降低访问频率。",
        "FailedOperation.Timeout" => _ / "操作超时。",
        "FailedOperation.TooFrequently" => _ / "请求太频繁。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.JsonParseError" => _ / "Json解析失败。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded.Role" => _ / "【多人游戏】对应的角色人数超过限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "OperationDenied.ApplicationLimitExceeded" => _ / "超出应用数量限制。",
        "OperationDenied.VersionCreating" => _ / "版本正在创建。",
        "OperationDenied.VersionLimitExceeded" => _ / "超过版本数量限制。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceNotFound.NoIdle" => _ / "没有空闲机器。",
        "ResourceNotFound.SessionNotFound" => _ / "会话未找到。",
        "ResourceUnavailable.AccessFailed" => _ / "访问并发实例失败。",
        "ResourceUnavailable.Initialization" => _ / "机器还在初始化中。",
        "UnsupportedOperation" => _ / "操作不支持。",
        "UnsupportedOperation.NotRunning" => _ / "机器未运行。",
        "UnsupportedOperation.Stopping" => _ / "退出游戏中。",
    }
}
