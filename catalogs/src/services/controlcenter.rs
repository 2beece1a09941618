//! `controlcenter` error codes, API version 2023-01-10.

tc_errors::tc_errors! {
    /// `controlcenter` error codes, API version 2023-01-10.
    #[non_exhaustive]
    pub enum ControlcenterError {
        use common;

        "FailedOperation.AFRequiredItemNotSelect" => "Required baseline item in Account Factory is not configured." / "账号工厂必选基线项未配置",
        "FailedOperation.AccountFactoryContactEmailNotVerify" => "Contact email is unverified." / "联系人邮箱未验证。",
        "FailedOperation.AccountFactoryContactPhoneNotVerify" => "The contact person's mobile phone is unverified." / "联系人手机未验证。",
        "FailedOperation.AccountFactoryDependOnItemNotConfig" => "Dependencies of the baseline item in account factory are not configured." / "账号工厂基线项的依赖项未配置",
        "FailedOperation.AccountFactoryMemberUinNumExceed" => "The number of accounts to which baselines are applied in Account Factory exceeds the limit." / "账号工厂批量应用基线的账号数量超过限制",
        "FailedOperation.AccountFactoryTaskIsDeploying" => "The user is deploying account baseline. It cannot be deployed repeatedly." / "用户正在部署账号基线中，无法重复部署",
        "FailedOperation.ControlCenterNotOpen" => "Control Center service is not enabled." / "Control Center服务未开通",
        "FailedOperation.DBOperationError" => "Database operation exception." / "数据库操作异常",
        "FailedOperation.DependOnItemNotDeploy" => "The feature item to depend on is not deployed." / "依赖的功能项未部署",
        "FailedOperation.RemoteCallError" => "Remote call failed." / "远程调用失败",
        "InvalidParameter.AccountFactoryTagExceedMaxNum" => "The number of preset tags for baseline items exceeds the maximum allowed number." / "基线项预设标签数量超过最大数量",
        "InvalidParameter.ParamError" => "Request parameter error." / "入参校验错误",
        "ResourceNotFound.AccountFactoryBaselineNotExist" => "User baseline configuration data does not exist." / "用户基线配置数据不存在",
        "ResourceNotFound.AccountFactoryItemNotConfig" => "The baseline item deployed by the user is not configured." / "用户所部署的基线项未配置",
        "ResourceNotFound.AccountFactoryItemNotExist" => "Account Factory baseline does not exist." / "账号工厂基线不存在",

        version "2023-01-10" {
            BatchApplyAccountBaselines => "FailedOperation.AFRequiredItemNotSelect FailedOperation.AccountFactoryContactEmailNotVerify FailedOperation.AccountFactoryContactPhoneNotVerify FailedOperation.AccountFactoryMemberUinNumExceed FailedOperation.AccountFactoryTaskIsDeploying FailedOperation.ControlCenterNotOpen FailedOperation.DBOperationError FailedOperation.DependOnItemNotDeploy FailedOperation.RemoteCallError ResourceNotFound.AccountFactoryBaselineNotExist ResourceNotFound.AccountFactoryItemNotConfig ResourceNotFound.AccountFactoryItemNotExist",
            GetAccountFactoryBaseline => "FailedOperation.ControlCenterNotOpen FailedOperation.DBOperationError ResourceNotFound.AccountFactoryBaselineNotExist",
            ListAccountFactoryBaselineItems => "FailedOperation.ControlCenterNotOpen FailedOperation.DBOperationError",
            ListDeployStepTasks => "FailedOperation.ControlCenterNotOpen FailedOperation.DBOperationError ResourceNotFound.AccountFactoryItemNotExist",
            UpdateAccountFactoryBaseline => "FailedOperation.AFRequiredItemNotSelect FailedOperation.AccountFactoryDependOnItemNotConfig FailedOperation.ControlCenterNotOpen FailedOperation.DBOperationError InvalidParameter.AccountFactoryTagExceedMaxNum InvalidParameter.ParamError",
        }
    }
}
