//! `tdai` error codes, API version 2025-07-17.

tc_errors::tc_errors! {
    /// `tdai` error codes, API version 2025-07-17.
    #[non_exhaustive]
    pub enum TdaiError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.InvalidInstanceName" => _ / "错误实例名称",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "OperationDenied" => _ / "操作被拒绝。",
        "ResourceNotFound" => _ / "资源不存在。",

        version "2025-07-17" {
            ContinueAgentWork => "FailedOperation InternalError InvalidParameter ResourceNotFound",
            CreateAgentInstance => "FailedOperation InternalError ResourceNotFound",
            CreateChatCompletion => "FailedOperation InternalError ResourceNotFound",
            CreateMemoryPlusSpace => "FailedOperation InternalError",
            DescribeAgentDutyTaskDetail => "InvalidParameter InvalidParameter.InvalidInstanceName InvalidParameterValue",
            DescribeAgentDutyTasks => "InvalidParameter InvalidParameter.InvalidInstanceName InvalidParameterValue",
            DescribeAgentInstance => "FailedOperation InternalError OperationDenied ResourceNotFound",
            DescribeAgentInstances => "FailedOperation InternalError OperationDenied ResourceNotFound",
            DescribeAgents => "FailedOperation InternalError OperationDenied ResourceNotFound",
            DescribeChatDetail => "FailedOperation InternalError OperationDenied ResourceNotFound",
            DescribeChats => "FailedOperation InternalError OperationDenied ResourceNotFound",
            DescribeMemoryPlusRecord => "FailedOperation InternalError",
            DescribeMemoryPlusSpace => "AuthFailure FailedOperation InternalError",
            DescribeMemoryPlusSpaces => "FailedOperation InternalError",
            DescribeReportUrl => "InternalError InvalidParameter InvalidParameterValue",
            DescribeServiceAccessKey => "AuthFailure FailedOperation InternalError",
            DestroyMemoryPlusSpace => "FailedOperation InternalError",
            IsolateAgentInstance => "FailedOperation InternalError InvalidParameter ResourceNotFound",
            IsolateMemoryPlusSpace => "FailedOperation InternalError",
            ModifyAgentInstanceParameters => "FailedOperation InvalidParameter OperationDenied",
            ModifyChatTitle => "FailedOperation InternalError OperationDenied ResourceNotFound",
            ModifyMemoryPlusSpace => "FailedOperation InternalError",
            PauseAgentWork => "FailedOperation InternalError InvalidParameter ResourceNotFound",
            RecoverAgentInstance => "FailedOperation InternalError InvalidParameter ResourceNotFound",
            RecoverMemoryPlusSpace => "FailedOperation InternalError",
            RemoveChat => "FailedOperation InternalError OperationDenied ResourceNotFound",
            StartAgentTask => "FailedOperation InternalError OperationDenied ResourceNotFound",
            TerminateAgentInstance => "FailedOperation InternalError InvalidParameter ResourceNotFound",
        }
    }
}
