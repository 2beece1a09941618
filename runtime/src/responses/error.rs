//! Why a response body did not give a success payload.

use super::api_error::ApiError;
use super::http_failure::HttpFailure;
use super::malformed::MalformedResponse;
use super::serialized::StructFields;
use crate::codes::error_code::ErrorCode;
use crate::retry::{Failure, RetryAdvice};
use serde::ser::{Serialize, SerializeStruct, Serializer};
use std::fmt;
use tc_errors_internals::kind::ErrorKind;

/// Why a response parser did not return a success: the API said no, or the body was
/// not a well-formed response at all.
///
/// A malformed body says nothing about whether the request was carried out (a gateway
/// may have answered with an HTML page): its [advice](Self::retry_advice) is a server
/// fault, retried only for an idempotent request.
///
/// [`failure`](Self::failure) (or `Failure::from(&error)`) hands any outcome to a
/// [`RetryPolicy`](crate::retry::RetryPolicy) with its advice, HTTP status and
/// `Retry-After`:
///
/// ```
/// use std::time::Duration;
/// use tc_errors::retry::RetryPolicy;
/// use tc_errors::{parse_http_response, CommonError};
///
/// // A 503 whose body is the API's error, with a Retry-After of 2 s.
/// let body = br#"{"Response":{"Error":{"Code":"ServiceUnavailable","Message":"Busy."},"RequestId":"r-1"}}"#;
/// let error = parse_http_response::<(), CommonError>(503, [("Retry-After", "2")], body)
///     .unwrap_err();
/// let policy = RetryPolicy::default();
/// let delay = policy.next_delay(1, &error.failure(), false, &mut || 0);
/// assert_eq!(delay, Some(Duration::from_secs(2)));
/// ```
///
/// # Serialization
///
/// The shape of an outcome, the one `tc-errors parse --json` prints too (the tool adds
/// what its catalogs say: the declaring services, the description, …): a flat object
/// whose `outcome` says which, then that outcome's fields, and `advice`, the
/// [`RetryAdvice`] (`class`, `verdict`, `retry`, `idempotent_only`, `re_sign`).
///
/// | `outcome` | fields |
/// |---|---|
/// | `api_error` | `code`, `message`, `request_id`, `kind`, `advice`, `status`, `retry_after_seconds`, and `lossy` when a field was not text ([`ApiError`]'s) |
/// | `malformed` | `reason`, `message`, `detail`, `excerpt` ([`MalformedResponse`]'s), `advice` |
/// | `http` | `status`, `content_type`, `excerpt`, `request_id`, `retry_after_seconds` ([`HttpFailure`]'s), `advice` |
///
/// ```
/// use tc_errors::{parse_http_response, CommonError};
///
/// let error = parse_http_response::<(), CommonError>(429, [("Retry-After", "3")], b"Too Many Requests")
///     .unwrap_err();
/// let json = serde_json::to_value(&error).unwrap();
/// assert_eq!(json["outcome"], "http");
/// assert_eq!(json["status"], 429);
/// assert_eq!(json["retry_after_seconds"], 3);
/// assert_eq!(json["advice"]["verdict"], "retry");
/// ```
///
/// # Errors as values
///
/// `Display` is the inner error's, and [`source`](std::error::Error::source) is `None`:
/// a report that walks the chain would print the same text twice. To reach the inner
/// error through `anyhow` or a `Box<dyn Error>`, downcast to `ResponseError<E>` and
/// `match` or call [`api_error`](Self::api_error):
///
/// ```
/// use tc_errors::{parse_response, CommonError, ResponseError};
///
/// let body = br#"{"Response":{"Error":{"Code":"InternalError","Message":"Oops."},"RequestId":"r-1"}}"#;
/// let error: Box<dyn std::error::Error> =
///     Box::new(parse_response::<(), CommonError>(body).unwrap_err());
/// let error = error.downcast_ref::<ResponseError<CommonError>>().unwrap();
/// assert_eq!(error.code(), Some("InternalError"));
/// assert_eq!(error.request_id(), Some("r-1"));
/// assert!(error.api_error().unwrap().is(CommonError::InternalError));
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ResponseError<E: ErrorCode> {
    /// The API returned an error.
    Api(ApiError<E>),
    /// The body is not a well-formed API response.
    Malformed(MalformedResponse),
    /// The response is not the API's: a non-2xx status without an API error body (only
    /// [`parse_http_response`](crate::parse_http_response) gives it).
    Http(HttpFailure),
}

impl<E: ErrorCode> ResponseError<E> {
    /// The API's error, if the body was one.
    pub fn api_error(&self) -> Option<&ApiError<E>> {
        match self {
            ResponseError::Api(error) => Some(error),
            ResponseError::Malformed(_) | ResponseError::Http(_) => None,
        }
    }

    /// What to do about this outcome: the API error's advice by its code, the HTTP
    /// failure's by its status, and for a malformed body a server fault (the call may
    /// have run: retry only an idempotent request).
    pub fn retry_advice(&self) -> RetryAdvice {
        match self {
            ResponseError::Api(error) => error.retry_advice(),
            ResponseError::Malformed(_) => RetryAdvice::for_status(200),
            ResponseError::Http(failure) => failure.retry_advice(),
        }
    }

