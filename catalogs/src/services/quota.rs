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
    }
}
