//! What both response parsers share: reading a body as exactly one JSON document, telling
//! apart every way it can fail, and the small serde pieces their envelopes are made of.
//!
//! A body is read twice at most: once into an envelope of borrowed strings that skips
//! every field it does not need (the whole cost of an error body), and, for a success
//! only, once more into the caller's payload type.

use crate::{MalformedReason, MalformedResponse};
use serde::de::{self, Deserialize, DeserializeSeed, MapAccess, Visitor};
use serde_json::error::Category;
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// The body as text, without the byte-order mark some gateways put first (RFC 8259
/// lets a parser ignore it). The whole body is checked, skipped fields included: that is
/// what JSON requires, and it is also faster than letting serde_json check each string
/// it hands over (a third of the envelope's cost on the seed error body).
pub(crate) fn utf8(body: &[u8]) -> Result<&str, MalformedResponse> {
    let text = std::str::from_utf8(body).map_err(|error| {
        let detail = format!("invalid byte at offset {}", error.valid_up_to());
        MalformedResponse::new(MalformedReason::NotUtf8, &detail, body)
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Reads the envelope of `text` into an owned outcome with `read`. When serde_json
/// refuses the body only for a lone surrogate escape (`"\ud83d"`, which the JSON grammar
/// allows but no Rust string can hold) in a string the envelope reads, an error body is
/// read again from a copy with U+FFFD in its place: a character of the message must not
/// cost the error its code. A success stays malformed, since its payload would be read
/// from the body as received; `is_error` tells the two apart.
pub(crate) fn read_envelope<R>(
    text: &str,
    read: impl Fn(&str) -> Result<R, MalformedResponse>,
    is_error: impl Fn(&R) -> bool,
) -> Result<R, MalformedResponse> {
    let malformed = match read(text) {
        Err(malformed) if malformed.reason() == MalformedReason::NotJson => malformed,
        outcome => return outcome,
    };
    let Some(repaired) = without_lone_surrogates(text) else {
        return Err(malformed);
    };
    match read(&repaired) {
        Ok(outcome) if is_error(&outcome) => Ok(outcome),
        Ok(_) => Err(malformed),
        // What else is wrong (a body cut right after the escape is `Truncated`), quoting
        // the body as received.
        Err(other) => Err(MalformedResponse::new(
            other.reason(),
            other.detail(),
            text.as_bytes(),
        )),
    }
}

/// `text` with every lone surrogate escape in its strings (`"\ud800"`, which the JSON
/// grammar allows and serde_json refuses to read into a string) replaced by `\ufffd`, or
/// `None` when it has none. Escapes keep their length, so positions do not move.
pub(crate) fn without_lone_surrogates(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let unit_at = |at: usize| -> Option<u16> {
        let hex = text.get(at..at + 4)?;
        let unit = u16::from_str_radix(hex, 16).ok()?;
        (bytes[at - 2] == b'\\' && bytes[at - 1] == b'u').then_some(unit)
    };
    let is_high = |unit: u16| (0xD800..0xDC00).contains(&unit);
    let is_low = |unit: u16| (0xDC00..0xE000).contains(&unit);
    let (mut fixed, mut copied) = (String::new(), 0);
    let (mut at, mut in_string) = (0, false);
    while at < bytes.len() {
        match bytes[at] {
            b'"' => in_string = !in_string,
            b'\\' if in_string => {
                match unit_at(at + 2) {
                    Some(unit) if is_high(unit) && unit_at(at + 8).is_some_and(is_low) => at += 12,
                    Some(unit) if is_high(unit) || is_low(unit) => {
                        // Every byte here is ASCII, so these are character boundaries.
                        fixed.push_str(&text[copied..at]);
                        fixed.push_str("\\ufffd");
                        at += 6;
                        copied = at;
                    }
                    // Any other escape is two bytes, or `\uXXXX` whose hex digits are
                    // plain text to this scan.
                    _ => at += 2,
                }
                continue;
            }
            _ => {}
        }
        at += 1;
    }
    (copied > 0).then(|| {
        fixed.push_str(&text[copied..]);
        fixed
    })
}

/// Reads `text` as one JSON document into the envelope `T`.
pub(crate) fn envelope<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T, MalformedResponse> {
    let body = text.as_bytes();
    let mut reader = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(&mut reader).map_err(|error| classify(&error, body))?;
    reader.end().map_err(|error| {
        MalformedResponse::new(MalformedReason::TrailingData, &error.to_string(), body)
    })?;
    Ok(value)
}

/// Reads `text`, which [`envelope`] has already accepted, into the payload `T`: anything
/// wrong now is the payload type's complaint.
pub(crate) fn payload<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T, MalformedResponse> {
    serde_json::from_str(text).map_err(|error| {
        let detail = error.to_string();
        MalformedResponse::new(MalformedReason::PayloadMismatch, &detail, text.as_bytes())
    })
}

/// A `MalformedResponse` for an error of the envelope pass.
fn classify(error: &serde_json::Error, body: &[u8]) -> MalformedResponse {
    if body
        .iter()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    {
        return MalformedResponse::new(MalformedReason::Empty, "", body);
    }
    let reason = match error.classify() {
        Category::Eof => MalformedReason::Truncated,
        Category::Data => MalformedReason::NotAnApiResponse,
        // Nesting past serde_json's depth limit is a syntax error too.
        Category::Syntax | Category::Io => MalformedReason::NotJson,
    };
    MalformedResponse::new(reason, &error.to_string(), body)
}

/// A string field, borrowed from the body unless it has escapes, or `None` for `null`,
/// which reads as if the field were missing (a `"Message": null` must not cost an error
/// its code); the name is the one the error shows when the value is neither.
pub(crate) struct Text(pub(crate) &'static str);

impl<'de> DeserializeSeed<'de> for Text {
    type Value = Option<Cow<'de, str>>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        // `deserialize_any`: one look at the next byte decides, where `deserialize_option`
        // would look for `null` first and then read the string.
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Text {
    type Value = Option<Cow<'de, str>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` to be a string or null", self.0)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Borrowed(text)))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Owned(text.to_owned())))
    }
}

/// The next key of an object: the entry of `fields` it equals, or `Some(None)` for a
/// key the envelope does not read.
pub(crate) fn next_key<'de, A: MapAccess<'de>>(
    map: &mut A,
    fields: &'static [&'static str],
) -> Result<Option<Option<&'static str>>, A::Error> {
    map.next_key_seed(Key(fields))
}

/// A key compared in place, escaped or not, without keeping it.
struct Key(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Option<&'static str>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Key {
    type Value = Option<&'static str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        Ok(self.0.iter().copied().find(|field| *field == key))
    }
}

/// Reads the value of `field` into `slot`; a field seen twice is an error, so that two
/// readings of one body can never see different values.
pub(crate) fn fill<'de, A, S>(
    map: &mut A,
    slot: &mut Option<S::Value>,
    field: &'static str,
    seed: S,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    S: DeserializeSeed<'de>,
{
    if slot.is_some() {
        return Err(de::Error::duplicate_field(field));
    }
    *slot = Some(map.next_value_seed(seed)?);
    Ok(())
}

/// Skips the value of a field the envelope does not read.
pub(crate) fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<de::IgnoredAny>().map(|_| ())
}

