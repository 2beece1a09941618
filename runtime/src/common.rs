//! The common error codes that every Tencent Cloud API 3.0 service can return.

/// Hands the common codes to the procedural macro. The list is written once, here: it
/// declares [`CommonError`] and is the set that `use common;` imports.
#[doc(hidden)]
#[macro_export]
macro_rules! __tc_errors_with_common {
    ([$($krate:tt)*] $mode:ident $($catalog:tt)*) => {
        $crate::__private::tc_errors_impl! {
            [$($krate)*] $mode {
                "AuthFailure.InvalidSecretId" => "Invalid key (not a TencentCloud API key type).",
                "AuthFailure.MFAFailure" => "MFA failed.",
                "AuthFailure.SecretIdNotFound" => "Key does not exist. Check if the key has been deleted or disabled in the console, and if not, check if the key is correctly entered. Note that whitespaces should not exist before or after the key.",
                "AuthFailure.SignatureExpire" => "Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your current local time matches the standard time.",
                "AuthFailure.SignatureFailure" => "Invalid signature. Signature calculation error. Please ensure you’ve followed the signature calculation process described in the Signature API documentation.",
                "AuthFailure.TokenFailure" => "Token error.",
                "AuthFailure.UnauthorizedOperation" => "The request is not authorized. For more information, see the [CAM](https://intl.cloud.tencent.com/document/product/598) documentation.",
                "DryRunOperation" => "DryRun Operation. It means that the request would have succeeded, but the DryRun parameter was used.",
                "FailedOperation" => "Operation failed.",
                "InternalError" => "Internal error.",
                "InvalidAction" => "The API does not exist.",
                "InvalidParameter" => "Incorrect parameter.",
                "InvalidParameterValue" => "Invalid parameter value.",
                "LimitExceeded" => "Quota limit exceeded.",
                "MissingParameter" => "A parameter is missing.",
                "NoSuchVersion" => "The API version does not exist.",
                "RequestLimitExceeded" => "The number of requests exceeds the frequency limit.",
                "ResourceInUse" => "Resource is in use.",
                "ResourceInsufficient" => "Insufficient resource.",
                "ResourceNotFound" => "The resource does not exist.",
                "ResourceUnavailable" => "Resource is unavailable.",
                "UnauthorizedOperation" => "Unauthorized operation.",
                "UnknownParameter" => "Unknown parameter.",
                "UnsupportedOperation" => "Unsupported operation.",
                "UnsupportedProtocol" => "HTTP(S) request protocol error; only GET and POST requests are supported.",
                "UnsupportedRegion" => "API does not support the requested region.",
                "ActionOffline" => "The API has been taken offline.",
                "AuthFailure.InvalidAuthorization" => "The Authorization request header is invalid or malformed.",
                "InvalidRequest" => "The request is invalid: its body or headers could not be processed.",
                "IpInBlacklist" => "The request comes from an IP address on the blocklist.",
                "IpNotInWhitelist" => "The request comes from an IP address that is not on the allowlist.",
                "NoSuchProduct" => "The product does not exist. Check the service's domain name.",
                "RequestLimitExceeded.GlobalRegionUinLimitExceeded" => "The account's requests across all regions exceed the frequency limit.",
                "RequestLimitExceeded.IPLimitExceeded" => "The requests from this IP address exceed the frequency limit.",
                "RequestLimitExceeded.UinLimitExceeded" => "The account's requests exceed the frequency limit.",
                "RequestSizeLimitExceeded" => "The request body exceeds the size limit.",
                "ResponseSizeLimitExceeded" => "The response body exceeds the size limit. Narrow the query.",
                "ServiceUnavailable" => "The service is temporarily unavailable. Try again later.",
            }
            $($catalog)*
        }
    };
}

crate::__tc_errors_with_common! {
    [crate] defines_common
    /// The common error codes of Tencent Cloud API 3.0: the 26 codes every service's
    /// error-code page lists, plus the ones the API gateway returns today.
    ///
    /// A catalog declared with `use common;` contains all of them; `as_common()` and
    /// `From<CommonError>` convert between the two.
    pub enum CommonError {
        use common;
    }
}
