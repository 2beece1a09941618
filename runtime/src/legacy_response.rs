//! The legacy API 2.0 response parser: `{"code":…,"message":…,"codeDesc":…}`.

use crate::json::{self, Object, Text};
use crate::legacy::LegacyError;
use crate::{ApiError, Code, MalformedReason, MalformedResponse, ResponseError};
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

/// Parses the body of a legacy Tencent Cloud API 2.0 response.
///
/// The body is an object with a numeric `code` (a JSON number or a string of digits;
/// some services send either), a `message` and a `codeDesc`:
///
/// - `code` 0 is a success: `T` is deserialized from the whole body (payload fields sit
///   beside `code`, so `T` sees `code`, `message` and `codeDesc` too).
/// - Any other `code` is an [`ApiError<LegacyError>`](ApiError) whose code is read from
///   `codeDesc`, or is the number itself when `codeDesc` is missing, `null` or empty, so that no
///   error goes without a code. API 2.0 responses carry no request id: it is empty.
/// - Anything else is a [`MalformedResponse`], as for
///   [`parse_response`](crate::parse_response).
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
    match json::read_envelope(text, read_envelope, Option::is_some)? {
        Some(error) => Err(ResponseError::Api(error)),
        None => Ok(json::payload(text)?),
    }
}

/// What the first pass makes of `text`: `None` for a success, or the API error.
fn read_envelope(text: &str) -> Result<Option<ApiError<LegacyError>>, MalformedResponse> {
    let envelope: LegacyEnvelope<'_> = json::envelope(text)?;
    let Some(code) = envelope.code else {
        return Err(MalformedResponse::new(
            MalformedReason::NotAnApiResponse,
            "no `code` field",
            text.as_bytes(),
        ));
    };
    if code == 0 {
        return Ok(None);
    }
    let message = envelope.message.flatten().unwrap_or_default();
    let code_text = match envelope.code_desc.flatten().filter(|desc| !desc.is_empty()) {
        Some(desc) => desc,
        None => Cow::Owned(code.to_string()),
    };
    Ok(Some(ApiError::new(Code::parse(&code_text), &message, "")))
}

/// The fields of an API 2.0 body that say whether it is an error.
struct LegacyEnvelope<'a> {
    code: Option<i64>,
    /// `Some(None)` for `null`, as below.
    message: Option<Option<Cow<'a, str>>>,
    code_desc: Option<Option<Cow<'a, str>>>,
}

impl<'de> Deserialize<'de> for LegacyEnvelope<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        json::object(deserializer)
    }
}

impl<'de> Object<'de> for LegacyEnvelope<'de> {
    const EXPECTING: &'static str = "a JSON object with a `code` field";

    fn read<A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let (mut code, mut message, mut code_desc) = (None, None, None);
        while let Some(key) = json::next_key(&mut map, &["code", "message", "codeDesc"])? {
            match key {
                Some("code") => json::fill(&mut map, &mut code, "code", NumericCode)?,
                Some("message") => json::fill(&mut map, &mut message, "message", Text("message"))?,
                Some("codeDesc") => {
                    json::fill(&mut map, &mut code_desc, "codeDesc", Text("codeDesc"))?
                }
                _ => json::skip(&mut map)?,
            }
        }
        Ok(LegacyEnvelope {
            code,
            message,
            code_desc,
        })
    }
}

/// The `code` field: an integer, or a string of one.
struct NumericCode;

impl<'de> DeserializeSeed<'de> for NumericCode {
    type Value = i64;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<i64, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Visitor<'_> for NumericCode {
    type Value = i64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("`code` to be an integer or a string of digits")
    }

    fn visit_i64<E: de::Error>(self, code: i64) -> Result<i64, E> {
        Ok(code)
    }

    fn visit_u64<E: de::Error>(self, code: u64) -> Result<i64, E> {
        i64::try_from(code).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(code), &self))
    }

    fn visit_str<E: de::Error>(self, code: &str) -> Result<i64, E> {
        parse_numeric_code(code).ok_or_else(|| E::invalid_value(de::Unexpected::Str(code), &self))
    }
}

/// A code sent as a string: an optional `-` and ASCII digits, nothing else (no sign
/// `+`, no spaces), as the services that quote it write it.
fn parse_numeric_code(code: &str) -> Option<i64> {
    let digits = code.strip_prefix('-').unwrap_or(code);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    code.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_code_strings() {
        assert_eq!(parse_numeric_code("0"), Some(0));
        assert_eq!(parse_numeric_code("4100"), Some(4100));
        assert_eq!(parse_numeric_code("-1"), Some(-1));
        for bad in [
            "",
            "-",
            "+1",
            " 1",
            "1 ",
            "1.0",
            "0x10",
            "AuthFailure",
            "99999999999999999999",
        ] {
            assert_eq!(parse_numeric_code(bad), None, "{bad:?}");
        }
    }
}
