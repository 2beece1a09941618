//! `cloudstudio` error codes, API version 2023-05-08.

tc_errors::tc_errors! {
    /// `cloudstudio` error codes, API version 2023-05-08.
    #[non_exhaustive]
    pub enum CloudstudioError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.WorkspaceNameDuplicate" => _ / "工作空间名称重复",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "RequestLimitExceeded" => _ / "请求的次数超过了频率限制。",

        version "2023-05-08" {
            CreateWorkspace => "FailedOperation FailedOperation.WorkspaceNameDuplicate InvalidParameterValue RequestLimitExceeded",
            CreateWorkspaceToken => "InvalidParameterValue",
            DescribeConfig => "InvalidParameterValue",
            DescribeImages => "InvalidParameterValue",
            DescribeWorkspaces => "InvalidParameterValue",
            ModifyWorkspace => "FailedOperation FailedOperation.WorkspaceNameDuplicate InvalidParameterValue",
            RemoveWorkspace => "FailedOperation FailedOperation.WorkspaceNameDuplicate InvalidParameterValue",
            RunWorkspace => "FailedOperation",
            StopWorkspace => "FailedOperation",
        }
    }
}
