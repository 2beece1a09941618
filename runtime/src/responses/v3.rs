//! The API 3.0 response parser: `{"Response":{…}}` to a payload or an [`ApiError`].

use super::api_error::{ApiError, LossyFields};
use super::envelope::{Envelope, ErrorFields, ErrorOnly, LastPayload, Payload, ResponseFields};
use super::error::ResponseError;
use super::json::{self, Field};
use super::malformed::{MalformedReason, MalformedResponse};
use crate::codes::code::Code;
use crate::codes::error_code::ErrorCode;
use serde::Deserialize;

/// The payload of a successful API 3.0 call, with its request id.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Success<T> {
    /// The `Response` object, deserialized.
    pub payload: T,
    /// The `RequestId` of the response, or `""` when it had none.
    pub request_id: String,
}

/// Parses the body of a Tencent Cloud API 3.0 response.
///
/// - `{"Response":{"Error":{"Code":…,"Message":…},"RequestId":…}}` is an
///   [`ApiError<E>`](ApiError) when `Code` is a non-empty string, whatever else the
///   `Response` holds: an error body is never taken for a success. `Message` and
///   `RequestId` may be any JSON value (the official Python SDK too reports such a body
///   as its error): a number becomes its text as written (`12`, `1.5e3`), `null`, a
///   boolean, an object or an array the empty string, and [`ApiError::lossy`] names the
///   fields that were not strings.
/// - A body that also carries an API 2.0 error, a top-level `code` that is not 0 (an
///   integer, or a string of digits, as [`parse_legacy_response`](crate::parse_legacy_response) reads it) beside a
///   `Response` without `Error`, is not a success either: it is the API error that
///   `parse_legacy_response` would give (the code from `codeDesc`, or the number), with
///   the `Response`'s request id (read as for an `Error`). Top-level fields of other
///   values are skipped; of a repeated one, the last counts.
/// - `{"Response":{…,"RequestId":…}}` without `Error` is a [`Success`] when its
///   `RequestId` is a string, `null` or missing (a success has nowhere to note one that
///   is not): `T` is deserialized from the whole `Response` object, `RequestId` included
///   (a `T` with `#[serde(deny_unknown_fields)]` must therefore declare it). `T` may
///   borrow from `body`; any `DeserializeOwned` type works too. For an action that returns nothing
///   but its request id, use `()` (or a unit struct, or `serde::de::IgnoredAny`): it
///   accepts any `Response` object.
/// - Anything else is a [`MalformedResponse`] saying what is wrong: not UTF-8, not JSON,
///   cut short, followed by trailing data, no `Response` object, an `Error` that is not
///   an object or has no non-empty string `Code`, a success's `RequestId` that is not a
///   string or `null`, or a payload that does not fit `T`.
/// - A key given twice in one object counts once, with its last value, as Python's `json`
///   reads it (and so Tencent's Python SDK): the earlier values need only be JSON.
///   `{"Response":{"Error":{"Code":"AuthFailure","Code":"RequestLimitExceeded"}}}` is a
///   `RequestLimitExceeded`; of two `Response` objects, the last is the response, and a
///   success's payload.
///
/// Lenient on purpose: a missing `RequestId` gives an empty request id and a missing
/// `Message` an empty message (not noted: nothing was replaced), because the code alone
/// still says what happened; fields the parser does not know are skipped; a leading
/// byte-order mark is ignored; a lone surrogate escape (`\ud83d`, which JSON allows but no string can hold)
/// in a string the parser reads (`Code`, `Message`, `RequestId`, a key) becomes U+FFFD
/// rather than losing the code (a `T` that reads such a string refuses it: a
/// `PayloadMismatch`).
///
/// It never panics. JSON nested deeper than 128 levels inside a field that `T` reads is
/// a `PayloadMismatch`, not a stack overflow; deep nesting in fields nobody reads is
/// skipped without recursion.
///
/// ```
/// use tc_errors::{parse_response, CommonError, ResponseError};
///
/// let body = br#"{"Response":{"Error":{"Code":"InternalError","Message":"Oops."},"RequestId":"r-1"}}"#;
/// match parse_response::<serde::de::IgnoredAny, CommonError>(body) {
///     Err(ResponseError::Api(error)) => {
///         assert_eq!(error.code(), &CommonError::InternalError);
///         assert_eq!(error.to_string(), "InternalError: Oops. (RequestId: r-1)");
///     }
///     other => panic!("{other:?}"),
/// }
/// ```
///
/// # Retrying
///
/// Every outcome but a success has its [advice](ResponseError::retry_advice) and turns
/// itself into the [`Failure`](crate::retry::Failure) a
/// [`RetryPolicy`](crate::retry::RetryPolicy) decides on: throttling and the codes a
/// catalog marks `#[kind(Transient)]` (known or not) are retried after a delay, an
/// internal error only when the request is idempotent.
///
/// ```
/// use serde::Deserialize;
/// use std::time::Duration;
/// use tc_errors::retry::{Decision, JitterRng, RetryPolicy};
/// use tc_errors::{parse_response, ResponseError};
///
/// tc_errors::tc_errors! {
///     /// Cloud Block Storage error codes.
///     pub enum CbsError {
///         use common;
///         #[kind(Transient)]
///         "InvalidDisk.Busy" => "The cloud disk is busy. Try again later.",
///     }
/// }
///
/// #[derive(Deserialize)]
/// #[serde(rename_all = "PascalCase")]
/// struct AttachDisks {}
///
/// // Stands in for the HTTP client: the disk is busy, the API is throttled, then the
/// // call goes through.
/// let mut replies = [
///     r#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"The cloud disk is busy."},"RequestId":"r-1"}}"#,
///     r#"{"Response":{"Error":{"Code":"RequestLimitExceeded.UinLimitExceeded","Message":"Slow down."},"RequestId":"r-2"}}"#,
///     r#"{"Response":{"RequestId":"r-3"}}"#,
/// ]
/// .into_iter();
/// let mut send = || replies.next().expect("no more replies").as_bytes();
///
/// let policy = RetryPolicy::default().base_delay(Duration::from_millis(1));
/// let mut rng = JitterRng::new();
/// let idempotent = false; // AttachDisks without a ClientToken
/// let mut attempts = policy.attempts();
/// let outcome = loop {
///     let error = match parse_response::<AttachDisks, CbsError>(send()) {
///         Ok(success) => break Ok(success),
///         Err(error) => error,
///     };
///     match attempts.failed(&error.failure(), idempotent, &mut || rng.next_u64()) {
///         Decision::Retry(delay) => std::thread::sleep(delay),
///         Decision::Stop(why) => {
///             eprintln!("{error}: {why}");
///             break Err(error);
///         }
///     }
/// };
/// let success = outcome?;
/// assert_eq!((success.request_id.as_str(), attempts.made()), ("r-3", 2));
/// attempts.succeeded();
/// # Ok::<(), ResponseError<CbsError>>(())
/// ```
pub fn parse_response<'a, T, E>(body: &'a [u8]) -> Result<Success<T>, ResponseError<E>>
where
    T: Deserialize<'a>,
    E: ErrorCode,
{
    let text = json::utf8(body)?;
    let quoted = text.as_bytes();
    let (outcome, last_response) = json::read_last_wins(text, quoted, read_envelope::<E>)?;
    let request_id = outcome.map_err(ResponseError::Api)?;
    let payload = match last_response {
        None => json::payload::<Payload<T>>(text, quoted)?.0,
        Some(response) => json::payload::<LastPayload<T>>(response, quoted)?.0,
    };
    Ok(Success {
        payload,
        request_id,
    })
}

