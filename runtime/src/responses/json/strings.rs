//! Strings read as written: the second reading of a body that serde_json cannot or
//! should not decode (a lone surrogate escape, a long escaped string, a field that is not
//! a string), and the decoding of string literals it relies on.

use crate::responses::malformed::MalformedResponse;
use serde::de::{self, Deserialize};
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::cell::Cell;

/// How long a string with escapes may be for serde_json to decode it (see
/// [`AnyValue`](super::AnyValue)).
pub(super) const LONG_ESCAPED: usize = 64 << 10;

/// The start of the error that asks for a second reading, strings as written.
pub(super) const READ_AS_WRITTEN: &str = "a long string with escapes: read again as written";

/// The error of an [`AnyValue`](super::AnyValue) that is not a string, which asks for a
/// second reading.
pub(super) const NOT_A_STRING: &str = "a field that is not a string: read again as written";

/// A value of the body as written, whatever it is, without reading it: serde_json checks
/// it and skips it, as it skips an ignored field, and hands over its text.
pub(crate) fn raw<'de, D: de::Deserializer<'de>>(deserializer: D) -> Result<&'de str, D::Error> {
    <&'de RawValue>::deserialize(deserializer).map(RawValue::get)
}

/// The text of a JSON string literal (quotes included) that serde_json has checked,
/// borrowed when it has no escape. A lone surrogate escape (`"\ud800"`, which the JSON
/// grammar allows and no Rust string can hold) becomes U+FFFD: one character must not
/// cost an error its code. Decoding here rather than in serde_json also keeps a long
/// escaped string to one copy (serde_json's would be two: its buffer, then the string).
pub(crate) fn unescape(literal: &str) -> Cow<'_, str> {
    let inner = literal
        .strip_prefix('"')
        .and_then(|literal| literal.strip_suffix('"'))
        .unwrap_or(literal);
    if !inner.contains('\\') {
        return Cow::Borrowed(inner);
    }
    let mut text = String::with_capacity(inner.len());
    let mut rest = inner;
    while let Some(at) = rest.find('\\') {
        text.push_str(&rest[..at]);
        let escape = &rest[at + 1..];
        let (c, len) = match escape.as_bytes().first() {
            Some(b'u') => unicode_escape(escape),
            Some(b'b') => ('\u{8}', 1),
            Some(b'f') => ('\u{c}', 1),
            Some(b'n') => ('\n', 1),
            Some(b'r') => ('\r', 1),
            Some(b't') => ('\t', 1),
            // `\"`, `\\` and `\/` stand for themselves.
            _ => match escape.chars().next() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            },
        };
        text.push(c);
        rest = escape.get(len..).unwrap_or_default();
    }
    text.push_str(rest);
    Cow::Owned(text)
}

/// The character of the escape `escape` starts with (`u` and four hex digits, or a
/// surrogate pair of two escapes), and how many bytes it takes.
fn unicode_escape(escape: &str) -> (char, usize) {
    let unit = |at: usize| -> Option<u32> {
        let hex = escape.get(at..at + 4)?;
        hex.bytes()
            .all(|b| b.is_ascii_hexdigit())
            .then(|| u32::from_str_radix(hex, 16).ok())
            .flatten()
    };
    let Some(first) = unit(1) else {
        return ('\u{fffd}', 1);
    };
    if (0xD800..0xDC00).contains(&first) && escape.get(5..7) == Some("\\u") {
        if let Some(second) = unit(7).filter(|second| (0xDC00..0xE000).contains(second)) {
            let c = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
            return (char::from_u32(c).unwrap_or('\u{fffd}'), 11);
        }
    }
    (char::from_u32(first).unwrap_or('\u{fffd}'), 5)
}

/// What a value the envelope did not expect is, for its error: cheap to tell from its
/// first byte, and never a copy of a long string.
pub(crate) fn unexpected(raw: &str) -> de::Unexpected<'_> {
    match raw.as_bytes().first() {
        Some(b'{') => de::Unexpected::Map,
        Some(b'[') => de::Unexpected::Seq,
        Some(b'"') => de::Unexpected::Other("a string"),
        Some(b't') => de::Unexpected::Bool(true),
        Some(b'f') => de::Unexpected::Bool(false),
        Some(b'n') => de::Unexpected::Unit,
        _ => match (raw.parse::<i64>(), raw.parse::<u64>(), raw.parse::<f64>()) {
            (Ok(n), _, _) => de::Unexpected::Signed(n),
            (_, Ok(n), _) => de::Unexpected::Unsigned(n),
            (_, _, Ok(n)) => de::Unexpected::Float(n),
            _ => de::Unexpected::Other("a number"),
        },
    }
}

thread_local! {
    /// Whether [`Text`](super::Text), [`AnyValue`](super::AnyValue) and
    /// [`Key`](super::fields::Key) (and the legacy `code`) read values as
    /// written and decode strings with [`unescape`]: the second reading of a body, see
    /// [`strings_as_written`].
    pub(super) static AS_WRITTEN: Cell<bool> = const { Cell::new(false) };
}

