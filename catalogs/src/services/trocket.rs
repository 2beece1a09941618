//! `trocket` error codes, API version 2023-03-08.

tc_errors::tc_errors! {
    /// `trocket` error codes, API version 2023-03-08.
    #[non_exhaustive]
    pub enum TrocketError {
        use common;

        "FailedOperation" => "Operation failed." / "操作失败。",
        #[kind(Transient)]
        "FailedOperation.InstanceNotReady" => "Instance not ready. Please try again later." / "实例未就绪，请稍后重试。",
        "LimitExceeded.TopicNum" => _ / "已达到主题数上限。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "ResourceInUse" => "The resource is occupied." / "资源被占用。",
        "ResourceNotFound.Endpoint" => "Access point does not exist." / "接入点不存在。",
        "ResourceNotFound.Group" => "Consumer group does not exist. Please check and try again." / "消费组不存在，请检查后重试。",
        "ResourceNotFound.Instance" => "The instance does not exist." / "实例不存在。",
        "ResourceNotFound.Message" => "Message does not exist." / "消息不存在。",
        "ResourceNotFound.MigrationTask" => "Migration task does not exist. Please check and try again." / "迁移任务不存在，请检查后重试。",
        "ResourceNotFound.Role" => "Role does not exist. Please check and try again." / "角色不存在，请检查后重试。",
        "ResourceNotFound.Topic" => "Topic does not exist. Please check and try again." / "主题不存在，请检查后重试。",
        "ResourceUnavailable" => "Resources are unavailable." / "资源不可用。",
        "UnsupportedOperation" => "The operation is not supported." / "操作不支持。",
        "UnsupportedOperation.InstanceTopicNumDowngrade" => "The number of instance topics cannot be adjusted below the used quota." / "实例Topic数量不能调整到已使用额度以下。",
        "UnsupportedOperation.ResourceAlreadyExists" => "Resource already exists. Please check and try again." / "资源已存在，请检查后重试。",
        "UnsupportedOperation.UnsupportedConsumerType" => _ / "当前消费者类型不支持此操作。",
    }
}
