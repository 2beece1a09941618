//! A parser's result reduced to what the tables and properties compare, and the checks
//! that hold whatever the body: a malformed-response error is safe to show, and every
//! outcome agrees with serde_json's own reading of the body.

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
        /// The fields the body gave as something other than a string (`ApiError::lossy`).
        lossy: Vec<&'static str>,
    },
    /// A malformed body, and why.
    Malformed(MalformedReason),
    /// A response that is not the API's, and its status.
    Http(u16),
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
                lossy: error.lossy().names().collect(),
            },
            Err(ResponseError::Malformed(error)) => {
                check_shown_safely(&error);
                Outcome::Malformed(error.reason())
            }
            Err(ResponseError::Http(failure)) => Outcome::Http(failure.status()),
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
/// control character, and its text says what it is and stays short: whatever the body
/// held, the error is safe to log and print.
pub fn check_shown_safely(error: &MalformedResponse) {
    let prefix = error.body_prefix();
    assert!(prefix.chars().count() <= 65, "{prefix:?}");
    assert!(!prefix.chars().any(char::is_control), "{prefix:?}");
    let shown = error.to_string();
    assert!(shown.starts_with("malformed response: "), "{shown}");
    assert!(shown.chars().count() < 400, "{shown}");
}

/// What must hold of any body, valid or not, by comparison with serde_json's own reading
/// of it: a success is a JSON `Response` object without `Error`, with that payload; an
/// API error has the code, message and request id that the JSON holds; a body that is
/// valid JSON can be malformed only by its shape.
///
/// A body that `Value` refuses for what the parsers may skip is compared with nothing.
pub fn check_api3_against_serde_json(body: &[u8]) {
    let Some(json) = serde_json_reading(body) else {
        return;
    };
    match api3(body) {
        Outcome::Success(success) => {
            let json = json.expect("a success is JSON");
            let response = &json["Response"];
            assert!(response.is_object(), "{json}");
            assert!(
                response.get("Error").is_none(),
                "an error taken for a success: {json}"
            );
            assert!(
                legacy_code(&json["code"]).unwrap_or(0) == 0,
                "an API 2.0 error taken for a success: {json}"
            );
            assert_eq!(&success.payload, response);
            assert!(
                matches!(
                    response.get("RequestId"),
                    None | Some(Value::Null | Value::String(_))
                ),
                "a success's request id is text: {json}"
            );
            assert_eq!(success.request_id, text_or_empty(&response["RequestId"]));
        }
        Outcome::Api {
            code,
            message,
            request_id,
            lossy,
        } => {
            let json = json.expect("an API error is JSON");
            let response = &json["Response"];
            let request_id_lossy = check_lenient(response.get("RequestId"), &request_id);
            if response.get("Error").is_none() {
                // An API 2.0 error beside the `Response`.
                check_legacy_error(&json, &code, &message);
                assert_eq!(lossy_names(false, request_id_lossy), lossy, "{json}");
                return;
            }
            let error = &response["Error"];
            assert_eq!(error["Code"].as_str(), Some(code.as_str()), "{json}");
            let message_lossy = check_lenient(error.get("Message"), &message);
            assert_eq!(
                lossy_names(message_lossy, request_id_lossy),
                lossy,
                "{json}"
            );
        }
        Outcome::Malformed(reason) => {
            if json.is_ok() {
                assert_eq!(reason, MalformedReason::NotAnApiResponse);
            }
        }
        Outcome::Http(status) => panic!("parse_response gave an HTTP failure ({status})"),
    }
}

