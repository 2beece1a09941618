//! The common error codes of the legacy Tencent Cloud API 2.0, whose responses carry
//! them in the `codeDesc` field.

crate::tc_errors! {
    /// A legacy API 2.0 error code (`codeDesc`), with the page's description; each
    /// variant's documentation also gives the page's short "Error Type".
    ///
    /// The page lists `AuthFailure` three times, once per case; here it is one code whose
    /// description covers the three.
    pub enum LegacyError {
        /// Error type: Invalid request parameter.
        "InvalidParameter" => "Required parameter is missing, or parameter value is in an incorrect format. For relevant error message, please see the \"message\" field in error description.",
        /// Error type: Authentication failed.
        "InvalidParameter.SignatureFailure" => "The failure of authentication is usually caused by signature computing error. Please see Signature Method section in the document.",
        /// Error type: Unauthorized access to the API, to the resource, or to the resource the current API is working with.
        "AuthFailure" => "The sub-account is not authorized by the main account to access the API, the specific resource, or the specific resource the current API is working with. Contact the main account administrator to enable the permission for the API or resource.",
        /// Error type: Key does not exist.
        "InvalidParameter.SecretIdNotFound" => "The key used for the request does not exist. Please verify it and try again.",
        /// Error type: token error.
        "InvalidRequest.TokenCheckFailed" => "token error.",
        /// Error type: MFA verification failed.
        "InvalidRequest.MFACheckFailed" => "MFA verification failed.",
        /// Error type: Other CAM authentication failed.
        "InternalError.CAMInnerError" => "Other CAM authentication failed.",
        /// Error type: Access denied.
        "InvalidRequest.Forbidden" => "Account is blocked or not within the user range of the API.",
        /// Error type: Quota is exceeded.
        "InvalidRequest.LimitExceeded" => "The number of requests exceeds the quota limit. For more information, please see the Request Quota section in the document.",
        /// Error type: Replay attack.
        "InvalidRequest.ReplayAttack" => "The Nonce and Timestamp parameters can ensure that each request is executed only once on the server. Therefore, the Nonce value cannot be the same as last one, and the difference between Timestamp and Tencent server time cannot be greater than 5 hours.",
        /// Error type: Unsupported protocol.
        "InvalidRequest.UnsupportedProtocol" => "The protocol is not supported. The current API only supports HTTPS protocol and does not support HTTP protocol.",
        /// Error type: Operation on the resource failed.
        "InternalError.ResourceOpFailed" => "The operation performed on the resource failed. For error message, please see the \"message\" field in error description. Try again later or contact customer service for help.",
        /// Error type: Internal error on the server.
        "InternalError" => "An internal error occurred with the server. Try again later or contact customer service for help.",
        /// Error type: Not supported by the version.
        "InvalidAction.NotFound" => "The API is not supported by this version or is under maintenance. Note: When this error occurs, first check whether the domain name of the API is correct. Different modules may have different domain names.",
        /// Error type: API is temporarily unavailable.
        #[kind(Transient)]
        "InvalidAction.ActionUnavailable" => "The API is under maintenance and is unavailable. Please try again later.",
        /// Error type: Number of requests for the API exceeds the concurrency limit.
        #[kind(Throttled)]
        "InvalidRequest.RequestConcurrencyExceeded" => "The number of requests for the current API exceeds the qps limit. Please try again later.",
    }
}
