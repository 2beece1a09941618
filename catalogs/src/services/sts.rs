//! `sts` error codes, API version 2018-08-13.

tc_errors::tc_errors! {
    /// `sts` error codes, API version 2018-08-13.
    #[non_exhaustive]
    pub enum StsError {
        use common;

        "AuthFailure.AccessKeyIllegal" => "Invalid key." / "密钥不合法。",
        "FailedOperation.CheckMFAError" => _ / "校验MFA失败",
        "FailedOperation.MFATypeNotSupported" => _ / "MFA类型不支持",
        "FailedOperation.TempKeyNotAllowed" => _ / "该接口不支持临时密钥调用",
        "InternalError.DbError" => "Database error." / "DB错误。",
        "InternalError.EncryptError" => "Encryption failed." / "加密失败。",
        "InternalError.GetAppIdError" => "Failed to get the `appid`." / "获取appid错误。",
        "InternalError.GetRoleError" => "Failed to get the role." / "获取角色失败。",
        "InternalError.GetSeedTokenError" => "Failed to obtain the token." / "获取token失败。",
        "InternalError.IllegalRole" => "Invalid role." / "角色非法。",
        "InternalError.PbSerializeError" => "pb packaging failed." / "pb打包失败。",
        "InternalError.SystemError" => "Internal system error, such as network error." / "系统内部错误，如网络错误。",
        "InternalError.UnknownError" => "Unknown error." / "未知错误。",
        "InvalidParameter.AccessKeyNotSupport" => "This type of key is not supported." / "不支持该类型密钥。",
        "InvalidParameter.AccountNotAvaliable" => "The account does not exist or is unavailable." / "账号不存在或不可用。",
        "InvalidParameter.ExtendStrategyOverSize" => "The extension policy is too large." / "扩展策略过大。",
        "InvalidParameter.GrantOtherResource" => "Unauthorized access to the resource." / "越权访问资源。",
        "InvalidParameter.OverLimit" => "Frequency limit exceeded." / "超过频率限制。",
        "InvalidParameter.OverTimeError" => "The expiration time exceeds the threshold." / "过期时间超过阈值。",
        "InvalidParameter.ParamError" => "Invalid parameter." / "参数错误。",
        "InvalidParameter.PolicyTooLong" => "The policy is too long." / "策略过长。",
        "InvalidParameter.ResouceError" => "Six-segment resource description error." / "策略资源六段式错误。",
        "InvalidParameter.StrategyFormatError" => "Policy syntax error." / "策略语法错误。",
        "InvalidParameter.StrategyInvalid" => "Invalid policy." / "非法策略。",
        "InvalidParameter.TempCodeNotAvaliable" => "Invalid temporary code." / "临时Code无效。",
        "InvalidParameter.WebIdentityTokenError" => "WebIdentityToken parameter error" / "WebIdentityToken参数错误。",
        "RequestLimitExceeded" => "Too many and frequent requests." / "请求的次数超过了频率限制。",
        "ResourceNotFound.RoleNotFound" => "The role corresponding to the account does not exist." / "账号对应的角色不存在。",
        "UnauthorizedOperation" => "Unauthorized operation." / "未授权操作。",
        "UnsupportedOperation" => "Unsupported operation." / "操作不支持。",

        version "2018-08-13" {
            AssumeRole => "FailedOperation.CheckMFAError FailedOperation.MFATypeNotSupported InternalError.DbError InternalError.EncryptError InternalError.GetAppIdError InternalError.GetRoleError InternalError.GetSeedTokenError InternalError.IllegalRole InternalError.PbSerializeError InternalError.SystemError InternalError.UnknownError InvalidParameter.AccountNotAvaliable InvalidParameter.ExtendStrategyOverSize InvalidParameter.GrantOtherResource InvalidParameter.OverLimit InvalidParameter.OverTimeError InvalidParameter.ParamError InvalidParameter.PolicyTooLong InvalidParameter.ResouceError InvalidParameter.StrategyFormatError InvalidParameter.StrategyInvalid InvalidParameter.TempCodeNotAvaliable ResourceNotFound.RoleNotFound UnauthorizedOperation UnsupportedOperation",
            AssumeRoleWithSAML => "InternalError.DbError InternalError.EncryptError InternalError.GetAppIdError InternalError.GetRoleError InternalError.GetSeedTokenError InternalError.IllegalRole InternalError.PbSerializeError InternalError.SystemError InternalError.UnknownError InvalidParameter.AccountNotAvaliable InvalidParameter.ExtendStrategyOverSize InvalidParameter.GrantOtherResource InvalidParameter.OverLimit InvalidParameter.OverTimeError InvalidParameter.ParamError InvalidParameter.PolicyTooLong InvalidParameter.ResouceError InvalidParameter.StrategyFormatError InvalidParameter.StrategyInvalid InvalidParameter.TempCodeNotAvaliable RequestLimitExceeded ResourceNotFound.RoleNotFound UnauthorizedOperation",
            AssumeRoleWithWebIdentity => "InternalError.GetRoleError InternalError.SystemError InternalError.UnknownError InvalidParameter.OverLimit InvalidParameter.ParamError InvalidParameter.WebIdentityTokenError RequestLimitExceeded UnauthorizedOperation",
            GetCallerIdentity => "AuthFailure.AccessKeyIllegal InternalError.GetSeedTokenError InvalidParameter.AccessKeyNotSupport",
            GetFederationToken => "InternalError.DbError InternalError.EncryptError InternalError.GetAppIdError InternalError.GetSeedTokenError InternalError.SystemError InvalidParameter.AccountNotAvaliable InvalidParameter.ExtendStrategyOverSize InvalidParameter.GrantOtherResource InvalidParameter.OverTimeError InvalidParameter.ParamError InvalidParameter.PolicyTooLong InvalidParameter.ResouceError InvalidParameter.StrategyFormatError InvalidParameter.StrategyInvalid InvalidParameter.TempCodeNotAvaliable ResourceNotFound.RoleNotFound UnauthorizedOperation UnsupportedOperation",
            GetSessionToken => "FailedOperation.CheckMFAError FailedOperation.MFATypeNotSupported FailedOperation.TempKeyNotAllowed InternalError.DbError InternalError.EncryptError InternalError.GetSeedTokenError InternalError.PbSerializeError InternalError.SystemError InternalError.UnknownError InvalidParameter.AccountNotAvaliable InvalidParameter.OverTimeError InvalidParameter.ParamError UnauthorizedOperation",
            QueryApiKey => "InternalError.SystemError InternalError.UnknownError InvalidParameter.ParamError",
        }
    }
}