/// What the first pass makes of `text`: the request id of a success, or the API error:
/// the `Response`'s `Error`, or else an API 2.0 error beside the `Response`.
#[inline]
fn read_envelope<E: ErrorCode>(
    text: &str,
) -> Result<Result<String, ApiError<E>>, MalformedResponse> {
    let body = text.as_bytes();
    let mut envelope = Envelope::default();
    json::envelope(text, &mut envelope)?;
    let Envelope { response, legacy } = &mut envelope;
    let Some(ResponseFields { error, request_id }) = response else {
        return Err(not_a_response("no `Response` field", body));
    };
    let request_id = request_id.take();
    if let Some(error) = error {
        return Ok(Err(api_error(error, request_id, body)?));
    }
    if let Some(error) = legacy.error::<E>() {
        let (request_id, lossy) = Field::lenient(request_id);
        return Ok(Err(error.with_request_id(&request_id, lossy)));
    }
    // A success has nowhere to note a request id that is not text: it must be one.
    match Field::strict(request_id, "RequestId") {
        Ok(request_id) => Ok(Ok(request_id.into_owned())),
        Err(detail) => Err(not_a_response(&detail, body)),
    }
}

/// The `ApiError` of an `Error` object, which must have a non-empty string `Code`; its
/// `Message` and the `RequestId` may be any value (see [`Field::lenient`]).
#[inline]
fn api_error<E: ErrorCode>(
    error: &mut ErrorFields<'_>,
    request_id: Option<Field<'_>>,
    body: &[u8],
) -> Result<ApiError<E>, MalformedResponse> {
    let code = match error.code.take().flatten() {
        None => return Err(not_a_response("`Error` has no `Code`", body)),
        Some(code) if code.is_empty() => return Err(not_a_response("`Error.Code` is empty", body)),
        Some(code) => code,
    };
    let (message, message_lossy) = Field::lenient(error.message.take());
    let (request_id, request_id_lossy) = Field::lenient(request_id);
    let lossy = LossyFields::new(message_lossy, request_id_lossy);
    Ok(ApiError::from_parts(
        Code::from_text(code),
        message,
        &request_id,
        lossy,
    ))
}

