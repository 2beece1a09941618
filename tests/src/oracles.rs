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
/// string `Code` and at most one string (or `null`) `Message`. Any other key is skipped.
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
        [] => Outcome::Success(Success {
            payload: response.to_value(),
            request_id,
        }),
        [Json::Object(error)] => match (
            values(error, "Code").as_slice(),
            optional_text(error, "Message"),
        ) {
            ([Json::Str(code)], Some(message)) if !code.text.is_empty() => Outcome::Api {
                code: code.text.clone(),
                message,
                request_id,
            },
            _ => bad,
        },
        _ => bad,
    }
}

/// What `parse_legacy_response` must make of `doc`, by its documented rules: one `code`,
/// an integer or a string of an optional `-` and digits; at most one string (or `null`)
/// `message` and `codeDesc`. Code 0 is a success; any other is an error whose code is the `codeDesc`,
/// or the number when that is missing or empty.
pub fn expected_api2(doc: &Json) -> Outcome<Value> {
    let bad = Outcome::Malformed(MalformedReason::NotAnApiResponse);
    let Json::Object(top) = doc else { return bad };
    let code = match values(top, "code").as_slice() {
        [Json::Number(n)] => n.as_i64(),
        [Json::Str(lit)] => {
            let digits = lit.text.strip_prefix('-').unwrap_or(&lit.text);
            let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
            all_digits.then(|| lit.text.parse().ok()).flatten()
        }
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
