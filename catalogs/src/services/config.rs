//! `config` error codes, API version 2022-08-02.

tc_errors::tc_errors! {
    /// `config` error codes, API version 2022-08-02.
    #[non_exhaustive]
    pub enum ConfigError {
        use common;

        "FailedOperation.CompliancePackIsNotExist" => _ / "合规包不存在。",
        "FailedOperation.CompliancePackIsNotStop" => _ / "合规包未停止。",
        "FailedOperation.CompliancePackNameIsNotExist" => _ / "合规包名称已存在。",
        "FailedOperation.MemberNotAssignManager" => _ / "投递的成员账号不是委派管理员或者管理员",
        "FailedOperation.NotAllowOperateControlCenterGovernancePackage" => _ / "不允许操作控制中心合规包",
        "FailedOperation.NotAllowOperateControlCenterGovernancePackageRule" => _ / "不允许操作控制中心合规包规则",
        "FailedOperation.RecorderIsClose" => _ / "监控已关闭。",
        "FailedOperation.RuleIsNotStop" => _ / "规则未停用。",
        "FailedOperation.RuleNameIsExist" => _ / "规则名称已存在。",
        "FailedOperation.SameMemberAccountGroupAlreadyExist" => _ / "相同成员的账号组已存在",
        "InternalError" => "Internal error." / "内部错误。",
        "InvalidParameter" => "Parameter error." / "参数错误。",
        "LimitExceeded.AccountGroupLimitOver" => _ / "用户组数量超过上限。",
        "LimitExceeded.AlertPolicyLimit" => _ / "告警策略数量上限",
        "LimitExceeded.CompliancePackMaxNum" => _ / "合规包数量到达上限。",
        "LimitExceeded.OpenRecorderLimitOver" => _ / "当日打开监控次数达到上限。",
        "LimitExceeded.RemediationMaxNum" => _ / "创建修复设置超过上限。",
        "LimitExceeded.UpdateRecorderLimitOver" => _ / "当日修改监控资源类型次数达到上限。",
        "ResourceNotFound.AccountGroupIsNotExist" => "Account group does not exist." / "账号组不存在。",
        "ResourceNotFound.CompliancePackIsNotExist" => _ / "合规包不存在。",
        "ResourceNotFound.CompliancePackNotExist" => _ / "合规包不存在。",
        "ResourceNotFound.DeliverBucketNotExist" => _ / "投递的成员账号的COS 桶不存在",
        "ResourceNotFound.DeliverEventNotExist" => _ / "投递类型不存在。",
        "ResourceNotFound.DeliverIsNotExist" => _ / "投递信息不存在。",
        "ResourceNotFound.MemberNotExist" => _ / "成员不存在。",
        "ResourceNotFound.RecorderIsNotExist" => _ / "监控信息不存在。",
        "ResourceNotFound.RemediationIsNotExist" => _ / "修正设置不存在。",
        "ResourceNotFound.ResourceNotExist" => "The resource does not exist." / "资源不存在。",
        "ResourceNotFound.ResourceTypeNotExist" => _ / "资源类型不存在。",
        "ResourceNotFound.RuleIsNotExist" => "The rule does not exist." / "规则不存在。",
        "UnauthorizedOperation" => _ / "未授权操作。",
    }
}
