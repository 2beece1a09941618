//! `dbbrain` error codes, API versions 2019-10-16 and 2021-05-27.

tc_errors::tc_errors! {
    /// `dbbrain` error codes, API versions 2019-10-16 and 2021-05-27.
    #[non_exhaustive]
    pub enum DbbrainError {
        use common;

        "AuthFailure" => "Error with CAM signature/authentication." / "CAM签名/鉴权错误。",
        "DryRunOperation" => "DryRun operation, which means the DryRun parameter is passed in yet the request will still be successful." / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "FailedOperation.AuditNotOpened" => _ / "实例审计未开启",
        "FailedOperation.PaasAuditNotOpened" => _ / "paas 侧商业审计状态未开启",
        "FailedOperation.SegmentLoading" => "Loading data" / "数据加载中",
        "InternalError" => "Internal error." / "内部错误。",
        "InternalError.DbOperationFailed" => _ / "数据库操作失败",
        "InternalError.InternalError",
        "InvalidFilter" => _ / "无效的过滤器",
        "InvalidParameter" => "Incorrect parameter." / "参数错误。",
        "InvalidParameter.InvalidParameter",
        "InvalidParameterCombination" => _ / "无效参数组合",
        "InvalidParameterValue" => "Incorrect parameter value." / "参数取值错误。",
        "InvalidParameterValue.InvalidParameterValue",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "MissingParameter" => "Missing parameter." / "缺少参数错误。",
        "MissingParameter.MissingParameter",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "OperationDenied.UserHasNoStrategy" => "Error with CAM authentication." / "CAM鉴权错误。",
        "RegionError" => _ / "地域错误",
        "RequestLimitExceeded" => "The number of requests exceeds the frequency limit." / "请求的次数超过了频率限制。",
        "ResourceInUse" => "The resource is occupied." / "资源被占用。",
        "ResourceInsufficient" => "Insufficient resource." / "资源不足。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",
        "ResourcesSoldOut" => "The resources have been sold out." / "资源售罄。",
        "UnauthorizedOperation" => "The operation is unauthorized." / "未授权操作。",
        "UnauthorizedOperation.UnauthorizedOperation",
        "UnknownParameter" => "Unknown parameter." / "未知参数错误。",
        "UnsupportedOperation" => "Unsupported operation." / "操作不支持。",
        "UnsupportedOperation.HasDuplicatedTask" => _ / "该时间范围内的审计日志已下载",
    }
}
