//! `memcached` error codes, API version 2019-03-18.

tc_errors::tc_errors! {
    /// `memcached` error codes, API version 2019-03-18.
    #[non_exhaustive]
    pub enum MemcachedError {
        use common;

        "FailedOperation.DbOperationFailed" => _ / "数据库操作异常",
        "FailedOperation.SystemError" => _ / "系统内部错误",
        "InternalError.InternalError" => _ / "内部错误",
        "InvalidParameter.InvalidParameter" => _ / "业务参数错误",
        "MissingParameter.EmptyParam" => _ / "参数为空",
        "ResourceNotFound.AccountDoesNotExists" => _ / "未提供有效的账号",
        "ResourceNotFound.InstanceNotExists" => _ / "请求的实例不存在",
        "UnauthorizedOperation.NoCAMAuthed" => _ / "Cam鉴权失败",

        version "2019-03-18" {
            DescribeInstances => "FailedOperation.DbOperationFailed FailedOperation.SystemError InternalError.InternalError InvalidParameter.InvalidParameter MissingParameter.EmptyParam ResourceNotFound.AccountDoesNotExists ResourceNotFound.InstanceNotExists UnauthorizedOperation.NoCAMAuthed",
        }
    }
}
