//! What both response parsers share: reading a body as exactly one JSON document, telling
//! apart every way it can fail, and the small serde pieces their envelopes are made of.
//!
//! A body is read twice at most: once into an envelope of borrowed strings that skips
//! every field it does not need (the whole cost of an error body), and, for a success
//! only, once more into the caller's payload type. serde_json reads the strings of the
//! envelope; a body with a lone surrogate escape or a long escaped string in one, or with
//! a `Message` or `RequestId` that is not a string, is read a second time, each string
//! taken as written ([`raw`]) and decoded here ([`unescape`]): the lone surrogate becomes
//! U+FFFD, the long string costs one copy, not two, and a number keeps its text.

use crate::{MalformedReason, MalformedResponse};
use serde::de::{self, Deserialize, DeserializeSeed, MapAccess, Visitor};
use serde_json::error::Category;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;
use tc_errors_internals::escape::shortened;

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

/// Reads `text` as one JSON document into the envelope `T`.
pub(crate) fn envelope<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T, MalformedResponse> {
    strings_as_written(|| {
        let body = text.as_bytes();
        let mut reader = serde_json::Deserializer::from_str(text);
        let value = T::deserialize(&mut reader).map_err(|error| classify(&error, body))?;
        reader.end().map_err(|error| {
            MalformedResponse::new(MalformedReason::TrailingData, &error.to_string(), body)
        })?;
        Ok(value)
    })
}

