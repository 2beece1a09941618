//! What the response parsers must make of a generated document, worked out from its tree
//! by their documented rules: the oracles the parsers are checked against.

use crate::documents::{Json, Lit};
use crate::outcome::{lossy_names, Outcome};
use serde_json::Value;
use tc::{MalformedReason, Success};

/// The values of `object` under `key`, in order.
fn values<'a>(object: &'a [(Lit, Json)], key: &str) -> Vec<&'a Json> {
    object
        .iter()
        .filter(|(k, _)| k.text == key)
        .map(|(_, value)| value)
        .collect()
}

/// A string field that may be missing or `null`: its text, or `None` when it is there
/// but is not one string or `null`.
fn optional_text(object: &[(Lit, Json)], key: &str) -> Option<String> {
    match values(object, key).as_slice() {
        [] | [Json::Null] => Some(String::new()),
        [Json::Str(lit)] => Some(lit.text.clone()),
        _ => None,
    }
}

/// A field an API error reads whatever its value (`Message`, `RequestId`), given at most
/// once: its text (a string's, a number's as written, else empty) and whether it was
/// there but not a string; `None` when it is given twice.
fn lenient_text(object: &[(Lit, Json)], key: &str) -> Option<(String, bool)> {
    match values(object, key).as_slice() {
        [] => Some((String::new(), false)),
        [Json::Str(lit)] => Some((lit.text.clone(), false)),
        // `Json::write` writes a number as its `to_string`.
        [Json::Number(n)] => Some((n.to_string(), true)),
        [_] => Some((String::new(), true)),
        _ => None,
    }
}

/// What `parse_response` must make of `doc`, by its documented rules: one `Response`
/// object; in it at most one `RequestId` and at most one `Error`, which makes it an API
/// error whatever else is there and must be an object with one non-empty string `Code`
/// and at most one `Message`; `Message` and `RequestId` may be any value (see
/// `lenient_text`). Without `Error`, a non-zero API 2.0 `code` beside the `Response`
/// is that API error, and otherwise the body is a success if its `RequestId` is a string
/// or `null`. Any other key is skipped.
pub fn expected_api3(doc: &Json) -> Outcome<Success<Value>> {
    let bad = Outcome::Malformed(MalformedReason::NotAnApiResponse);
    let Json::Object(top) = doc else { return bad };
    let response = match values(top, "Response").as_slice() {
        [response @ Json::Object(_)] => *response,
        _ => return bad,
    };
    let Json::Object(fields) = response else {
        return bad;
    };
    let Some(request_id) = lenient_text(fields, "RequestId") else {
        return bad;
    };
    match values(fields, "Error").as_slice() {
        [] => match legacy_error(top, request_id) {
            Some(error) => error,
            None => match optional_text(fields, "RequestId") {
                Some(request_id) => Outcome::Success(Success {
                    payload: response.to_value(),
                    request_id,
                }),
                None => bad,
            },
        },
        [error] => error_object(error, request_id),
        _ => bad,
    }
}

/// What an API 3.0 `Error` value makes of a body: an object with one non-empty string
/// `Code` and at most one `Message` is that API error, with `request_id` (its text, and
/// whether it was not a string).
fn error_object<T>(error: &Json, (request_id, request_id_lossy): (String, bool)) -> Outcome<T> {
    let bad = Outcome::Malformed(MalformedReason::NotAnApiResponse);
    let Json::Object(error) = error else {
        return bad;
    };
    match (
        values(error, "Code").as_slice(),
        lenient_text(error, "Message"),
    ) {
        ([Json::Str(code)], Some((message, message_lossy))) if !code.text.is_empty() => {
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
    let last_text = |key| match values(top, key).last() {
        Some(Json::Str(lit)) => lit.text.clone(),
        _ => String::new(),
    };
    let code = legacy_code(values(top, "code").last()?).filter(|&code| code != 0)?;
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

/// What `parse_legacy_response` must make of `doc`, by its documented rules: one `code`,
/// an integer or a string of an optional `-` and digits; at most one string (or `null`)
/// `message` and `codeDesc`. Code 0 is a success unless the last `Response` is an object
/// with an `Error`, read as API 3.0 reads it; any other is an error whose code is the
/// `codeDesc`, or the number when that is missing or empty.
pub fn expected_api2(doc: &Json) -> Outcome<Value> {
    let bad = Outcome::Malformed(MalformedReason::NotAnApiResponse);
    let Json::Object(top) = doc else { return bad };
    let code = match values(top, "code").as_slice() {
        [code] => legacy_code(code),
        _ => None,
    };
    let (Some(code), Some(message), Some(desc)) = (
        code,
        optional_text(top, "message"),
        optional_text(top, "codeDesc"),
    ) else {
        return bad;
    };
    if code == 0 {
        // An API 3.0 error in the (last) `Response` object: its (last) `Error`.
        if let Some(Json::Object(response)) = values(top, "Response").last() {
            if let Some(error) = values(response, "Error").last() {
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