/// An envelope type read from a JSON object, key by key.
pub(crate) trait Object<'de>: Sized {
    /// What an error says was expected, when the value is not an object.
    const EXPECTING: &'static str;

    /// Reads the object's entries.
    fn read<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// `Deserialize::deserialize` for an [`Object`].
pub(crate) fn object<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: Object<'de>,
    D: de::Deserializer<'de>,
{
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Object<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_are_replaced_in_place() {
        let fix = |text: &str| without_lone_surrogates(text);
        assert_eq!(
            fix(r#"{"a":"x\ud83d y"}"#).as_deref(),
            Some(r#"{"a":"x\ufffd y"}"#)
        );
        assert_eq!(
            fix(r#"["\udc00\ud800"]"#).as_deref(),
            Some(r#"["\ufffd\ufffd"]"#)
        );
        assert_eq!(
            fix(r#"["\ud83d\ude00", "\u00e9", "\\ud800"]"#),
            None,
            "pairs, others, escaped backslashes"
        );
        assert_eq!(fix(r#"{"\ud800": 1}"#).as_deref(), Some(r#"{"\ufffd": 1}"#));
        assert_eq!(fix(r#"\ud800 outside a string"#), None);
        assert_eq!(fix(r#""cut \ud8"#), None);
        assert_eq!(fix(r#""cut \ud800"#).as_deref(), Some(r#""cut \ufffd"#));
        assert_eq!(fix("\"é\\ud800\""), Some("\"é\\ufffd\"".to_owned()));
    }

    #[test]
    fn a_byte_order_mark_is_ignored() {
        assert_eq!(utf8(b"\xEF\xBB\xBF{}").unwrap(), "{}");
        assert_eq!(utf8(b"{}").unwrap(), "{}");
    }
}