/// Reads `text`, which [`envelope`] has already accepted, into the payload `T`: anything
/// wrong now is the payload type's complaint.
pub(crate) fn payload<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T, MalformedResponse> {
    strings_as_written(|| {
        serde_json::from_str(text).map_err(|error| {
            let detail = error.to_string();
            MalformedResponse::new(MalformedReason::PayloadMismatch, &detail, text.as_bytes())
        })
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

/// A string field, borrowed from the body unless it has escapes, or `None` for `null`,
/// which reads as if the field were missing (a `"Code": null` is reported as no `Code`);
/// the name is the one the error shows when the value is neither. It is an [`AnyValue`]
/// that must be a string.
pub(crate) struct Text(pub(crate) &'static str);

impl Text {
    /// The text of `field`, `None` for `null`, or the error for any other value.
    fn of<'a, E: de::Error>(&self, field: Field<'a>) -> Result<Option<Cow<'a, str>>, E> {
        match field {
            Field::Text(text) => Ok(Some(text)),
            Field::NotText("null") => Ok(None),
            Field::NotText(raw) => Err(E::invalid_type(unexpected(raw), self)),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Text {
    type Value = Option<Cow<'de, str>>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        self.of(AnyValue.deserialize(deserializer)?)
    }
}

impl de::Expected for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` to be a string or null", self.0)
    }
}

/// How long a string with escapes may be for serde_json to decode it (see [`AnyValue`]).
const LONG_ESCAPED: usize = 64 << 10;

/// The start of the error that asks for a second reading, strings as written.
const READ_AS_WRITTEN: &str = "a long string with escapes: read again as written";

/// The error of an [`AnyValue`] that is not a string, which asks for a second reading.
const NOT_A_STRING: &str = "a field that is not a string: read again as written";

/// A field an API error keeps whatever JSON value the body gives it (`Message`,
/// `RequestId`): a string, or any other value as written (a number for its text, the
/// others only to say what they were).
#[derive(Debug)]
pub(crate) enum Field<'a> {
    /// A JSON string, decoded.
    Text(Cow<'a, str>),
    /// Any other value, `null` included, as written.
    NotText(&'a str),
}

impl<'a> Field<'a> {
    /// What an API error keeps of a field that may be missing: the text, and whether it
    /// stands in for a value that was not a JSON string (a number's text, or empty).
    pub(crate) fn lenient(field: Option<Field<'a>>) -> (Cow<'a, str>, bool) {
        match field {
            Some(Field::Text(text)) => (text, false),
            None => (Cow::Borrowed(""), false),
            Some(Field::NotText(raw)) => {
                let is_number = matches!(raw.as_bytes().first(), Some(b'-' | b'0'..=b'9'));
                (Cow::Borrowed(if is_number { raw } else { "" }), true)
            }
        }
    }

    /// What a success keeps of a field that must be a string, `null` or missing (read
    /// as `""`), or else the error's detail, as a [`Text`] says it.
    pub(crate) fn strict(
        field: Option<Field<'a>>,
        name: &'static str,
    ) -> Result<Cow<'a, str>, String> {
        let Some(field) = field else {
            return Ok(Cow::Borrowed(""));
        };
        match Text(name).of::<serde_json::Error>(field) {
            Ok(text) => Ok(text.unwrap_or_default()),
            Err(error) => Err(error.to_string()),
        }
    }
}

/// The seed of a [`Field`], and of a [`Text`].
///
/// serde_json reads a string or `null` at once (borrowed from the body unless it has
/// escapes); any other value ends the first reading and asks for one
/// [as written](strings_as_written), where the value's text is at hand (a number read by
/// serde_json would be its `f64`, not what the body says): bodies whose `Message` or
/// `RequestId` is not a string are rare, and only they pay. So does a string with escapes
/// longer than [`LONG_ESCAPED`] (serde_json's reading would hold it twice: its buffer and
/// the copy).
pub(crate) struct AnyValue;

impl<'de> DeserializeSeed<'de> for AnyValue {
    type Value = Field<'de>;

    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        if !AS_WRITTEN.with(Cell::get) {
            // `deserialize_any`: one look at the next byte decides, where
            // `deserialize_option` would look for `null` first and then read the string.
            return deserializer.deserialize_any(self);
        }
        let raw = raw(deserializer)?;
        Ok(match raw.as_bytes().first() {
            Some(b'"') => Field::Text(unescape(raw)),
            _ => Field::NotText(raw),
        })
    }
}

impl<'de> Visitor<'de> for AnyValue {
    type Value = Field<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Field::NotText("null"))
    }

    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
        Ok(Field::Text(Cow::Borrowed(text)))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        if text.len() > LONG_ESCAPED {
            return Err(E::custom(READ_AS_WRITTEN));
        }
        Ok(Field::Text(Cow::Owned(text.to_owned())))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Err(E::custom(NOT_A_STRING))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Err(E::custom(NOT_A_STRING))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Err(E::custom(NOT_A_STRING))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Err(E::custom(NOT_A_STRING))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(de::Error::custom(NOT_A_STRING))
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(de::Error::custom(NOT_A_STRING))
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
        if AS_WRITTEN.with(Cell::get) {
            let key = unescape(raw(deserializer)?);
            return Ok(self.0.iter().copied().find(|field| *field == key));
        }
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

thread_local! {
    /// Whether [`Text`], [`AnyValue`] and [`Key`] (and the legacy `code`) read values as
    /// written and decode strings with [`unescape`]: the second reading of a body, see
    /// [`strings_as_written`].
    static AS_WRITTEN: Cell<bool> = const { Cell::new(false) };
}

/// Whether the strings of this reading are taken as written (see [`AS_WRITTEN`]).
pub(crate) fn reading_as_written() -> bool {
    AS_WRITTEN.with(Cell::get)
}

/// `read()`, and once more with strings read as written when the first reading failed on
/// a string serde_json cannot or should not decode: a lone surrogate escape (`"\ud800"`,
/// which the JSON grammar allows and no Rust string can hold) in a string or key that is
/// read, a long string with escapes ([`LONG_ESCAPED`]), or an [`AnyValue`] that is not a
/// string. The second reading holds no
/// copy of the body and no second copy of a string: it costs only time, and only for such
/// bodies. serde_json's own reading is kept for every other body because it is faster.
pub(crate) fn strings_as_written<R>(
    read: impl Fn() -> Result<R, MalformedResponse>,
) -> Result<R, MalformedResponse> {
    match read() {
        Err(error) if asks_for_strings_as_written(error.detail()) => {
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
        outcome => outcome,
    }
}

/// Whether a first reading failed for what [`strings_as_written`] reads again.
fn asks_for_strings_as_written(detail: &str) -> bool {
    detail.contains(READ_AS_WRITTEN)
        || detail.contains(NOT_A_STRING)
        // serde_json's reading of a number beyond `f64`, which an `AnyValue` keeps.
        || detail.contains("number out of range")
        || detail.contains("lone leading surrogate")
        || detail.contains("unexpected end of hex escape")
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
    // Not `*slot = …`: the slot is empty, and an assignment would still call the drop of
    // what it held (a dozen instructions per field on the seed error body).
    slot.get_or_insert(map.next_value_seed(seed)?);
    Ok(())
}

/// The value of the current field, as written (see [`raw`]).
pub(crate) fn next_raw<'de, A: MapAccess<'de>>(map: &mut A) -> Result<&'de str, A::Error> {
    map.next_value::<&'de RawValue>().map(RawValue::get)
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
    // `deserialize_any`, not `deserialize_map`: serde_json's error for a string where an
    // object should be quotes the whole string, however long.
    deserializer.deserialize_any(ObjectVisitor(PhantomData))
}

/// How many characters of a string an error quotes.
const QUOTED_CHARS: usize = 64;

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Object<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read(map)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        let quoted = shortened(text, QUOTED_CHARS);
        Err(E::invalid_type(de::Unexpected::Str(&quoted), &self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn a_byte_order_mark_is_ignored() {
        assert_eq!(utf8(b"\xEF\xBB\xBF{}").unwrap(), "{}");
        assert_eq!(utf8(b"{}").unwrap(), "{}");
    }
}
