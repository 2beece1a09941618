//! A response body that is not a well-formed Tencent Cloud API response.

use super::serialized::StructFields;
use serde::ser::SerializeStruct;
use std::fmt;
use tc_errors_internals::escape::{is_inert, shortened};

/// How many characters of the body a [`MalformedResponse`] quotes.
const PREFIX_CHARS: usize = 64;
/// How many characters of the JSON reader's message a [`MalformedResponse`] keeps.
const DETAIL_CHARS: usize = 160;

/// What is wrong with a [`MalformedResponse`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum MalformedReason {
    /// The body is empty or only white space.
    Empty,
    /// The body is not UTF-8, so it cannot be JSON.
    NotUtf8,
    /// The body is not JSON, such as the HTML page of a gateway's `502 Bad Gateway`.
    NotJson,
    /// The JSON stops in the middle: the body was cut short.
    Truncated,
    /// A JSON document followed by more than white space.
    TrailingData,
    /// Well-formed JSON, but not the shape of an API response: a field is missing or
    /// has the wrong type, or the error code is empty. The detail says which.
    NotAnApiResponse,
    /// A success response whose payload does not deserialize as the type asked for.
    PayloadMismatch,
    /// Not an error line of a Tencent SDK, or one without an error code
    /// ([`parse_sdk_log_line`](crate::parse_sdk_log_line)). The detail says what is
    /// missing.
    NotAnSdkLine,
}

impl MalformedReason {
    fn describe(self) -> &'static str {
        match self {
            MalformedReason::Empty => "the body is empty",
            MalformedReason::NotUtf8 => "the body is not UTF-8",
            MalformedReason::NotJson => "the body is not JSON",
            MalformedReason::Truncated => "the JSON is cut short",
            MalformedReason::TrailingData => "the JSON document is followed by more data",
            MalformedReason::NotAnApiResponse => "the JSON is not an API response",
            MalformedReason::PayloadMismatch => "the payload does not match the expected type",
            MalformedReason::NotAnSdkLine => "the text is not a Tencent SDK error line",
        }
    }
}

impl fmt::Display for MalformedReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// A response body that is neither a success nor an API error: what is wrong, in
/// detail, and the start of the body, sanitized so that it is safe to log and print.
///
/// ```
/// use tc_errors::{MalformedReason, MalformedResponse};
///
/// let body = b"<html>\r\n<head><title>502 Bad Gateway</title></head>";
/// let error = MalformedResponse::new(MalformedReason::NotJson, "expected value at line 1 column 1", body);
/// assert_eq!(
///     error.to_string(),
///     "malformed response: the body is not JSON (expected value at line 1 column 1); \
///      the body starts with: <html>\\r\\n<head><title>502 Bad Gateway</title></head>",
/// );
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct MalformedResponse {
    reason: MalformedReason,
    detail: Box<str>,
    body_prefix: Box<str>,
}

impl MalformedResponse {
    /// A malformed-response error for `body`; `detail` says precisely what is wrong and
    /// where (may be empty). Only the first characters of `body` are kept.
    pub fn new(reason: MalformedReason, detail: &str, body: &[u8]) -> MalformedResponse {
        MalformedResponse {
            reason,
            detail: sanitized_detail(detail).into(),
            body_prefix: sanitized_prefix(body).into(),
        }
    }

    /// What is wrong, broadly.
    pub fn reason(&self) -> MalformedReason {
        self.reason
    }

    /// What is wrong, precisely, often with a line and column; may be empty. Sanitized
    /// like the body's prefix, and shortened in the middle when long: the JSON reader's
    /// messages can quote a whole string of the body.
    pub fn detail(&self) -> &str {
        &self.detail
    }

    /// The first characters of the body, with control and invisible characters escaped
    /// and `…` at the end when the body is longer.
    pub fn body_prefix(&self) -> &str {
        &self.body_prefix
    }
}

