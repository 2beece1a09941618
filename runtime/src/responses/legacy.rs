//! The legacy API 2.0 response parser: `{"code":…,"message":…,"codeDesc":…}`.

use super::api_error::ApiError;
use super::error::ResponseError;
use super::json::{self, Object, Text};
use super::legacy_fields::{legacy_error, NumericCode};
use super::malformed::{MalformedReason, MalformedResponse};
use super::v3::error_in_response;
use crate::codes::legacy::LegacyError;
use serde::de::{Deserialize, MapAccess};
use std::borrow::Cow;

/// Parses the body of a legacy Tencent Cloud API 2.0 response.
///
/// The body is an object with a numeric `code` (a JSON number or a string of digits;
/// some services send either), a `message` and a `codeDesc`:
///
/// - `code` 0 is a success: `T` is deserialized from the whole body (payload fields sit
///   beside `code`, so `T` sees `code`, `message` and `codeDesc` too) — unless the body
///   also carries an API 3.0 error: a `Response` object with an `Error` field. That
///   `Error` is read as [`parse_response`](crate::parse_response) reads it, and the body
///   is the API error it holds (its `Code`, looked up in [`LegacyError`], and its
///   `Message`), or malformed when it has no non-empty string `Code`. An error body is
///   never taken for a success. A `Response` that is not an object is skipped.
/// - Any other `code` is an [`ApiError<LegacyError>`](ApiError) whose code is read from
///   `codeDesc`, or is the number itself when `codeDesc` is missing, `null` or empty, so that no
///   error goes without a code. API 2.0 responses carry no request id: it is empty.
/// - Anything else is a [`MalformedResponse`], as for
///   [`parse_response`](crate::parse_response).
///
/// Of a key given twice in one object, the last value counts, as for `parse_response`
/// (`{"code":4100,"code":0}` is a success). `T` sees the whole body, repeated keys and
/// all: a derived struct that reads a key given twice refuses it (a
/// [`PayloadMismatch`](crate::MalformedReason::PayloadMismatch)).
///
/// ```
/// use tc_errors::legacy::LegacyError;
/// use tc_errors::{parse_legacy_response, ResponseError};
///
/// let body = br#"{"code":"4100","message":"Signature failed.","codeDesc":"AuthFailure"}"#;
/// match parse_legacy_response::<serde::de::IgnoredAny>(body) {
///     Err(ResponseError::Api(error)) => {
///         assert_eq!(error.code(), &LegacyError::AuthFailure);
///         assert_eq!(error.to_string(), "AuthFailure: Signature failed.");
///     }
///     other => panic!("{other:?}"),
/// }
/// ```
pub fn parse_legacy_response<'a, T>(body: &'a [u8]) -> Result<T, ResponseError<LegacyError>>
where
    T: Deserialize<'a>,
{
    let text = json::utf8(body)?;
    match json::read_last_wins(text, text.as_bytes(), read_envelope)?.0 {
        Some(error) => Err(ResponseError::Api(error)),
        None => Ok(json::payload(text, text.as_bytes())?),
    }
}

/// What the first pass makes of `text`: `None` for a success, or the API error.
fn read_envelope(text: &str) -> Result<Option<ApiError<LegacyError>>, MalformedResponse> {
    let mut envelope = LegacyEnvelope::default();
    json::envelope(text, &mut envelope)?;
    let Some(code) = envelope.code else {
        return Err(MalformedResponse::new(
            MalformedReason::NotAnApiResponse,
            "no `code` field",
            text.as_bytes(),
        ));
    };
    if code != 0 {
        let (message, code_desc) = (envelope.message.flatten(), envelope.code_desc.flatten());
        return Ok(Some(legacy_error(code, message, code_desc)));
    }
    match envelope
        .response
        .filter(|response| response.starts_with('{'))
    {
        Some(response) => error_in_response(response, text.as_bytes()),
        None => Ok(None),
    }
}

/// The fields of an API 2.0 body that say whether it is an error.
#[derive(Default)]
struct LegacyEnvelope<'a> {
    code: Option<i64>,
    /// `Some(None)` for `null`, as below.
    message: Option<Option<Cow<'a, str>>>,
    code_desc: Option<Option<Cow<'a, str>>>,
    /// The `Response`, as written; of a repeated one, the last.
    response: Option<&'a str>,
}

