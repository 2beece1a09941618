//! `quota` error codes, API version 2024-12-04.

tc_errors::tc_errors! {
    /// `quota` error codes, API version 2024-12-04.
    #[non_exhaustive]
    pub enum QuotaError {
        use common;

        "InternalError" => "Internal error.",
        "InvalidParameterValue" => "Parameter value error.",
        "ResourceNotFound.AlarmNotExist" => "Alarm rule does not exist.",
        "ResourceNotFound.MemberNotExist" => "Member not in organization.",
        "ResourceNotFound.ProductNotExist" => "Product is not exist.",
        "ResourceNotFound.UserQuotaNotExist" => "UserQuota is not exist.",
        "UnauthorizedOperation" => "Unauthorized operation.",
        "UnsupportedOperation.AlarmIsExist" => "Alarm name is exist.",

        version "2024-12-04" {
            CreateAlarm => "ResourceNotFound.AlarmNotExist ResourceNotFound.MemberNotExist ResourceNotFound.ProductNotExist ResourceNotFound.UserQuotaNotExist UnsupportedOperation.AlarmIsExist",
            DeleteAlarm => "ResourceNotFound.AlarmNotExist ResourceNotFound.MemberNotExist UnauthorizedOperation",
            DescribeAggregateUserQuotas => "ResourceNotFound.AlarmNotExist ResourceNotFound.MemberNotExist UnauthorizedOperation",
            DescribeAlarms => "InternalError ResourceNotFound.MemberNotExist",
            DescribeUserQuota => "InternalError ResourceNotFound.MemberNotExist",
            EnableAlarm => "ResourceNotFound.AlarmNotExist ResourceNotFound.MemberNotExist UnauthorizedOperation",
            UpdateAlarm => "InternalError InvalidParameterValue ResourceNotFound.AlarmNotExist ResourceNotFound.MemberNotExist ResourceNotFound.ProductNotExist ResourceNotFound.UserQuotaNotExist UnauthorizedOperation UnsupportedOperation.AlarmIsExist",
        }
    }
}
