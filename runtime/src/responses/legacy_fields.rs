//! The API 2.0 error fields (`code`, `message`, `codeDesc`) and how a `code` is read: the
//! legacy parser reads a whole API 2.0 body with them, and the API 3.0 envelope the same
//! fields at the top level of a 3.0 body (an API 2.0 error there is not a success).

use super::api_error::{ApiError, LossyFields};
use super::json;
use crate::codes::code::Code;
use crate::codes::error_code::ErrorCode;
use serde::de::{self, DeserializeSeed, Deserializer, Visitor};
use std::borrow::Cow;
use std::fmt;
use tc_errors_internals::escape::shortened;

/// The API error of a non-zero API 2.0 `code`: its code is `code_desc`, or the number
/// when that is missing or empty, so that no error goes without a code. API 2.0 errors
/// carry no request id.
pub(super) fn legacy_error<E: ErrorCode>(
    code: i64,
    message: Option<Cow<'_, str>>,
    code_desc: Option<Cow<'_, str>>,
) -> ApiError<E> {
    let code_text = match code_desc.filter(|desc| !desc.is_empty()) {
        Some(desc) => desc,
        None => Cow::Owned(code.to_string()),
    };
    let message = message.unwrap_or_default();
    ApiError::from_parts(
        Code::from_text(code_text),
        message,
        "",
        LossyFields::default(),
    )
}

/// The fields of an API 2.0 error at the top level of an API 3.0 body, as written, for
/// [`parse_response`](crate::parse_response): a body that carries such an error is not
/// a success. Of a repeated field, the last counts.
#[derive(Default)]
pub(crate) struct LegacyFields<'a> {
    code: Option<&'a str>,
    message: Option<&'a str>,
    code_desc: Option<&'a str>,
}

impl<'a> LegacyFields<'a> {
    /// Keeps `raw`, the value of the top-level field `key` (`code`, `message` or
    /// `codeDesc`; any other key is ignored).
    pub(crate) fn keep(&mut self, key: &str, raw: &'a str) {
        match key {
            "code" => self.code = Some(raw),
            "message" => self.message = Some(raw),
            "codeDesc" => self.code_desc = Some(raw),
            _ => {}
        }
    }

    /// The API error these fields hold: when `code` reads as a non-zero integer, as
    /// [`parse_legacy_response`](crate::parse_legacy_response) reads it, the error it would give (a `message` or
    /// `codeDesc` that is not a string counts as missing), without a request id.
    pub(crate) fn error<E: ErrorCode>(&self) -> Option<ApiError<E>> {
        let code = self
            .code
            .and_then(raw_numeric_code)
            .filter(|&code| code != 0)?;
        let text =
            |raw: Option<&'a str>| raw.filter(|raw| raw.starts_with('"')).map(json::unescape);
        Some(legacy_error(code, text(self.message), text(self.code_desc)))
    }
}

/// A `code` as written, read as [`NumericCode`] reads it, or `None` when it is not one.
fn raw_numeric_code(raw: &str) -> Option<i64> {
    if raw.starts_with('"') {
        parse_numeric_code(&json::unescape(raw))
    } else {
        raw.parse().ok()
    }
}

/// The `code` field: an integer, or a string of one.
pub(super) struct NumericCode;

impl NumericCode {
    /// The error for a string `code` that is not an integer, quoting it short: it may be
    /// as long as the body.
    fn refused<E: de::Error>(&self, code: &str) -> E {
        E::invalid_value(de::Unexpected::Str(&shortened(code, 64)), self)
    }
}

impl<'de> DeserializeSeed<'de> for NumericCode {
    type Value = i64;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<i64, D::Error> {
        if !json::reading_as_written() {
            return deserializer.deserialize_any(self);
        }
        let raw = json::raw(deserializer)?;
        raw_numeric_code(raw).ok_or_else(|| {
            if raw.starts_with('"') {
                self.refused(&json::unescape(raw))
            } else {
                de::Error::invalid_type(json::unexpected(raw), &self)
            }
        })
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
        parse_numeric_code(code).ok_or_else(|| self.refused(code))
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
