//! `ip` error codes, API version 2021-04-09.

tc_errors::tc_errors! {
    /// `ip` error codes, API version 2021-04-09.
    #[non_exhaustive]
    pub enum IpError {
        use common;

        #[kind(Transient)]
        "AuthFailure" => "CAM signature/authentication error. Please try again later.",
        "FailedOperation" => "Operation failed.",
        "FailedOperation.MailIsRegistered" => "The email address has already been registered.",
        "InternalError" => "Internal error. Please try again later.",
        "InvalidParameter.AccountTypeContentIncorrect" => "Incorrect account type.",
        "InvalidParameter.AreaContentIncorrect" => "Incorrect region content.",
        "InvalidParameter.AreaFormatIncorrect" => "Incorrect region format.",
        "InvalidParameter.ConfirmPasswordContentIncorrect" => "Incorrect confirmed password.",
        "InvalidParameter.CountryCodeContentIncorrect" => "Incorrect country/region code content.",
        "InvalidParameter.CountryCodeFormatIncorrect" => "Incorrect country/region code format.",
        "InvalidParameter.MailFormatIncorrect" => "Incorrect email format.",
        "InvalidParameter.PasswordContentIncorrect" => "Incorrect password content.",
        "InvalidParameter.PasswordFormatIncorrect" => "Incorrect password format.",
        "InvalidParameter.PhoneNumFormatIncorrect" => "Incorrect mobile number format.",
        "InvalidParameterValue.AccountTypeEmpty" => "The account type is required and cannot be left empty.",
        "InvalidParameterValue.AreaEmpty" => "The region is required and cannot be left empty.",
        "InvalidParameterValue.CountryCodeEmpty" => "The country/region code is required and cannot be left empty.",
        "InvalidParameterValue.MailEmpty" => "The email is required and cannot be left empty.",
        "InvalidParameterValue.PasswordEmpty" => "The password is required and cannot be left empty.",
        "InvalidParameterValue.PhoneNumEmpty" => "The mobile number is required and cannot be left empty.",
        "UnauthorizedOperation" => "The operation is unauthorized.",

        version "2021-04-09" {
            AllocateCustomerCredit => "FailedOperation",
            CreateAccount => "AuthFailure FailedOperation.MailIsRegistered InternalError InvalidParameter.AccountTypeContentIncorrect InvalidParameter.AreaContentIncorrect InvalidParameter.AreaFormatIncorrect InvalidParameter.ConfirmPasswordContentIncorrect InvalidParameter.CountryCodeContentIncorrect InvalidParameter.CountryCodeFormatIncorrect InvalidParameter.MailFormatIncorrect InvalidParameter.PasswordContentIncorrect InvalidParameter.PasswordFormatIncorrect InvalidParameter.PhoneNumFormatIncorrect InvalidParameterValue.AccountTypeEmpty InvalidParameterValue.AreaEmpty InvalidParameterValue.CountryCodeEmpty InvalidParameterValue.MailEmpty InvalidParameterValue.PasswordEmpty InvalidParameterValue.PhoneNumEmpty UnauthorizedOperation",
            GetCountryCodes => "InternalError",
            QueryCreditAllocationHistory => "FailedOperation",
            QueryCustomersCredit => "FailedOperation",
            QueryPartnerCredit => "FailedOperation",
        }
    }
}