    /// This outcome as a retry policy sees it: the API error's
    /// [`failure`](ApiError::failure) (its code, advice, HTTP status and `Retry-After`),
    /// the HTTP failure's ([`HttpFailure::failure`]), or for a malformed body an answer
    /// with the advice of [`retry_advice`](Self::retry_advice).
    pub fn failure(&self) -> Failure<'_> {
        match self {
            ResponseError::Api(error) => error.failure(),
            ResponseError::Malformed(_) => Failure::answer(self.retry_advice()),
            ResponseError::Http(failure) => failure.failure(),
        }
    }

    /// The same outcome read with another catalog `F`: an API error's code by its text
    /// ([`ApiError::into_catalog`]), the other outcomes as they are.
    pub fn into_catalog<F: ErrorCode>(self) -> ResponseError<F> {
        match self {
            ResponseError::Api(error) => ResponseError::Api(error.into_catalog()),
            ResponseError::Malformed(error) => ResponseError::Malformed(error),
            ResponseError::Http(failure) => ResponseError::Http(failure),
        }
    }

    /// The error code's text, if the API returned an error.
    pub fn code(&self) -> Option<&str> {
        self.api_error().map(|error| error.code().as_str())
    }

    /// The request id, if the response carried one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            ResponseError::Api(error) => Some(error.request_id()).filter(|id| !id.is_empty()),
            ResponseError::Malformed(_) => None,
            ResponseError::Http(failure) => failure.request_id(),
        }
    }

    /// The kind of the API's error code, if the API returned an error.
    pub fn kind(&self) -> Option<ErrorKind> {
        self.api_error().map(ApiError::kind)
    }
}

impl<E: ErrorCode> Serialize for ResponseError<E> {
    /// One flat object: `outcome`, the inner error's fields, and its `advice`; see
    /// [the shape](ResponseError#serialization).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        fn outcome<S: Serializer, T: StructFields>(
            serializer: S,
            outcome: &'static str,
            error: &T,
            advice: Option<RetryAdvice>,
        ) -> Result<S::Ok, S::Error> {
            let mut state = serializer.serialize_struct("ResponseError", T::LEN + 2)?;
            state.serialize_field("outcome", outcome)?;
            error.write_fields(&mut state)?;
            if let Some(advice) = advice {
                state.serialize_field("advice", &advice)?;
            }
            state.end()
        }
        let advice = self.retry_advice();
        match self {
            // An API error's own fields have its advice.
            ResponseError::Api(error) => outcome(serializer, "api_error", error, None),
            ResponseError::Malformed(error) => {
                outcome(serializer, "malformed", error, Some(advice))
            }
            ResponseError::Http(failure) => outcome(serializer, "http", failure, Some(advice)),
        }
    }
}

impl<E: ErrorCode> fmt::Display for ResponseError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResponseError::Api(error) => error.fmt(f),
            ResponseError::Malformed(error) => error.fmt(f),
            ResponseError::Http(error) => error.fmt(f),
        }
    }
}

// `Display` is the inner error's, so `source` is not it: a report would show it twice
// (the type's docs say how to reach the inner error).
impl<E: ErrorCode> std::error::Error for ResponseError<E> {}

impl<'a, E: ErrorCode> From<&'a ResponseError<E>> for Failure<'a> {
    /// [`ResponseError::failure`].
    fn from(error: &'a ResponseError<E>) -> Failure<'a> {
        error.failure()
    }
}

impl<E: ErrorCode> From<ApiError<E>> for ResponseError<E> {
    fn from(error: ApiError<E>) -> ResponseError<E> {
        ResponseError::Api(error)
    }
}

impl<E: ErrorCode> From<MalformedResponse> for ResponseError<E> {
    fn from(error: MalformedResponse) -> ResponseError<E> {
        ResponseError::Malformed(error)
    }
}

#[cfg(test)]
mod tests {
    use crate::codes::common::CommonError;
    use crate::responses::http::parse_http_response;
    use serde_json::json;

    fn outcome(status: u16, headers: &[(&str, &str)], body: &str) -> serde_json::Value {
        let error = parse_http_response::<(), CommonError>(status, headers, body.as_bytes())
            .expect_err("not a success");
        serde_json::to_value(error).unwrap()
    }

    #[test]
    fn each_outcome_is_one_flat_object_with_its_advice() {
        let server_fault = json!({
            "class": "ServerFault", "verdict": "retry only if idempotent", "retry": true,
            "idempotent_only": true, "re_sign": false,
        });
        assert_eq!(
            outcome(
                503,
                &[("Retry-After", "2")],
                r#"{"Response":{"Error":{"Code":"InternalError","Message":"Oops."},"RequestId":"r-1"}}"#,
            ),
            json!({
                "outcome": "api_error", "code": "InternalError", "message": "Oops.",
                "request_id": "r-1", "kind": "Internal", "advice": server_fault,
                "status": 503, "retry_after_seconds": 2,
            })
        );
        assert_eq!(
            outcome(200, &[], "<html>"),
            json!({
                "outcome": "malformed", "reason": "NotJson", "message": "the body is not JSON",
                "detail": "expected value at line 1 column 1", "excerpt": "<html>",
                "advice": server_fault,
            })
        );
        assert_eq!(
            outcome(
                429,
                &[("Retry-After", "3"), ("X-TC-RequestId", "h-1")],
                "slow"
            ),
            json!({
                "outcome": "http", "status": 429, "content_type": null, "excerpt": "slow",
                "request_id": "h-1", "retry_after_seconds": 3,
                "advice": {
                    "class": "Throttled", "verdict": "retry", "retry": true,
                    "idempotent_only": false, "re_sign": false,
                },
            })
        );
    }
}