impl fmt::Display for MalformedResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (what, quoted) = match self.reason {
            MalformedReason::NotAnSdkLine => ("malformed SDK error line", "line"),
            _ => ("malformed response", "body"),
        };
        write!(f, "{what}: {}", self.reason)?;
        if !self.detail.is_empty() {
            write!(f, " ({})", self.detail)?;
        }
        if !self.body_prefix.is_empty() {
            write!(f, "; the {quoted} starts with: {}", self.body_prefix)?;
        }
        Ok(())
    }
}

impl std::error::Error for MalformedResponse {}

impl fmt::Debug for MalformedResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MalformedResponse")
            .field("reason", &self.reason)
            .field("detail", &Sanitized(&self.detail))
            .field("body_prefix", &Sanitized(&self.body_prefix))
            .finish()
    }
}

/// Text that [`sanitized_prefix`] or [`sanitized_detail`] has escaped already, which
/// `Debug` shows in quotes as it is: `str`'s `Debug` would escape the escapes again
/// (`\\r\\n` for a line break).
pub(crate) struct Sanitized<'a>(pub(crate) &'a str);

impl fmt::Debug for Sanitized<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write as _;
        f.write_char('"')?;
        // The one character left that would end the quotes early.
        for (i, part) in self.0.split('"').enumerate() {
            if i > 0 {
                f.write_str("\\\"")?;
            }
            f.write_str(part)?;
        }
        f.write_char('"')
    }
}

impl MalformedReason {
    /// The variant's name, such as `NotJson`: a stable token for logs and JSON.
    pub const fn name(self) -> &'static str {
        match self {
            MalformedReason::Empty => "Empty",
            MalformedReason::NotUtf8 => "NotUtf8",
            MalformedReason::NotJson => "NotJson",
            MalformedReason::Truncated => "Truncated",
            MalformedReason::TrailingData => "TrailingData",
            MalformedReason::NotAnApiResponse => "NotAnApiResponse",
            MalformedReason::PayloadMismatch => "PayloadMismatch",
            MalformedReason::NotAnSdkLine => "NotAnSdkLine",
        }
    }
}

impl serde::Serialize for MalformedResponse {
    /// A struct of `reason` (its [name](MalformedReason::name)), `message` (the sentence
    /// `Display` starts with), `detail` and `excerpt` (the [body's
    /// prefix](Self::body_prefix)): all sanitized text; the fields of a `malformed`
    /// outcome of [`ResponseError`](crate::ResponseError).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.serialize_alone(serializer)
    }
}

impl StructFields for MalformedResponse {
    const NAME: &'static str = "MalformedResponse";
    const LEN: usize = 4;

    fn write_fields<S: SerializeStruct>(&self, state: &mut S) -> Result<(), S::Error> {
        state.serialize_field("reason", self.reason.name())?;
        state.serialize_field("message", self.reason.describe())?;
        state.serialize_field("detail", self.detail())?;
        // `excerpt`, as `HttpFailure` names the start of a body.
        state.serialize_field("excerpt", self.body_prefix())
    }
}

/// The start of `body` in at most [`PREFIX_CHARS`] characters, safe to print on a
/// terminal or write to a log: invalid UTF-8 becomes `�`, control and invisible
/// characters (which could move the cursor or reorder text) become escapes, and `…`
/// marks a body that goes on.
pub(crate) fn sanitized_prefix(body: &[u8]) -> String {
    // Enough bytes for PREFIX_CHARS characters of at most 4 bytes each; never decode
    // the rest of a large body.
    let head = &body[..body.len().min(PREFIX_CHARS * 4)];
    let mut prefix = String::new();
    let mut shown = 0;
    for c in String::from_utf8_lossy(head).chars() {
        let escape = (!is_inert(c)).then(|| c.escape_default());
        let width = escape.clone().map_or(1, Iterator::count);
        if shown + width > PREFIX_CHARS {
            prefix.push('…');
            return prefix;
        }
        match escape {
            Some(escape) => prefix.extend(escape),
            None => prefix.push(c),
        }
        shown += width;
    }
    if head.len() < body.len() {
        prefix.push('…');
    }
    prefix
}

