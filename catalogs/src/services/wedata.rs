//! `wedata` error codes, API version 2025-08-06.

tc_errors::tc_errors! {
    /// `wedata` error codes, API version 2025-08-06.
    #[non_exhaustive]
    pub enum WedataError {
        use common;

        "AuthFailure" => "CAM signature/authentication error." / "CAM签名/鉴权错误。",
        "AuthFailure.SignatureExpire" => "Not logged in or login has expired." / "未登录或登录已过期。",
        "FailedOperation" => "Operation failed." / "操作失败。",
        "FailedOperation.ExecutorClusterStatusError" => "Resource status of the current operation is invalid." / "当前操作的资源状态不合法。",
        "InternalError" => "Internal error." / "内部错误。",
        "InternalError.InvalidParameter" => "Missing required parameters or invalid parameters." / "缺少参数或参数不合法",
        "InternalError.UnknownError" => "Unknown error." / "未知错误",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "InvalidParameter.ClientIpNotAuthorized" => "Client ip is unauthorized." / "ClientIp未被授权。",
        "InvalidParameter.DuplicateName" => _ / "名称重复。",
        "InvalidParameter.InvalidFilterParameter" => "Incorrect query filter parameter." / "查询过滤条件参数错误。",
        "InvalidParameter.InvalidParamsError" => "Illegal parameter." / "非法参数",
        "InvalidParameter.MissingRequestParameter" => "Missing Servlet Request Parameter" / "Missing Servlet Request Parameter",
        "InvalidParameter.QuotaExceedError" => "System security quota exceeded." / "已超过系统安全配额。",
        "InvalidParameter.RuleNotExist" => _ / "规则不存在。",
        #[kind(Transient)]
        "InvalidParameter.ServiceIsBusy" => _ / "服务繁忙，请稍后重试。",
        "InvalidParameter.WorkspaceNameDuplication" => "Duplicate project name." / "项目名重复。",
        "InvalidParameter.WorkspaceNotExist" => "Workspace does not exist." / "工作空间不存在。",
        "InvalidParameterValue" => "Parameter value error." / "参数取值错误。",
        "InvalidParameterValue.ParamIllegalError" => "Invalid parameter." / "参数非法",
        "InvalidParameterValue.RuleNameRepeated" => "Alarm rule name is duplicate." / "告警规则名称重复",
        "InvalidParameterValue.ValidationError" => "Param Validation Error" / "Param Validation Error",
        "LimitExceeded" => "The quota limit is exceeded." / "超过配额限制。",
        "MissingParameter" => "Parameter missing." / "缺少参数错误。",
        "OperationDenied" => "Operation denied." / "操作被拒绝。",
        "OperationDenied.UserNotInWhitelistError" => "User not in allowlist." / "用户不在白名单。",
        "ResourceInUse" => "The resource is occupied." / "资源被占用。",
        "ResourceNotFound" => "The resource does not exist." / "资源不存在。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
        "UnauthorizedOperation.UserNotInProject" => "The user is not a member of the current project." / "用户不是当前项目成员。",
        "UnknownParameter" => "Unknown parameter error." / "未知参数错误。",
        "UnsupportedOperation" => "The operation is not supported." / "操作不支持。",
    }
}