/// The API error of the `Error` field of `response`, an API 3.0 `Response` object as
/// written in an API 2.0 body: `None` when it has none, and the `Error` read as
/// [`parse_response`] reads it otherwise (of a repeated `Error`, the last counts). API 2.0
/// errors carry no request id.
pub(crate) fn error_in_response<E: ErrorCode>(
    response: &str,
    body: &[u8],
) -> Result<Option<ApiError<E>>, MalformedResponse> {
    // `response` is JSON that the first pass has checked: only the reading of `Error`
    // can fail, and what it says is about `Response.Error`, where its line and column
    // (counted from the start of `Error`) would mislead.
    let in_error = |error: serde_json::Error| {
        let detail = error.to_string();
        let position = format!(" at line {} column {}", error.line(), error.column());
        let detail = detail.strip_suffix(&position).unwrap_or(&detail);
        not_a_response(&format!("in `Response.Error`: {detail}"), body)
    };
    let ErrorOnly(error) =
        json::strings_as_written(|| serde_json::from_str(response).map_err(in_error))?;
    let Some(error) = error else {
        return Ok(None);
    };
    let read = |error: &str| {
        let mut error: ErrorFields<'_> =
            json::strings_as_written(|| serde_json::from_str(error).map_err(in_error))?;
        api_error(&mut error, None, body)
    };
    json::read_last_wins(error, body, read).map(|(error, _)| Some(error))
}

