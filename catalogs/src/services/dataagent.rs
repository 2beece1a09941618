//! `dataagent` error codes, API version 2025-05-13.

tc_errors::tc_errors! {
    /// `dataagent` error codes, API version 2025-05-13.
    #[non_exhaustive]
    pub enum DataagentError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameter.Invalid" => _ / "自定义错误码",
        "InvalidParameterCombination" => _ / "无效参数组合",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "LimitExceeded" => _ / "超过配额限制。",
        "MissingParameter" => _ / "缺少参数错误。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",
        "ResourceInsufficient" => _ / "资源不足。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceUnavailable" => _ / "资源不可用。",
        "UnauthorizedOperation" => _ / "未授权操作。",
        "UnknownParameter" => _ / "未知参数错误。",
        "UnsupportedOperation" => _ / "操作不支持。",

        version "2025-05-13" {
            AddChunk => "InternalError InvalidParameter.Invalid InvalidParameterValue LimitExceeded MissingParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            AppendKnowledgeTask => "FailedOperation InternalError InvalidParameter.Invalid InvalidParameterValue MissingParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ChatAI => "InternalError InvalidParameter InvalidParameterValue LimitExceeded MissingParameter UnauthorizedOperation UnknownParameter UnsupportedOperation",
            CreateDataAgentSession => "InternalError InvalidParameterValue LimitExceeded MissingParameter RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DeleteChunk => "InternalError InvalidParameter.Invalid InvalidParameterValue LimitExceeded MissingParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            DeleteDataAgentSession => "InternalError InvalidParameterValue LimitExceeded MissingParameter RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ExecuteAgentApi => "InternalError InvalidParameterValue LimitExceeded MissingParameter RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ExecuteAgentApiV1 => "InternalError InvalidParameterValue LimitExceeded MissingParameter RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            GetJobsByKnowledgeBaseId => "InternalError InvalidParameterValue LimitExceeded MissingParameter RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            GetKnowledgeBaseFileList => "FailedOperation InternalError InvalidParameterValue LimitExceeded MissingParameter ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            GetKnowledgeBaseList => "InternalError InvalidParameter.Invalid InvalidParameterValue LimitExceeded MissingParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            GetSessionDetails => "InternalError InvalidParameterValue LimitExceeded MissingParameter RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            GetUploadJobDetails => "InternalError InvalidParameterValue LimitExceeded MissingParameter RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            GetUserInstanceList => "FailedOperation InternalError InvalidParameterValue LimitExceeded MissingParameter ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyChunk => "FailedOperation InternalError InvalidParameter.Invalid InvalidParameterValue LimitExceeded MissingParameter ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyKnowledgeBase => "InternalError InvalidParameter.Invalid InvalidParameterValue LimitExceeded MissingParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            ModifyUserAuthority => "InternalError InvalidParameter.Invalid InvalidParameterValue LimitExceeded MissingParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            QueryChunkList => "InternalError InvalidParameter.Invalid InvalidParameterValue LimitExceeded MissingParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            QueryKnowledgeTask => "FailedOperation InternalError InvalidParameter.Invalid InvalidParameterValue LimitExceeded MissingParameter ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            QueryModels => "InternalError InvalidParameter.Invalid InvalidParameterCombination InvalidParameterValue MissingParameter UnauthorizedOperation UnknownParameter",
            QueryUserAuthority => "InternalError InvalidParameter.Invalid InvalidParameterValue LimitExceeded MissingParameter ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
            StopChatAI => "InternalError InvalidParameterValue LimitExceeded MissingParameter RequestLimitExceeded ResourceNotFound UnauthorizedOperation UnknownParameter UnsupportedOperation",
            UploadAndCommitFile => "FailedOperation InternalError InvalidParameter InvalidParameter.Invalid InvalidParameterValue LimitExceeded MissingParameter ResourceInsufficient ResourceNotFound ResourceUnavailable UnauthorizedOperation UnknownParameter UnsupportedOperation",
        }
    }
}