/// Whether the strings of this reading are taken as written (see [`AS_WRITTEN`]).
pub(crate) fn reading_as_written() -> bool {
    AS_WRITTEN.with(Cell::get)
}

/// `read()`, and once more with strings read as written when the first reading failed on
/// a string serde_json cannot or should not decode: a lone surrogate escape (`"\ud800"`,
/// which the JSON grammar allows and no Rust string can hold) in a string or key that is
/// read, a long string with escapes ([`LONG_ESCAPED`]), or an
/// [`AnyValue`](super::AnyValue) that is not a string. The second reading holds no copy of
/// the body and no second copy of a string: it costs only time, and only for such bodies.
/// serde_json's own reading is kept for every other body because it is faster.
#[inline]
pub(crate) fn strings_as_written<R>(
    mut read: impl FnMut() -> Result<R, MalformedResponse>,
) -> Result<R, MalformedResponse> {
    match read() {
        Err(error) if asks_for_strings_as_written(error.detail()) => read_as_written(read),
        outcome => outcome,
    }
}

/// The second reading of [`strings_as_written`], out of line: with one call of `read` on
/// the common path, that call is inlined and its result is not moved.
#[cold]
#[inline(never)]
fn read_as_written<R>(
    mut read: impl FnMut() -> Result<R, MalformedResponse>,
) -> Result<R, MalformedResponse> {
    /// Puts serde_json's reading back, whatever happens.
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            AS_WRITTEN.with(|as_written| as_written.set(false));
        }
    }
    AS_WRITTEN.with(|as_written| as_written.set(true));
    let _reset = Reset;
    read()
}

/// Whether a first reading failed for what [`strings_as_written`] reads again. serde_json
/// says why only in words, so this reads its words; a test checks them under the oldest
/// serde_json the workspace allows and the locked one.
fn asks_for_strings_as_written(detail: &str) -> bool {
    detail.contains(READ_AS_WRITTEN)
        || detail.contains(NOT_A_STRING)
        // serde_json's reading of a number beyond `f64`, which an `AnyValue` keeps.
        || detail.contains("number out of range")
        || detail.contains("lone leading surrogate")
        || detail.contains("unexpected end of hex escape")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::DeserializeSeed;

    /// serde_json names no error but in its text, so [`asks_for_strings_as_written`]
    /// reads the text of the errors a first reading gives on what a second reading reads.
    /// A serde_json release that rewords one fails here, where the parsers would quietly
    /// stop reading such bodies again and lose their codes. CI runs this under the oldest
    /// serde_json the workspace allows and under the locked one.
    #[test]
    fn serde_json_still_words_its_errors_as_the_second_reading_expects() {
        let values = [
            // Lone surrogates: at the end, before another escape, before a character,
            // and a trailing one first.
            r#""m\ud800""#,
            r#""m\ud800\u0041""#,
            r#""m\ud800\n""#,
            r#""m\ud800x""#,
            r#""\udc00""#,
            // Numbers beyond `f64`.
            "1e400",
            "-1e400",
            &format!("1{}", "0".repeat(400)),
        ];
        for value in values {
            // The first reading of a field, as the envelopes do it.
            let mut reader = serde_json::Deserializer::from_str(value);
            let error = super::super::AnyValue
                .deserialize(&mut reader)
                .expect_err(value);
            assert!(
                asks_for_strings_as_written(&error.to_string()),
                "serde_json's error for {value} no longer asks for a second reading: {error}"
            );
        }
    }

    #[test]
    fn string_literals_are_decoded() {
        assert!(matches!(unescape(r#""plain""#), Cow::Borrowed("plain")));
        assert_eq!(unescape(r#""""#), "");
        assert_eq!(
            unescape(r#""a\"b\\c\/d\b\f\n\r\t""#),
            "a\"b\\c/d\u{8}\u{c}\n\r\t"
        );
        assert_eq!(unescape(r#""caf\u00e9 \u4E91 \u0000""#), "café 云 \0");
        assert_eq!(unescape(r#""\ud83d\ude00""#), "😀");
        assert_eq!(unescape("\"é\\n\""), "é\n");
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(unescape(r#""x\ud83d y""#), "x\u{fffd} y");
        assert_eq!(unescape(r#""\udc00\ud800""#), "\u{fffd}\u{fffd}");
        assert_eq!(unescape(r#""\ud800\u0041""#), "\u{fffd}A");
        assert_eq!(unescape(r#""\ud800\n""#), "\u{fffd}\n");
        assert_eq!(unescape(r#""end \ud800""#), "end \u{fffd}");
    }

    #[test]
    fn unexpected_values_are_told_from_their_first_byte() {
        assert_eq!(unexpected("{}"), de::Unexpected::Map);
        assert_eq!(unexpected("[1]"), de::Unexpected::Seq);
        assert_eq!(unexpected("-7"), de::Unexpected::Signed(-7));
        assert_eq!(
            unexpected("18446744073709551615"),
            de::Unexpected::Unsigned(u64::MAX)
        );
        assert_eq!(unexpected("0.5"), de::Unexpected::Float(0.5));
        assert_eq!(unexpected(r#""x""#), de::Unexpected::Other("a string"));
    }
}