fn not_a_response(detail: &str, body: &[u8]) -> MalformedResponse {
    MalformedResponse::new(MalformedReason::NotAnApiResponse, detail, body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::common::CommonError;
    use serde::de::IgnoredAny;

    fn outcome(body: &str) -> Result<Success<IgnoredAny>, ResponseError<CommonError>> {
        parse_response::<IgnoredAny, CommonError>(body.as_bytes())
    }

    fn api_error(body: &str) -> ApiError<CommonError> {
        match outcome(body) {
            Err(ResponseError::Api(error)) => error,
            other => panic!("{body}: {other:?}"),
        }
    }

    #[test]
    fn an_api_2_error_beside_a_success_response_is_that_error() {
        let error = api_error(
            r#"{"code":4100,"message":"m","codeDesc":"AuthFailure","Response":{"RequestId":"r"}}"#,
        );
        assert_eq!(error.to_string(), "AuthFailure: m (RequestId: r)");
        let error = api_error(r#"{"Response":{},"code":"-1","codeDesc":null,"message":7}"#);
        assert_eq!(error.to_string(), "-1");
        // The `Response`'s own `Error` comes first.
        let error = api_error(
            r#"{"code":4100,"codeDesc":"AuthFailure","Response":{"Error":{"Code":"InternalError"}}}"#,
        );
        assert_eq!(error.code(), &CommonError::InternalError);
    }

    #[test]
    fn other_top_level_codes_leave_a_success() {
        for body in [
            r#"{"code":0,"Response":{"RequestId":"r"}}"#,
            r#"{"code":"0","codeDesc":"AuthFailure","Response":{}}"#,
            r#"{"code":"abc","Response":{}}"#,
            r#"{"code":1.5,"Response":{}}"#,
            r#"{"code":{"a":1},"Response":{}}"#,
            r#"{"code":4100,"code":0,"Response":{}}"#,
            r#"{"message":"m","codeDesc":"AuthFailure","Response":{}}"#,
        ] {
            assert!(outcome(body).is_ok(), "{body}");
        }
    }

    #[test]
    fn of_a_field_given_twice_the_last_value_counts() {
        for (body, shown) in [
            (
                r#"{"Response":{"Error":{"Code":"AuthFailure","Code":"RequestLimitExceeded"}}}"#,
                "RequestLimitExceeded",
            ),
            (
                r#"{"Response":{"Error":{"Code":"A","Message":1},"RequestId":"r","Error":{"Code":"B","Message":"m","Message":"n"},"RequestId":"s"}}"#,
                "B: n (RequestId: s)",
            ),
            // Earlier values need only be JSON: not a string, not an object.
            (
                r#"{"Response":"x","Response":{"Error":{"Code":7,"Code":"C"}}}"#,
                "C",
            ),
            (
                r#"{"Response":{"Error":null,"RequestId":[],"Error":{"Code":"D"},"RequestId":"r"}}"#,
                "D (RequestId: r)",
            ),
            // Values serde_json cannot read where an object belongs.
            (
                r#"{"Response":"\ud800","Response":1e400,"Response":{"Error":{"Code":"E"}}}"#,
                "E",
            ),
        ] {
            assert_eq!(api_error(body).to_string(), shown, "{body}");
        }
        // The last `Response` has no `Error`: a success, as Python's `json` reads it, its
        // payload read from that `Response`.
        let body =
            br#"{"Response":{"Error":{"Code":"AuthFailure"}},"Response":{"N":1,"RequestId":"r"}}"#;
        let success = parse_response::<serde_json::Value, CommonError>(body).unwrap();
        assert_eq!(success.request_id, "r");
        assert_eq!(success.payload, serde_json::json!({"N":1,"RequestId":"r"}));
    }

    #[test]
    fn what_the_last_values_make_malformed_says_so_without_a_position() {
        for (body, detail) in [
            (
                r#"{"Response":{"Error":{"Code":"A"},"Error":{"Code":7}}}"#,
                "invalid type: integer `7`, expected `Error.Code` to be a string or null",
            ),
            (
                r#"{"Response":{"Error":{"Code":"A"}},"Response":[]}"#,
                "invalid type: sequence, expected `Response` to be an object",
            ),
            (
                r#"{"Response":{"RequestId":"r","RequestId":1}}"#,
                "invalid type: integer `1`, expected `RequestId` to be a string or null",
            ),
        ] {
            match outcome(body) {
                Err(ResponseError::Malformed(error)) => {
                    assert_eq!(error.reason(), MalformedReason::NotAnApiResponse);
                    assert_eq!(error.detail(), detail, "{body}");
                    assert!(
                        error.body_prefix().starts_with(r#"{"Response":{"#),
                        "{error}"
                    );
                }
                other => panic!("{body}: {other:?}"),
            }
        }
        // Broken JSON after a repeated field is broken JSON.
        match outcome(r#"{"Response":{"RequestId":"r","RequestId":"s"}"#) {
            Err(ResponseError::Malformed(error)) => {
                assert_eq!(error.reason(), MalformedReason::Truncated);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn lone_surrogates_in_what_is_read_become_replacement_characters() {
        let error = api_error(
            r#"{"Response":{"\ud800":1,"Error":{"Code":"Internal\u0045rror","Message":"a\udc00"},"RequestId":"\ud83d"}}"#,
        );
        assert_eq!(error.code(), &CommonError::InternalError);
        assert_eq!(error.message(), "a\u{fffd}");
        assert_eq!(error.request_id(), "\u{fffd}");
    }

    #[test]
    fn a_long_escaped_message_is_read_as_written() {
        let message = format!("{}\\n", "\\u00e9x".repeat(40_000));
        let body = format!(
            r#"{{"Response":{{"Error":{{"Code":"InternalError","Message":"{message}"}},"RequestId":"r"}}}}"#
        );
        let error = api_error(&body);
        assert_eq!(error.message(), format!("{}\n", "éx".repeat(40_000)));
        assert_eq!(error.request_id(), "r");
        // The next body is read by serde_json again.
        let error = api_error(r#"{"Response":{"Error":{"Code":"A","Message":"\u00e9"}}}"#);
        assert_eq!(error.message(), "é");
        assert!(!json::reading_as_written());
    }

    #[test]
    fn a_long_string_where_an_object_belongs_is_quoted_short() {
        for body in [
            format!(r#"{{"Response":"{}"}}"#, "\\u00e9".repeat(50_000)),
            format!(r#"{{"Response":{{"Error":"{}"}}}}"#, "x".repeat(300_000)),
            format!(r#""{}""#, "y".repeat(300_000)),
        ] {
            match outcome(&body) {
                Err(ResponseError::Malformed(error)) => {
                    assert_eq!(error.reason(), MalformedReason::NotAnApiResponse);
                    assert!(error.to_string().len() < 400, "{error}");
                }
                other => panic!("{other:?}"),
            }
        }
    }
}
