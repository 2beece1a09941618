//! What the response parsers must make of a generated document, worked out from its tree
//! by their documented rules: the oracles the parsers are checked against.

use crate::documents::{Json, Lit};
use crate::outcome::Outcome;
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

/// What `parse_response` must make of `doc`, by its documented rules: one `Response`
/// object; in it at most one string (or `null`) `RequestId` and at most one `Error`, which
/// makes it an API error whatever else is there and must be an object with one non-empty
/// string `Code` and at most one string (or `null`) `Message`; without `Error`, a
/// non-zero API 2.0 `code` beside the `Response` is that API error. Any other key is
/// skipped.
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
    let Some(request_id) = optional_text(fields, "RequestId") else {
        return bad;
    };
    match values(fields, "Error").as_slice() {
        [] => match legacy_error(top, request_id.clone()) {
            Some(error) => error,
            None => Outcome::Success(Success {
                payload: response.to_value(),
                request_id,
            }),
        },
        [error] => error_object(error, request_id),
        _ => bad,
    }
}

/// What an API 3.0 `Error` value makes of a body: an object with one non-empty string
/// `Code` and at most one string (or `null`) `Message` is that API error.
fn error_object<T>(error: &Json, request_id: String) -> Outcome<T> {
    let bad = Outcome::Malformed(MalformedReason::NotAnApiResponse);
    let Json::Object(error) = error else {
        return bad;
    };
    match (
        values(error, "Code").as_slice(),
        optional_text(error, "Message"),
    ) {
        ([Json::Str(code)], Some(message)) if !code.text.is_empty() => Outcome::Api {
            code: code.text.clone(),
            message,
            request_id,
        },
        _ => bad,
    }
}

/// The API 2.0 error of the top level `top` of an API 3.0 body: the last `code`, when it
/// reads as a non-zero integer; the last `codeDesc` and `message` if they are strings.
fn legacy_error<T>(top: &[(Lit, Json)], request_id: String) -> Option<Outcome<T>> {
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
                return error_object(error, String::new());
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
    }
}
