//! A parser's result reduced to what the tables and properties compare, with the checks
//! that every malformed-response error must pass whatever the body.

use serde_json::Value;
use tc::{ErrorCode, MalformedReason, MalformedResponse, ResponseError, Success};
use tc_error_catalogs::cbs::CbsError;

/// What a parser made of a body.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome<T> {
    /// A success, with what the parser returned.
    Success(T),
    /// An API error: code, message and request id, as text.
    Api {
        /// The code's text.
        code: String,
        /// The message.
        message: String,
        /// The request id (empty for API 2.0).
        request_id: String,
    },
    /// A malformed body, and why.
    Malformed(MalformedReason),
}

impl<T> Outcome<T> {
    /// The outcome of `result`; panics if a malformed-response error is not safe to show
    /// (see [`check_shown_safely`]).
    pub fn of<E: ErrorCode>(result: Result<T, ResponseError<E>>) -> Outcome<T> {
        match result {
            Ok(success) => Outcome::Success(success),
            Err(ResponseError::Api(error)) => Outcome::Api {
                code: error.code().as_str().to_owned(),
                message: error.message().to_owned(),
                request_id: error.request_id().to_owned(),
            },
            Err(ResponseError::Malformed(error)) => {
                check_shown_safely(&error);
                Outcome::Malformed(error.reason())
            }
        }
    }

    /// `success` for a success, the error outcome unchanged otherwise.
    pub fn map<U>(self, success: impl FnOnce(T) -> U) -> Outcome<U> {
        match self {
            Outcome::Success(payload) => Outcome::Success(success(payload)),
            Outcome::Api {
                code,
                message,
                request_id,
            } => Outcome::Api {
                code,
                message,
                request_id,
            },
            Outcome::Malformed(reason) => Outcome::Malformed(reason),
        }
    }
}

/// An API 3.0 body parsed by `parse_response` into a `serde_json::Value` payload (which
/// takes any `Response` object, so that only the envelope decides) and the CBS catalog.
pub fn api3(body: &[u8]) -> Outcome<Success<Value>> {
    Outcome::of(tc::parse_response::<Value, CbsError>(body))
}

/// An API 2.0 body parsed by `parse_legacy_response` into a `serde_json::Value` payload.
pub fn api2(body: &[u8]) -> Outcome<Value> {
    Outcome::of(tc::parse_legacy_response::<Value>(body))
}

/// Panics unless `error` quotes at most 64 characters of the body (plus `…`), with no
/// control character, and its text says what it is: whatever the body held, the error
/// is safe to log and print.
pub fn check_shown_safely(error: &MalformedResponse) {
    let prefix = error.body_prefix();
    assert!(prefix.chars().count() <= 65, "{prefix:?}");
    assert!(!prefix.chars().any(char::is_control), "{prefix:?}");
    let shown = error.to_string();
    assert!(shown.starts_with("malformed response: "), "{shown}");
}
