//! `sslpod` error codes, API version 2019-06-05.

tc_errors::tc_errors! {
    /// `sslpod` error codes, API version 2019-06-05.
    #[non_exhaustive]
    pub enum SslpodError {
        use common;

        "AuthFailure" => _ / "CAM签名/鉴权错误。",
        "FailedOperation" => _ / "操作失败。",
        "FailedOperation.RepetitionAdd" => _ / "重复添加。",
        "FailedOperation.ResolveDomainFailed" => _ / "解析域名失败。",
        "InternalError" => _ / "内部错误。",
        "InvalidParameter.InvalidDomain" => _ / "无效的域名。",
        "InvalidParameter.InvalidIP" => _ / "无效的IP。",
        "InvalidParameter.InvalidPort" => _ / "无效的端口。",
        "InvalidParameter.InvalidServerType" => _ / "无效的监控类型。",
        "InvalidParameter.InvalidTagName" => _ / "标签不合规。",
        "InvalidParameter.TooManyTag" => _ / "添加标签过多。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "InvalidParameterValue.InvalidNoticeType" => _ / "无效的通知类型。",
        "InvalidParameterValue.InvalidSearchType" => _ / "无效的搜索类型。",
        "LimitExceeded.AddExceeded" => _ / "套餐管理额度已满。",
        "LimitExceeded.MonitorExceeded" => _ / "套餐监控额度已满。",
        "ResourceNotFound.Product" => _ / "产品不存在。",

        version "2019-06-05" {
            CreateDomain => "FailedOperation.RepetitionAdd FailedOperation.ResolveDomainFailed InvalidParameter.InvalidDomain InvalidParameter.InvalidIP InvalidParameter.InvalidPort InvalidParameter.InvalidServerType InvalidParameter.InvalidTagName InvalidParameter.TooManyTag InvalidParameterValue.InvalidNoticeType InvalidParameterValue.InvalidSearchType LimitExceeded.AddExceeded LimitExceeded.MonitorExceeded ResourceNotFound.Product",
            DeleteDomain => "InternalError InvalidParameterValue",
            DescribeDashboard => "FailedOperation InternalError",
            DescribeDomainCerts => "InternalError InvalidParameterValue",
            DescribeDomainTags => "InternalError",
            DescribeDomains => "FailedOperation InvalidParameter.InvalidDomain InvalidParameterValue.InvalidSearchType",
            DescribeNoticeInfo => "InternalError",
            ModifyDomainTags => "InternalError InvalidParameter.InvalidTagName InvalidParameter.TooManyTag InvalidParameterValue",
            RefreshDomain => "AuthFailure InternalError InvalidParameterValue",
            ResolveDomain => "FailedOperation.ResolveDomainFailed InternalError InvalidParameter.InvalidDomain",
        }
    }
}
