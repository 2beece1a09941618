//! What the response parsers must make of a generated document, worked out from its tree
//! by their documented rules: the oracles the parsers are checked against.

use crate::documents::{Json, Lit};
use crate::outcome::{lossy_names, Outcome};
use serde_json::Value;
use tc::{MalformedReason, Success};

/// The value of `object` under `key`: of a key given twice, the last, as Python's `json`
/// (and so Tencent's Python SDK) reads it.
fn last<'a>(object: &'a [(Lit, Json)], key: &str) -> Option<&'a Json> {
    object
        .iter()
        .rev()
        .find(|(k, _)| k.text == key)
        .map(|(_, value)| value)
}

/// A string field that may be missing or `null`: its text, or `None` when it is there
/// but is neither.
fn optional_text(object: &[(Lit, Json)], key: &str) -> Option<String> {
    match last(object, key) {
        None | Some(Json::Null) => Some(String::new()),
        Some(Json::Str(lit)) => Some(lit.text.clone()),
        _ => None,
    }
}

/// A field an API error reads whatever its value (`Message`, `RequestId`): its text (a
/// string's, a number's as written, else empty) and whether it was there but not a
/// string.
fn lenient_text(object: &[(Lit, Json)], key: &str) -> (String, bool) {
    match last(object, key) {
        None => (String::new(), false),
        Some(Json::Str(lit)) => (lit.text.clone(), false),
        // `Json::write` writes a number as its `to_string`.
        Some(Json::Number(n)) => (n.to_string(), true),
        Some(_) => (String::new(), true),
    }
}

/// What `parse_response` must make of `doc`, by its documented rules, where a key given
/// twice counts once with its last value: a `Response` object; in it, an `Error` makes it
/// an API error whatever else is there and must be an object with a non-empty string
/// `Code`; `Message` and `RequestId` may be any value (see `lenient_text`). Without
/// `Error`, a non-zero API 2.0 `code` beside the `Response` is that API error, and
/// otherwise the body is a success if its `RequestId` is a string or `null`. Any other key
/// is skipped.
pub fn expected_api3(doc: &Json) -> Outcome<Success<Value>> {
    let bad = Outcome::Malformed(MalformedReason::NotAnApiResponse);
    let Json::Object(top) = doc else { return bad };
    let Some(response @ Json::Object(fields)) = last(top, "Response") else {
        return bad;
    };
    let request_id = lenient_text(fields, "RequestId");
    match last(fields, "Error") {
        None => match legacy_error(top, request_id) {
            Some(error) => error,
            None => match optional_text(fields, "RequestId") {
                Some(request_id) => Outcome::Success(Success {
                    payload: response.to_value(),
                    request_id,
                }),
                None => bad,
            },
        },
        Some(error) => error_object(error, request_id),
    }
}

/// What an API 3.0 `Error` value makes of a body: an object with a non-empty string
/// `Code` is that API error, with `request_id` (its text, and whether it was not a
/// string).
fn error_object<T>(error: &Json, (request_id, request_id_lossy): (String, bool)) -> Outcome<T> {
    let bad = Outcome::Malformed(MalformedReason::NotAnApiResponse);
    let Json::Object(error) = error else {
        return bad;
    };
    match last(error, "Code") {
        Some(Json::Str(code)) if !code.text.is_empty() => {
            let (message, message_lossy) = lenient_text(error, "Message");
            Outcome::Api {
                code: code.text.clone(),
                message,
                request_id,
                lossy: lossy_names(message_lossy, request_id_lossy),
            }
        }
        _ => bad,
    }
}

/// The API 2.0 error of the top level `top` of an API 3.0 body: the last `code`, when it
/// reads as a non-zero integer; the last `codeDesc` and `message` if they are strings.
fn legacy_error<T>(
    top: &[(Lit, Json)],
    (request_id, request_id_lossy): (String, bool),
) -> Option<Outcome<T>> {
    let last_text = |key| match last(top, key) {
        Some(Json::Str(lit)) => lit.text.clone(),
        _ => String::new(),
    };
    let code = legacy_code(last(top, "code")?).filter(|&code| code != 0)?;
    let desc = last_text("codeDesc");
    Some(Outcome::Api {
        code: if desc.is_empty() {
            code.to_string()
        } else {
            desc
        },
        message: last_text("message"),
        request_id,
        lossy: lossy_names(false, request_id_lossy),
    })
}

/// An API 2.0 `code`: an integer, or a string of an optional `-` and digits.
fn legacy_code(code: &Json) -> Option<i64> {
    match code {
        Json::Number(n) => n.as_i64(),
        Json::Str(lit) => {
            let digits = lit.text.strip_prefix('-').unwrap_or(&lit.text);
            let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
            all_digits.then(|| lit.text.parse().ok()).flatten()
        }
        _ => None,
    }
}

/// What `parse_legacy_response` must make of `doc`, by its documented rules, where a key
/// given twice counts once with its last value: a `code` that is an integer or a string of
/// an optional `-` and digits; a string (or `null`) `message` and `codeDesc`, or none.
/// Code 0 is a success unless the `Response` is an object with an `Error`, read as API 3.0
/// reads it; any other is an error whose code is the `codeDesc`, or the number when that
/// is missing or empty.
pub fn expected_api2(doc: &Json) -> Outcome<Value> {
    let bad = Outcome::Malformed(MalformedReason::NotAnApiResponse);
    let Json::Object(top) = doc else { return bad };
    let (Some(code), Some(message), Some(desc)) = (
        last(top, "code").and_then(legacy_code),
        optional_text(top, "message"),
        optional_text(top, "codeDesc"),
    ) else {
        return bad;
    };
    if code == 0 {
        if let Some(Json::Object(response)) = last(top, "Response") {
            if let Some(error) = last(response, "Error") {
                return error_object(error, (String::new(), false));
            }
        }
        return Outcome::Success(doc.to_value());
    }
    Outcome::Api {
        code: if desc.is_empty() {
            code.to_string()
        } else {
            desc
        },
        message,
        request_id: String::new(),
        lossy: Vec::new(),
    }
}
