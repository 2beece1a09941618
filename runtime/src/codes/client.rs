//! The codes Tencent's SDKs give failures on the client's side, which the API never
//! sends: what an SDK's log line or exception carries when no API error came back.

crate::tc_errors! {
    /// A client-side code of Tencent's Go or Python SDK: a failure before, or instead of,
    /// the API's answer. The API never sends these; an SDK's log line or exception does
    /// (the runtime's `parse_sdk_log_line` reads one).
    ///
    /// Read from the SDKs' sources: `tencentcloud-sdk-go` at commit `144f6c8d` (2026-08-21,
    /// `tencentcloud/common/`, and every service's `models.go` for
    /// `ClientError.BuildRequestError`) and `tencentcloud-sdk-python-common` 3.1.195
    /// (`tencentcloud/common/`). The Python SDK also raises two errors whose code is a
    /// sentence (`CommonClient Parameter Error, …` and `signMethod invalid`), which are no
    /// error codes and are left out.
    ///
    /// A failure that got no answer is of kind [`Network`](crate::ErrorKind::Network): the
    /// request may have reached the service, so it is retried only when it is idempotent.
    /// One whose answer was not the API's (a status other than 200, a body that is not
    /// JSON) is of kind [`Internal`](crate::ErrorKind::Internal), as the runtime advises
    /// for such a response. The others are the client's own mistakes: not worth a retry.
    ///
    /// ```
    /// use tc_errors::client::ClientError;
    /// use tc_errors::{ErrorCode, ErrorKind};
    ///
    /// let lost: ClientError = "ClientError.NetworkError".parse().unwrap();
    /// assert_eq!(lost.kind(), ErrorKind::Network);
    /// assert_eq!(lost.retry_advice().verdict().to_string(), "retry only if idempotent");
    /// ```
    pub enum ClientError {
        /// Go: `netretry.go`, the error of `http.Client.Do` once the SDK's own network
        /// retries (off by default) are spent.
        #[kind(Network)]
        "ClientError.NetworkError" => "The Go SDK got no response: connecting, sending or receiving failed. The request may have reached the service.",
        /// Go: `http/response.go`.
        #[kind(Network)]
        "ClientError.IOError" => "The Go SDK could not read the response body: the request was sent and its answer was cut short.",
        /// Go: `http/response.go`; the Python SDK's `ServerNetworkError` is the same.
        #[kind(Internal)]
        "ClientError.HttpStatusCodeError" => "The Go SDK received an HTTP status other than 200; the message quotes the status and the body.",
        /// Go: `http/response.go`, `http/common_request.go`.
        #[kind(Internal)]
        "ClientError.ParseJsonError" => "The Go SDK could not read a response (or a request given as JSON) as JSON; the message quotes the text.",
        /// Go: `client.go`, a panic caught while sending through the region breaker.
        #[kind(Failed)]
        "ClientError.CircuitBreakerError" => "The Go SDK failed while sending through its region circuit breaker; the message says why.",
        /// Go: every service's `models.go`.
        #[kind(InvalidRequest)]
        "ClientError.BuildRequestError" => "The Go SDK could not build the request: it has fields the action does not know.",
        /// Go: `http/common_request.go`.
        #[kind(InvalidRequest)]
        "ClientError.InvalidParameter" => "The Go SDK's common request was given data of a type it cannot send.",
        /// Go: `http/response.go`.
        #[kind(InvalidRequest)]
        "ClientError.TypeError" => "The Go SDK was given a response type that cannot read a streamed (SSE) answer.",
        /// Go: the credential providers (`credentials.go` and its neighbours).
        #[kind(Auth)]
        "ClientError.CredentialError" => "The Go SDK found no usable credential: from the environment, the profile file, a CVM role or an OIDC provider.",
        /// Go: `ini.go`.
        #[kind(Failed)]
        "ClientError.INIError" => "The Go SDK could not read its profile file (INI).",
        /// Go: `common_client.go`; Python: `abstract_client.py`, `profile/client_profile.py`.
        #[kind(InvalidRequest)]
        "ClientError" => "The SDK refused the request before sending it: an invalid signature method, HTTP method, header or profile setting.",
        /// Python: `credential.py`.
        #[kind(Auth)]
        "ClientError.MetadataError" => "The Python SDK could not get a credential from the CVM metadata server.",
        /// Python: `http/request.py`, any exception while sending.
        #[kind(Network)]
        "ClientNetworkError" => "The Python SDK got no response: sending the request raised an error (a refused connection, a timeout, a reset). The request may have reached the service.",
        /// Python: `abstract_client.py`, checked before the body is read.
        #[kind(Internal)]
        "ServerNetworkError" => "The Python SDK received an HTTP status other than 200; the message is the body.",
        /// Python: `abstract_client.py`, `http/request.py`.
        #[kind(InvalidRequest)]
        "ClientParamsError" => "The Python SDK was given parameters it cannot send: a wrong type, or an HTTP method other than GET and POST.",
        /// Python: `credential.py`.
        #[kind(Auth)]
        "ClientSideError" => "The Python SDK found no valid credential.",
        /// Python: `credential.py`.
        #[kind(Auth)]
        "InvalidCredential" => "The Python SDK was given an empty secret id or key, or one with spaces.",
    }
}