/// [`check_api3_against_serde_json`] for API 2.0 bodies.
pub fn check_api2_against_serde_json(body: &[u8]) {
    let Some(json) = serde_json_reading(body) else {
        return;
    };
    match api2(body) {
        Outcome::Success(payload) => {
            let json = json.expect("a success is JSON");
            assert!(
                json["code"] == 0 || json["code"].as_str().and_then(|c| c.parse().ok()) == Some(0),
                "an error taken for a success: {json}"
            );
            assert!(
                json["Response"].get("Error").is_none(),
                "an API 3.0 error taken for a success: {json}"
            );
            assert_eq!(payload, json);
        }
        Outcome::Api {
            code,
            message,
            lossy,
            ..
        } => {
            let json = json.expect("an API error is JSON");
            if legacy_code(&json["code"]) == Some(0) {
                // The API 3.0 error of the `Response`.
                let error = &json["Response"]["Error"];
                assert_eq!(error["Code"].as_str(), Some(code.as_str()), "{json}");
                let message_lossy = check_lenient(error.get("Message"), &message);
                assert_eq!(lossy_names(message_lossy, false), lossy, "{json}");
                return;
            }
            assert!(lossy.is_empty(), "{json}");
            check_legacy_error(&json, &code, &message);
        }
        Outcome::Malformed(reason) => {
            if json.is_ok() {
                assert_eq!(reason, MalformedReason::NotAnApiResponse);
            }
        }
        Outcome::Http(status) => panic!("parse_legacy_response gave an HTTP failure ({status})"),
    }
}

/// serde_json's reading of `body` as a `Value`, unless it fails on what the JSON grammar
/// allows, `Value` refuses and the parsers skip or keep as written: a lone surrogate
/// escape (`"\ud800"`), a number beyond `f64` (an error's `RequestId` keeps its text), or
/// nesting past `Value`'s depth limit in a field they do not read.
/// A byte-order mark, which the parsers ignore, is ignored here too.
fn serde_json_reading(body: &[u8]) -> Option<serde_json::Result<Value>> {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    match serde_json::from_slice::<Value>(body) {
        Err(error) if is_about_what_is_skipped(&error) => None,
        json => Some(json),
    }
}

fn is_about_what_is_skipped(error: &serde_json::Error) -> bool {
    let error = error.to_string();
    [
        "lone leading surrogate",
        "unexpected end of hex escape",
        "number out of range",
        "recursion limit exceeded",
    ]
    .iter()
    .any(|skipped| error.contains(skipped))
}

/// Checks an API error against the API 2.0 fields of `json`: a non-zero `code`, and the
/// code from `codeDesc` or the number, the message from `message`.
fn check_legacy_error(json: &Value, code: &str, message: &str) {
    let number = legacy_code(&json["code"]);
    assert!(number.is_some_and(|number| number != 0), "{json}");
    assert_eq!(message, text_or_empty(&json["message"]));
    match text_or_empty(&json["codeDesc"]) {
        "" => assert_eq!(code.parse().ok(), number, "{json}"),
        desc => assert_eq!(code, desc),
    }
}

/// An API 2.0 `code` as the parsers read it: an integer, or a string of an optional `-`
/// and ASCII digits.
pub fn legacy_code(value: &Value) -> Option<i64> {
    if let Some(text) = value.as_str() {
        let digits = text.strip_prefix('-').unwrap_or(text);
        let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
        return all_digits.then(|| text.parse().ok()).flatten();
    }
    value.as_i64()
}

fn text_or_empty(value: &Value) -> &str {
    value.as_str().unwrap_or_default()
}

/// Checks `text`, what an API error keeps of `value` (`Message` or `RequestId`, `None`
/// when missing), against serde_json's reading: a string's text, a number's text (which
/// serde_json reads as the same number: it is kept as written, and serde_json's own text
/// for it may differ, `1e3` against `1000.0`), or empty. Returns whether the error must
/// note the field as not text: whenever it is there and not a string.
pub fn check_lenient(value: Option<&Value>, text: &str) -> bool {
    match value {
        None => assert_eq!(text, "", "a missing field"),
        Some(Value::String(string)) => assert_eq!(text, string),
        Some(Value::Number(number)) => {
            let read: Value = serde_json::from_str(text)
                .unwrap_or_else(|error| panic!("{text:?} is not a number: {error}"));
            assert_eq!(&read, &Value::Number(number.clone()), "{text}");
        }
        Some(other) => assert_eq!(text, "", "{other}"),
    }
    value.is_some_and(|value| !value.is_string())
}

/// The names `ApiError::lossy` gives for these flags.
pub fn lossy_names(message: bool, request_id: bool) -> Vec<&'static str> {
    [(message, "Message"), (request_id, "RequestId")]
        .into_iter()
        .filter_map(|(lossy, name)| lossy.then_some(name))
        .collect()
}