/// `detail` with the characters [`sanitized_prefix`] escapes escaped, and cut in the
/// middle to at most [`DETAIL_CHARS`] characters, keeping its end (where the JSON
/// reader says the line and column).
fn sanitized_detail(detail: &str) -> String {
    shortened(detail, DETAIL_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_detail_is_cut_in_the_middle() {
        // Found by fuzzing: serde_json quotes a whole string value in its message.
        let detail = format!(
            "invalid type: string \"{}\", expected a map at line 1 column 259",
            "Y\n".repeat(5000)
        );
        let short = sanitized_detail(&detail);
        assert_eq!(short.chars().count(), DETAIL_CHARS);
        assert!(
            short.starts_with("invalid type: string \"Y\\nY\\n"),
            "{short}"
        );
        assert!(
            short.ends_with("expected a map at line 1 column 259"),
            "{short}"
        );
        assert!(short.contains('…'));
        assert_eq!(
            sanitized_detail("expected value at line 1 column 1"),
            "expected value at line 1 column 1"
        );
    }

    #[test]
    fn a_short_body_is_quoted_whole() {
        assert_eq!(sanitized_prefix(b"{\"a\":1}"), "{\"a\":1}");
        assert_eq!(sanitized_prefix(b""), "");
    }

    #[test]
    fn a_long_body_is_cut_after_64_characters() {
        let body = "é".repeat(1000);
        let prefix = sanitized_prefix(body.as_bytes());
        assert_eq!(prefix, format!("{}…", "é".repeat(64)));
        let exact = "x".repeat(64);
        assert_eq!(sanitized_prefix(exact.as_bytes()), exact);
    }

    #[test]
    fn a_body_of_wide_characters_cut_in_its_head_still_gives_64() {
        let body = format!("a{}", "😀".repeat(100));
        let prefix = sanitized_prefix(body.as_bytes());
        assert_eq!(prefix.chars().count(), 65);
        assert!(prefix.ends_with("😀…"));
    }

    #[test]
    fn escapes_count_toward_the_64_characters() {
        let prefix = sanitized_prefix("\n".repeat(100).as_bytes());
        assert_eq!(prefix, format!("{}…", "\\n".repeat(32)));
    }

    #[test]
    fn control_and_invisible_characters_are_escaped() {
        assert_eq!(
            sanitized_prefix("a\r\n\u{1b}[31m\u{202e}b\tc".as_bytes()),
            "a\\r\\n\\u{1b}[31m\\u{202e}b\\tc"
        );
    }

    #[test]
    fn invalid_utf8_becomes_replacement_characters() {
        assert_eq!(sanitized_prefix(b"ab\xff\xfecd"), "ab\u{fffd}\u{fffd}cd");
    }

    #[test]
    fn debug_escapes_each_character_once() {
        let error = MalformedResponse::new(
            MalformedReason::NotJson,
            "expected value\n",
            b"<html>\r\n<p class=\"x\">\x1b",
        );
        assert_eq!(
            format!("{error:?}"),
            r#"MalformedResponse { reason: NotJson, detail: "expected value\n", body_prefix: "<html>\r\n<p class=\"x\">\u{1b}" }"#
        );
    }

    #[test]
    fn chinese_text_is_kept() {
        assert_eq!(sanitized_prefix("云硬盘忙".as_bytes()), "云硬盘忙");
    }

    #[test]
    fn display_leaves_out_empty_parts() {
        let error = MalformedResponse::new(MalformedReason::Empty, "", b"");
        assert_eq!(error.to_string(), "malformed response: the body is empty");
        let error = MalformedResponse::new(MalformedReason::NotJson, "", b"<html>");
        assert_eq!(
            error.to_string(),
            "malformed response: the body is not JSON; the body starts with: <html>"
        );
    }
}
