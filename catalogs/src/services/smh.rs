//! `smh` error codes, API version 2021-07-12.

tc_errors::tc_errors! {
    /// `smh` error codes, API version 2021-07-12.
    #[non_exhaustive]
    pub enum SmhError {
        use common;

        "InternalError" => "Internal error." / "内部错误。",
        "InternalError.BillingRequestFail" => _ / "调用计费系统失败",
        "InternalError.ModifyResourceStatusFail" => "Media library resource deletion failed." / "媒体库资源删除失败",
        "InternalError.PostpaidFail" => "Post-Payment activation failed." / "后付费开通失败",
        "InternalError.SendSms" => "Error occurs when sending sms verification code." / "发送短信验证码时发生错误。",
        "InvalidParameterValue" => "Parameter value error." / "参数取值错误。",
        "InvalidParameterValue.AdvancedSearchOption" => _ / "后端没有默认开启高级多模态检索能力或用户没在白名单中",
        "InvalidParameterValue.BucketNameInvalid" => "The bucket name is invalid." / "存储桶名称无效。",
        "InvalidParameterValue.BucketNameNotBelongYou" => "The bucket name does not belong to the current root account." / "存储桶名称不属于当前主账号。",
        "InvalidParameterValue.BucketNotFound" => "The bucket does not exist or is not in the specified region." / "存储桶不存在或不在指定地域。",
        "InvalidParameterValue.BucketNotSupport" => "The service no longer supports selected buckets." / "服务已不支持自选桶",
        "InvalidParameterValue.BucketRegionInvalid" => "Bucket location is invalid." / "存储桶所在地域无效。",
        "InvalidParameterValue.CosStorageClass" => "The specified storage class is invalid." / "指定的存储类型无效。",
        "InvalidParameterValue.CosStorageClassIntelligentTiering" => "The specified bucket does not have intelligent tiering storage enabled. activate the intelligent tiering storage feature for the bucket first." / "指定的存储桶未开启智能分层存储，请先开通存储桶的智能分层存储功能。",
        "InvalidParameterValue.CountryCode" => "The specified country code is invalid." / "指定的国家代码无效。",
        "InvalidParameterValue.LibraryQuotaRequired" => _ / "开启媒体库配额时需要指定配额大小",
        "InvalidParameterValue.LibraryQuotaRequiresMultiSpace" => _ / "仅多租户媒体库支持开启媒体库配额",
        "InvalidParameterValue.LimitExceeded" => "The number of parameter values or characters exceeds the limit." / "参数值数量或字符数超过限制。",
        "InvalidParameterValue.NotModified" => "The specified phone number is the same as the current one." / "指定的手机号码与当前的相同。",
        "InvalidParameterValue.NotSuperAdmin" => "The specified phone number is not the super administrator of the enterprise." / "指定的手机号码非该企业的超级管理员。",
        "InvalidParameterValue.PhoneNumber" => "The specified phone number is invalid." / "指定的手机号码无效。",
        "LimitExceeded.UserLimit" => "The number of users has been reached. please first upgrade the product spec." / "已达到用户数量限制，请先升级产品规格。",
        "MissingParameter" => _ / "缺少参数错误。",
        "RequestLimitExceeded.SendSms" => "The sms verification code sent to the designated mobile number has reached the rate limit." / "发送至指定手机号码的短信验证码已达到频率限制。",
        "ResourceInUse.MultiSpace" => "A tenant space in the multi-tenant media library is in use." / "多租户空间媒体库中存在正在使用的租户空间。",
        "ResourceNotFound.Library" => "The media library does not exist or does not belong to the current account." / "媒体库不存在或不属于当前账号。",
        "ResourceNotFound.OfficialInstance" => "The official cloud disk instance does not exist or does not belong to the current account." / "官方云盘实例不存在或不属于当前账号。",
        "ResourceNotFound.PrepaidInstance" => _ / "同 (LibraryId, AccountUserId) 下不存在非销毁状态的预付费实例（可能从未购买，或已被退订销毁）",
        "UnauthorizedOperation.PassRole" => "cam:PassRole permission is not granted." / "未授予 cam:PassRole 权限。",
        "UnauthorizedOperation.ServiceLinkedRole" => "SMH service-related role is not granted." / "未授予 SMH 服务相关角色。",
        "UnauthorizedOperation.SmsCode" => "Incorrect or expired sms verification code." / "短信验证码错误或已过期。",
        "UnauthorizedOperation.SmsCodeExceeded" => "SMS verification code verification count exceeded. please resend the sms verification code." / "短信验证码验证次数超限，请重新发送短信验证码。",
        "UnsupportedOperation.BalanceLess" => "Insufficient account balance." / "账户余额不足",
        "UnsupportedOperation.Purpose" => "The specified purpose is unsupported." / "指定的目的不受支持。",

        version "2021-07-12" {
            CreateLibrary => "InternalError InternalError.BillingRequestFail InternalError.PostpaidFail InvalidParameterValue InvalidParameterValue.AdvancedSearchOption InvalidParameterValue.BucketNameInvalid InvalidParameterValue.BucketNameNotBelongYou InvalidParameterValue.BucketNotFound InvalidParameterValue.BucketNotSupport InvalidParameterValue.BucketRegionInvalid InvalidParameterValue.CosStorageClass InvalidParameterValue.CosStorageClassIntelligentTiering InvalidParameterValue.LibraryQuotaRequired InvalidParameterValue.LibraryQuotaRequiresMultiSpace MissingParameter ResourceNotFound.PrepaidInstance UnauthorizedOperation.PassRole UnauthorizedOperation.ServiceLinkedRole UnsupportedOperation.BalanceLess",
            DeleteLibrary => "InternalError InternalError.ModifyResourceStatusFail ResourceInUse.MultiSpace ResourceNotFound.Library",
            DescribeLibraries => "InternalError InvalidParameterValue.LimitExceeded",
            DescribeLibrarySecret => "InternalError ResourceNotFound.Library",
            DescribeOfficialInstances => "InternalError InvalidParameterValue.LimitExceeded",
            DescribeOfficialOverview => "InternalError",
            DescribeTrafficPackages => "InternalError InvalidParameterValue.LimitExceeded",
            ModifyLibrary => "InternalError InvalidParameterValue.LimitExceeded MissingParameter ResourceNotFound.Library",
            SendSmsCode => "InternalError.SendSms InvalidParameterValue.CountryCode InvalidParameterValue.NotModified InvalidParameterValue.NotSuperAdmin InvalidParameterValue.PhoneNumber RequestLimitExceeded.SendSms ResourceNotFound.OfficialInstance UnsupportedOperation.Purpose",
            VerifySmsCode => "InvalidParameterValue.CountryCode InvalidParameterValue.PhoneNumber LimitExceeded.UserLimit ResourceNotFound.OfficialInstance UnauthorizedOperation.SmsCode UnauthorizedOperation.SmsCodeExceeded UnsupportedOperation.Purpose",
        }
    }
}
