//! `ckafka` error codes, API version 2019-08-19.

tc_errors::tc_errors! {
    /// `ckafka` error codes, API version 2019-08-19.
    #[non_exhaustive]
    pub enum CkafkaError {
        use common;

        "AuthFailure" => "CAM signature/authentication error." / "CAM签名/鉴权错误。",
        "DryRunOperation" => "DryRun operation, which means the DryRun parameter is passed in yet the request will still be successful." / "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidFilter" => "Invalid Filter" / "无效的过滤器",
        "InvalidParameter" => "Invalid parameter." / "参数错误。",
        "InvalidParameter.TopicExist" => "The topic name is duplicate." / "已存在同名Topic。",
        "InvalidParameterValue" => "Invalid parameter value." / "参数取值错误。",
        "InvalidParameterValue.InstanceNotExist" => "The instance does not exist." / "实例不存在。",
        "InvalidParameterValue.NotAllowedEmpty" => "The parameter is required." / "参数不允许为空。",
        "InvalidParameterValue.RepetitionValue" => "The parameter already exists." / "已存在相同参数。",
        "InvalidParameterValue.SubnetIdInvalid" => "Invalid subnet ID." / "无效的子网id。",
        "InvalidParameterValue.SubnetNotBelongToZone" => "The subnet is not in the zone." / "子网不属于zone。",
        "InvalidParameterValue.TopicNameAlreadyExist" => "Topic name already exists." / "主题名已存在",
        "InvalidParameterValue.VpcIdInvalid" => "Invalid VPC ID." / "无效的 Vpc Id。",
        "InvalidParameterValue.WrongAction" => "The value of the `Action` parameter is incorrect." / "Action参数取值错误。",
        "InvalidParameterValue.ZoneNotSupport" => "The zone is not supported." / "zone不支持。",
        "LimitExceeded" => "The quota limit has been reached." / "超过配额限制。",
        "LimitExceeded.RouteOverLimit" => "The number of routes exceeds the limit." / "路由数超过限制。",
        "LimitExceeded.RouteSASLOverLimit" => "SASL route exceeds the limit." / "SASL路由超过限制。",
        "MissingParameter" => "Missing parameter" / "缺少参数错误。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "OperationDenied.ResourceTaskPaused" => "Task paused." / "任务资源暂停。",
        "RegionError" => "Region error" / "地域错误",
        "RequestLimitExceeded" => "The number of requests exceeds the frequency limit." / "请求的次数超过了频率限制。",
        "ResourceInUse" => "The resource is occupied." / "资源被占用。",
        "ResourceInsufficient" => "Insufficient resources." / "资源不足。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "ResourceUnavailable" => "The resource is unavailable." / "资源不可用。",
        "ResourceUnavailable.KafkaStorageError" => "Disk resources are unavailable on the broker." / "Broker 磁盘资源异常",
        "ResourcesSoldOut" => "Resources are sold out." / "资源售罄。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
        "UnknownParameter" => "Unknown parameter error." / "未知参数错误。",
        "UnsupportedOperation" => "Unsupported operation." / "操作不支持。",
        "UnsupportedOperation.BatchDelInstanceLimit" => "The batch instance deletion limit is reached." / "批量删除实例限制。",
        "UnsupportedOperation.FrequencyTopicDeleteOperate" => "Create Topic upon success. the Topic can be deleted after 60s." / "创建Topic成功后，60s后才能删除该Topic",
        "UnsupportedOperation.OssReject" => "Oss rejected the operation." / "Oss拒绝该操作。",
    }
}
