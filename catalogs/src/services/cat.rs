//! `cat` error codes, API version 2018-04-09.

tc_errors::tc_errors! {
    /// `cat` error codes, API version 2018-04-09.
    #[non_exhaustive]
    pub enum CatError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.DbQueryFailed" => _ / "数据库查询错误。",
        "FailedOperation.DbRecordCreateFailed" => _ / "数据库创建失败。",
        "FailedOperation.DbRecordUpdateFailed" => _ / "数据库更新失败。",
        "FailedOperation.ESQueryError" => _ / "ES查询错误。",
        "FailedOperation.ErrPrePaidResourceExpire" => _ / "任务绑定的预付费套餐已过期。",
        "FailedOperation.NeedApproval" => _ / "触发指定审批流",
        "FailedOperation.NoValidNodes" => _ / "无有效节点。",
        "FailedOperation.OrderOutOfCredit" => _ / "账单欠费。",
        "FailedOperation.PreResourceIDFailed" => _ / "预付费资源id绑定错误。",
        "FailedOperation.ResourceNotFound" => _ / "资源不存在。",
        "FailedOperation.SendRequest" => _ / "发送授权请求失败。",
        "FailedOperation.TagRequiredVerifyFailed" => _ / "标签验证错误。",
        "FailedOperation.TaskNotRunning" => _ / "任务未运行。",
        "FailedOperation.TaskNotSuspended" => _ / "任务未暂停。",
        "FailedOperation.TaskOperationNotAllow" => _ / "任务状态不允许当前操作。",
        "FailedOperation.TaskTypeNotSame" => _ / "批量拨测任务的类型不相同。",
        "FailedOperation.TrialTaskExceed" => _ / "试用任务量超时。",
        "FailedOperation.UnmarshalResponse" => _ / "json解析失败。",
        "FailedOperation.UserNoQcloudTAGFullAccess" => _ / "鉴权失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "MissingParameter" => _ / "缺少参数错误。",
        "ResourceNotFound" => _ / "资源不存在。",
        "UnknownParameter" => _ / "未知参数错误。",

        version "2018-04-09" {
            CreateProbeTasks => "FailedOperation FailedOperation.DbQueryFailed FailedOperation.DbRecordCreateFailed FailedOperation.DbRecordUpdateFailed FailedOperation.ErrPrePaidResourceExpire FailedOperation.NeedApproval FailedOperation.NoValidNodes FailedOperation.OrderOutOfCredit FailedOperation.PreResourceIDFailed FailedOperation.ResourceNotFound FailedOperation.SendRequest FailedOperation.TagRequiredVerifyFailed FailedOperation.TaskNotRunning FailedOperation.TaskNotSuspended FailedOperation.TaskOperationNotAllow FailedOperation.TaskTypeNotSame FailedOperation.TrialTaskExceed FailedOperation.UnmarshalResponse FailedOperation.UserNoQcloudTAGFullAccess InternalError InvalidParameter",
            DeleteProbeTask => "FailedOperation FailedOperation.DbQueryFailed FailedOperation.DbRecordCreateFailed FailedOperation.DbRecordUpdateFailed FailedOperation.NoValidNodes FailedOperation.ResourceNotFound FailedOperation.TaskNotRunning FailedOperation.TaskNotSuspended FailedOperation.TaskOperationNotAllow InternalError InvalidParameter",
            DescribeDetailedSingleProbeData => "FailedOperation.DbQueryFailed FailedOperation.ESQueryError InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound UnknownParameter",
            DescribeInstantTasks => "FailedOperation.DbQueryFailed FailedOperation.ESQueryError InternalError InvalidParameter InvalidParameterValue MissingParameter ResourceNotFound UnknownParameter",
            DescribeNodeGroups => "FailedOperation InvalidParameter UnknownParameter",
            DescribeNodes => "FailedOperation InvalidParameter UnknownParameter",
            DescribeProbeMetricData => "FailedOperation FailedOperation.DbQueryFailed",
            DescribeProbeMetricTagValues => "FailedOperation FailedOperation.DbQueryFailed",
            DescribeProbeNodes => "FailedOperation.DbQueryFailed InvalidParameter",
            DescribeProbeTasks => "FailedOperation FailedOperation.DbQueryFailed FailedOperation.DbRecordCreateFailed FailedOperation.DbRecordUpdateFailed FailedOperation.NoValidNodes FailedOperation.ResourceNotFound InternalError InvalidParameter",
            ResumeProbeTask => "FailedOperation FailedOperation.DbQueryFailed FailedOperation.DbRecordCreateFailed FailedOperation.DbRecordUpdateFailed FailedOperation.ErrPrePaidResourceExpire FailedOperation.NoValidNodes FailedOperation.ResourceNotFound FailedOperation.TaskNotRunning FailedOperation.TaskNotSuspended FailedOperation.TaskOperationNotAllow InternalError InvalidParameter",
            SuspendProbeTask => "FailedOperation FailedOperation.DbQueryFailed FailedOperation.DbRecordCreateFailed FailedOperation.DbRecordUpdateFailed FailedOperation.ResourceNotFound FailedOperation.TaskNotRunning FailedOperation.TaskNotSuspended FailedOperation.TaskOperationNotAllow InternalError InvalidParameter",
            UpdateProbeTaskAttributes => "FailedOperation.DbQueryFailed FailedOperation.DbRecordCreateFailed FailedOperation.DbRecordUpdateFailed FailedOperation.NoValidNodes FailedOperation.ResourceNotFound FailedOperation.TaskNotRunning FailedOperation.TaskNotSuspended FailedOperation.TaskOperationNotAllow InternalError InvalidParameter",
            UpdateProbeTaskConfigurationList => "FailedOperation FailedOperation.DbQueryFailed FailedOperation.DbRecordCreateFailed FailedOperation.DbRecordUpdateFailed FailedOperation.NoValidNodes FailedOperation.PreResourceIDFailed FailedOperation.ResourceNotFound FailedOperation.TaskNotRunning FailedOperation.TaskNotSuspended FailedOperation.TaskOperationNotAllow FailedOperation.TaskTypeNotSame InternalError InvalidParameter",
        }
    }
}
