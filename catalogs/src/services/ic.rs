//! `ic` error codes, API version 2019-03-07.

tc_errors::tc_errors! {
    /// `ic` error codes, API version 2019-03-07.
    #[non_exhaustive]
    pub enum IcError {
        use common;

        "FailedOperation" => _ / "操作失败。",
        "InvalidParameter" => _ / "参数错误。",
        "InvalidParameterValue" => _ / "参数取值错误。",
        "ResourceNotFound" => _ / "资源不存在。",
        "ResourceNotFound.AppNotFound" => _ / "应用id不存在。",

        version "2019-03-07" {
            DescribeApp => "FailedOperation InvalidParameterValue ResourceNotFound",
            DescribeCard => "FailedOperation InvalidParameterValue ResourceNotFound",
            DescribeCards => "FailedOperation",
            DescribeSms => "FailedOperation InvalidParameterValue ResourceNotFound ResourceNotFound.AppNotFound",
            ModifyUserCardRemark => "FailedOperation InvalidParameter InvalidParameterValue ResourceNotFound",
            PayForExtendData => "FailedOperation InvalidParameter InvalidParameterValue ResourceNotFound",
            RenewCards => "FailedOperation InvalidParameterValue ResourceNotFound ResourceNotFound.AppNotFound",
            SendMultiSms => "FailedOperation InvalidParameterValue ResourceNotFound",
            SendSms => "FailedOperation InvalidParameterValue ResourceNotFound",
        }
    }
}
