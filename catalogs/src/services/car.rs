//! `car` error codes, API version 2022-01-10.

tc_errors::tc_errors! {
    /// `car` error codes, API version 2022-01-10.
    #[non_exhaustive]
    pub enum CarError {
        use common;

        "FailedOperation" => "Operation failed." / "操作失败。",
        "FailedOperation.LockTimeout" => "Concurrency quota not requested or request timed out." / "未申请并发或申请后超时。",
        "FailedOperation.PathNotFound" => "Failed to find the path." / "路径无法找到",
        "FailedOperation.ProcessTimeout" => "Processing timed out." / "处理超时。",
        #[kind(Transient)]
        "FailedOperation.SlowDown" => "The request of the current `UserId` is being processed. Try again later." / "该UserId请求正在处理中，请稍后再试。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameter.JsonParseError" => "JSON parsing error." / "Json 解析失败。",
        "InvalidParameterValue" => "Invalid parameter value." / "参数取值错误。",
        "LimitExceeded.Role" => "[Multi-person Interaction] The number of persons corresponding to a role exceeds the limit." / "【多人互动】对应的角色人数超过限制。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "ResourceNotFound.NoIdle" => "No available concurrency quota." / "没有空闲并发。",
        "ResourceNotFound.SessionNotFound" => "Unable to find the session." / "未找到会话。",
        "ResourceUnavailable.AccessFailed" => "Failed to access the concurrency instance." / "访问并发实例失败。",
        "ResourceUnavailable.Initialization" => "It is being initialized." / "初始化中。",
        "UnsupportedOperation.Stopping" => "The session is being terminated." / "销毁会话中。",
        "AuthFailure" => "CAM signature/authentication error.",
        "FailedOperation.ApplicationCreateFail" => "Application creation failed.",
        "FailedOperation.ApplicationLockFail" => "Application lock failed.",
        "FailedOperation.ApplicationNotFind" => "Application does not exist.",
        "FailedOperation.VersionLockFail" => "Version lock failed.",
        "OperationDenied.ApplicationLimitExceeded" => "The number of applications exceeds the limit.",
        "OperationDenied.VersionCreating" => "Version is being created.",
        "OperationDenied.VersionLimitExceeded" => "The number of versions exceeds the limit.",

        version "2022-01-10" {
            ApplyConcurrent => "FailedOperation FailedOperation.ProcessTimeout InternalError InvalidParameter.JsonParseError InvalidParameterValue ResourceNotFound.NoIdle ResourceUnavailable.Initialization UnsupportedOperation.Stopping",
            BindConcurrentPackagesToProject => "FailedOperation FailedOperation.ProcessTimeout InternalError InvalidParameter.JsonParseError InvalidParameterValue ResourceNotFound.NoIdle ResourceUnavailable.Initialization UnsupportedOperation.Stopping",
            CreateApplication => "AuthFailure FailedOperation.ApplicationCreateFail InternalError InvalidParameter InvalidParameterValue OperationDenied.ApplicationLimitExceeded",
            CreateApplicationProject => "FailedOperation",
            CreateApplicationSnapshot => "AuthFailure FailedOperation FailedOperation.ApplicationLockFail FailedOperation.ApplicationNotFind InternalError InvalidParameter InvalidParameterValue OperationDenied",
            CreateApplicationVersion => "FailedOperation.ApplicationLockFail FailedOperation.ApplicationNotFind InternalError InvalidParameter InvalidParameterValue OperationDenied OperationDenied.VersionCreating OperationDenied.VersionLimitExceeded",
            CreateSession => "FailedOperation FailedOperation.LockTimeout FailedOperation.PathNotFound FailedOperation.ProcessTimeout FailedOperation.SlowDown InternalError InvalidParameter.JsonParseError InvalidParameterValue LimitExceeded.Role OperationDenied ResourceNotFound.NoIdle ResourceNotFound.SessionNotFound ResourceUnavailable.Initialization UnsupportedOperation.Stopping",
            DeleteApplication => "AuthFailure FailedOperation.ApplicationLockFail FailedOperation.ApplicationNotFind FailedOperation.VersionLockFail InternalError InvalidParameter InvalidParameterValue",
            DeleteApplicationProjects => "AuthFailure FailedOperation.ApplicationLockFail FailedOperation.ApplicationNotFind FailedOperation.VersionLockFail InternalError InvalidParameter InvalidParameterValue",
            DeleteApplicationVersion => "AuthFailure FailedOperation.ApplicationLockFail FailedOperation.ApplicationNotFind FailedOperation.VersionLockFail InternalError InvalidParameter InvalidParameterValue OperationDenied",
            DescribeApplicationFileInfo => "FailedOperation.ApplicationNotFind InvalidParameter",
            DescribeApplicationList => "InternalError InvalidParameter InvalidParameterValue",
            DescribeApplicationPathList => "FailedOperation.ApplicationNotFind InvalidParameter",
            DescribeApplicationProjectAdvancedConfig => "FailedOperation",
            DescribeApplicationProjects => "FailedOperation",
            DescribeApplicationStatus => "InternalError InvalidParameter InvalidParameterValue",
            DescribeApplicationVersion => "AuthFailure FailedOperation.ApplicationNotFind InternalError InvalidParameter InvalidParameterValue",
            DescribeConcurrentCount => "FailedOperation FailedOperation.LockTimeout FailedOperation.PathNotFound FailedOperation.ProcessTimeout FailedOperation.SlowDown InternalError InvalidParameter.JsonParseError InvalidParameterValue LimitExceeded.Role OperationDenied ResourceNotFound.NoIdle ResourceNotFound.SessionNotFound ResourceUnavailable.Initialization UnsupportedOperation.Stopping",
            DescribeConcurrentPackages => "FailedOperation",
            DescribeConcurrentSummary => "FailedOperation",
            DescribeCosCredential => "AuthFailure FailedOperation FailedOperation.ApplicationLockFail FailedOperation.ApplicationNotFind InternalError InvalidParameter InvalidParameterValue OperationDenied",
            DestroySession => "FailedOperation FailedOperation.ProcessTimeout InternalError InvalidParameter.JsonParseError ResourceUnavailable.AccessFailed",
            ModifyApplicationBaseInfo => "AuthFailure FailedOperation.ApplicationNotFind InternalError InvalidParameter InvalidParameterValue",
            ModifyApplicationProject => "FailedOperation",
            ModifyApplicationVersion => "FailedOperation.ApplicationLockFail FailedOperation.ApplicationNotFind InternalError InvalidParameter InvalidParameterValue OperationDenied",
            ModifyConcurrentPackage => "FailedOperation.ApplicationLockFail FailedOperation.ApplicationNotFind InternalError InvalidParameter InvalidParameterValue OperationDenied",
            ModifyMobileApplicationInfo => "AuthFailure FailedOperation.ApplicationLockFail FailedOperation.ApplicationNotFind InternalError InvalidParameter InvalidParameterValue",
            ResetConcurrentPackages => "FailedOperation",
            SetApplicationVersionOnline => "AuthFailure FailedOperation.ApplicationLockFail FailedOperation.ApplicationNotFind InternalError InvalidParameter InvalidParameterValue OperationDenied",
            StartPublishStream => "FailedOperation InternalError InvalidParameter InvalidParameter.JsonParseError OperationDenied ResourceNotFound.SessionNotFound",
            StartPublishStreamWithURL => "FailedOperation InternalError InvalidParameter InvalidParameter.JsonParseError OperationDenied ResourceNotFound.SessionNotFound",
            StopPublishStream => "FailedOperation InternalError InvalidParameter InvalidParameter.JsonParseError OperationDenied ResourceNotFound.SessionNotFound",
            UnbindConcurrentPackagesFromProject => "FailedOperation",
        }
    }
}