impl<'de> Object<'de> for LegacyEnvelope<'de> {
    const EXPECTING: &'static str = "a JSON object with a `code` field";
    const FIELDS: &'static [&'static str] = &["code", "message", "codeDesc", "Response"];

    fn read<A: MapAccess<'de>>(&mut self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = json::next_key::<Self, _>(&mut map)? {
            match key {
                Some("code") => json::fill(&mut map, &mut self.code, "code", NumericCode)?,
                Some("message") => {
                    json::fill(&mut map, &mut self.message, "message", Text("message"))?
                }
                Some("codeDesc") => {
                    json::fill(&mut map, &mut self.code_desc, "codeDesc", Text("codeDesc"))?
                }
                Some(_) => self.response = Some(json::next_raw(&mut map)?),
                None => json::skip(&mut map)?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::IgnoredAny;

    fn outcome(body: &str) -> Result<IgnoredAny, ResponseError<LegacyError>> {
        parse_legacy_response::<IgnoredAny>(body.as_bytes())
    }

    #[test]
    fn code_zero_beside_an_api_3_error_is_that_error() {
        let body = r#"{"code":0,"message":"m","codeDesc":"AuthFailure","Response":{"Error":{"Code":"X","Message":"y"}}}"#;
        match outcome(body) {
            Err(ResponseError::Api(error)) => {
                assert_eq!(error.code(), "X");
                assert_eq!(error.message(), "y");
                assert_eq!(error.request_id(), "");
            }
            other => panic!("{other:?}"),
        }
        let known = r#"{"code":"0","Response":{"RequestId":"r","Error":{"Code":"InternalError"}}}"#;
        match outcome(known) {
            Err(ResponseError::Api(error)) => assert_eq!(error.code(), &LegacyError::InternalError),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_api_3_error_without_a_code_is_malformed_not_a_success() {
        for body in [
            r#"{"code":0,"Response":{"Error":{"Message":"y"}}}"#,
            r#"{"code":0,"Response":{"Error":null}}"#,
            r#"{"code":0,"Response":{"Error":{"Code":""}}}"#,
            r#"{"code":0,"Response":{"Error":{"Code":7}}}"#,
        ] {
            match outcome(body) {
                Err(ResponseError::Malformed(error)) => {
                    assert_eq!(error.reason(), MalformedReason::NotAnApiResponse, "{body}");
                    assert!(!error.detail().contains("column"), "{error}");
                }
                other => panic!("{body}: {other:?}"),
            }
        }
    }

    #[test]
    fn other_responses_leave_code_zero_a_success() {
        for body in [
            r#"{"code":0,"Response":{"RequestId":"r"}}"#,
            r#"{"code":0,"Response":"text"}"#,
            r#"{"code":0,"Response":{"error":{"Code":"X"}}}"#,
            r#"{"code":0,"Response":{"Error":{"Code":"X"}},"Response":{}}"#,
        ] {
            assert!(outcome(body).is_ok(), "{body}");
        }
        // A non-zero code is the API 2.0 error, whatever the `Response` holds.
        let body = r#"{"code":4100,"codeDesc":"AuthFailure","Response":{"Error":null}}"#;
        match outcome(body) {
            Err(ResponseError::Api(error)) => assert_eq!(error.code(), &LegacyError::AuthFailure),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn of_a_field_given_twice_the_last_value_counts() {
        for (body, code) in [
            (
                r#"{"code":0,"code":4100,"codeDesc":"X","codeDesc":"AuthFailure"}"#,
                "AuthFailure",
            ),
            (
                r#"{"code":"x","code":"-1","message":[],"message":"m"}"#,
                "-1",
            ),
            (
                r#"{"code":0,"Response":{"Error":{"Code":"X","Code":"InternalError"}}}"#,
                "InternalError",
            ),
            (
                r#"{"code":0,"Response":{"Error":{"Code":7},"Error":{"Code":"Y"}}}"#,
                "Y",
            ),
        ] {
            match outcome(body) {
                Err(ResponseError::Api(error)) => assert_eq!(error.code(), code, "{body}"),
                other => panic!("{body}: {other:?}"),
            }
        }
        for body in [
            r#"{"code":4100,"code":0}"#,
            r#"{"code":4100,"message":1,"code":"0","message":"ok"}"#,
        ] {
            assert!(outcome(body).is_ok(), "{body}");
        }
    }

    #[test]
    fn a_second_reading_takes_strings_as_written() {
        // A lone surrogate in the message, with the code as an escaped string.
        let body = r#"{"code":"\u0034100","message":"m\ud800","codeDesc":"Auth\u0046ailure"}"#;
        match outcome(body) {
            Err(ResponseError::Api(error)) => {
                assert_eq!(error.code(), &LegacyError::AuthFailure);
                assert_eq!(error.message(), "m\u{fffd}");
            }
            other => panic!("{other:?}"),
        }
        let body = r#"{"code":"x\ud800","message":"m\ud800"}"#;
        match outcome(body) {
            Err(ResponseError::Malformed(error)) => {
                assert_eq!(error.reason(), MalformedReason::NotAnApiResponse, "{error}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_long_code_string_is_quoted_short() {
        let body = format!(r#"{{"code":"{}"}}"#, "x".repeat(100_000));
        match outcome(&body) {
            Err(ResponseError::Malformed(error)) => {
                assert!(error.to_string().len() < 400, "{error}");
            }
            other => panic!("{other:?}"),
        }
    }
}
