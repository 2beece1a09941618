//! Keys given twice in one object, read as Python's `json` reads them, and so Tencent's
//! Python SDK: the last value wins, and the earlier ones only need to be valid JSON.
//!
//! The envelopes refuse a field they read that comes twice (see [`fill`](super::fill)),
//! which keeps their one pass over a body as it was. A body they refuse for its shape, or
//! for a value serde_json cannot read where they expect an object (a lone surrogate
//! escape, a number beyond `f64`), is looked at once more here: when it repeats a field
//! an envelope reads, it is read again from a copy that gives each such field once, with
//! its last value. Bodies that repeat no such field pay nothing; the others, two passes
//! more.

use super::strings::{raw, unescape};
use super::{document, next_raw};
use crate::responses::malformed::{MalformedReason, MalformedResponse};
use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// Every key an envelope reads, at any level: the copy keeps these and drops the others,
/// which the envelopes skip anyway.
const READ: [&str; 8] = [
    "Response",
    "Error",
    "RequestId",
    "Code",
    "Message",
    "code",
    "message",
    "codeDesc",
];

/// How deep the envelopes read: the top level, `Response`, its `Error`.
const LEVELS: usize = 3;

/// `read(text)`; or, when that finds no API response (or JSON it cannot read) and `text`
/// gives a field an envelope reads more than once, `read` of a copy of `text` with the last value of each
/// such field only, and then also the value of the top-level `Response` the copy kept, as
/// written in `text` (a success's payload is read from it). `body` is what errors quote.
#[inline]
pub(crate) fn read_last_wins<'a, R>(
    text: &'a str,
    body: &[u8],
    read: impl Fn(&str) -> Result<R, MalformedResponse>,
) -> Result<(R, Option<&'a str>), MalformedResponse> {
    match read(text) {
        Err(error)
            if matches!(
                error.reason(),
                MalformedReason::NotAnApiResponse | MalformedReason::NotJson
            ) =>
        {
            read_copy(text, body, error, read)
        }
        outcome => outcome.map(|read| (read, None)),
    }
}

/// The rest of [`read_last_wins`], after `error`.
#[cold]
fn read_copy<'a, R>(
    text: &'a str,
    body: &[u8],
    error: MalformedResponse,
    read: impl Fn(&str) -> Result<R, MalformedResponse>,
) -> Result<(R, Option<&'a str>), MalformedResponse> {
    let copy = match copy_last(text, 0, body) {
        Ok(Some(copy)) if copy.repeated => copy,
        // The JSON is broken further on than the first reading went.
        Err(broken) if error.reason() == MalformedReason::NotAnApiResponse => return Err(broken),
        _ => return Err(error),
    };
    match read(&copy.text) {
        Ok(read) => Ok((read, copy.response)),
        // Where the reader stopped in the copy, which is laid out anew, would mislead.
        Err(error) => Err(MalformedResponse::new(
            error.reason(),
            without_position(error.detail()),
            body,
        )),
    }
}

/// An object with each field of [`READ`] once.
struct Copy<'a> {
    /// The object, as JSON.
    text: String,
    /// Whether the original gave one of them more than once, at any level.
    repeated: bool,
    /// The value of its `Response`, as written in the original.
    response: Option<&'a str>,
}

/// The copy of the JSON value `text`, `level` levels down, when it is an object: the
/// fields of [`READ`] in the order they first came, each with its last value, and those
/// of `Response` and `Error` copied the same way while the envelopes read that deep.
fn copy_last<'a>(
    text: &'a str,
    level: usize,
    body: &[u8],
) -> Result<Option<Copy<'a>>, MalformedResponse> {
    if !text
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .starts_with('{')
    {
        return Ok(None);
    }
    let Entries {
        entries,
        mut repeated,
    } = document(text, body, PhantomData)?;
    let mut copy = String::with_capacity(text.len());
    copy.push('{');
    for (at, &(key, value)) in entries.iter().enumerate() {
        if at > 0 {
            copy.push(',');
        }
        copy.push('"');
        copy.push_str(key);
        copy.push_str("\":");
        let nested = match key {
            "Response" | "Error" if level + 1 < LEVELS => copy_last(value, level + 1, body)?,
            _ => None,
        };
        match nested {
            Some(nested) => {
                repeated |= nested.repeated;
                copy.push_str(&nested.text);
            }
            None => copy.push_str(value),
        }
    }
    copy.push('}');
    let response = entries
        .iter()
        .find(|(key, _)| *key == "Response")
        .map(|&(_, value)| value);
    Ok(Some(Copy {
        text: copy,
        repeated,
        response,
    }))
}

/// The fields of [`READ`] of an object, as written, each with its last value.
struct Entries<'a> {
    entries: Vec<(&'static str, &'a str)>,
    repeated: bool,
}

impl<'de> Deserialize<'de> for Entries<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(EntriesVisitor)
    }
}

struct EntriesVisitor;

impl<'de> Visitor<'de> for EntriesVisitor {
    type Value = Entries<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut entries, mut repeated) = (Vec::<(&'static str, &'de str)>::new(), false);
        while let Some(key) = map.next_key_seed(ReadKey)? {
            let value = next_raw(&mut map)?;
            let Some(key) = key else { continue };
            match entries.iter_mut().find(|(seen, _)| *seen == key) {
                Some(entry) => {
                    entry.1 = value;
                    repeated = true;
                }
                None => entries.push((key, value)),
            }
        }
        Ok(Entries { entries, repeated })
    }
}

/// A key: the entry of [`READ`] it equals once decoded (a lone surrogate escape and all),
/// or `None`.
struct ReadKey;

impl<'de> DeserializeSeed<'de> for ReadKey {
    type Value = Option<&'static str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        let key = unescape(raw(deserializer)?);
        Ok(READ.into_iter().find(|read| *read == key))
    }
}

/// `detail` without serde_json's ` at line N column M` at its end.
fn without_position(detail: &str) -> &str {
    let Some((message, position)) = detail.rsplit_once(" at line ") else {
        return detail;
    };
    let number = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    match position.split_once(" column ") {
        Some((line, column)) if number(line) && number(column) => message,
        _ => detail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy(text: &str) -> Option<String> {
        copy_last(text, 0, text.as_bytes())
            .unwrap()
            .filter(|copy| copy.repeated)
            .map(|copy| copy.text)
    }

    #[test]
    fn the_copy_keeps_the_last_value_where_the_key_first_came() {
        assert_eq!(
            copy(r#"{"Response":{"Error":{"Code":7,"X":1,"C\u006fde":"B"},"Error":{"Code":"A"}},"Other":[1]}"#).as_deref(),
            Some(r#"{"Response":{"Error":{"Code":"A"}}}"#)
        );
        assert_eq!(
            copy(r#"{"code":0, "Response":{"Error":{"Code":"A","Code":"B"}},"code" : "1"}"#)
                .as_deref(),
            Some(r#"{"code":"1","Response":{"Error":{"Code":"B"}}}"#)
        );
        // Repeated keys the envelopes do not read, or deeper than they read, are not
        // repeated fields.
        assert_eq!(
            copy(r#"{"Response":{"A":1,"A":2,"Error":{"Code":"A"}}}"#),
            None
        );
        assert_eq!(
            copy(r#"{"Response":{"Error":{"Error":{"Code":1,"Code":2}}}}"#),
            None
        );
        assert_eq!(copy("[1,1]"), None);
    }

    #[test]
    fn the_response_of_the_copy_is_the_original_text() {
        let text = r#"{"Response":{"A":1},"Response": {"B":2,"B":3} }"#;
        let copy = copy_last(text, 0, text.as_bytes()).unwrap().unwrap();
        assert_eq!(copy.response, Some(r#"{"B":2,"B":3}"#));
    }

    #[test]
    fn positions_are_dropped_from_a_detail() {
        assert_eq!(
            without_position("invalid type: integer `7` at line 1 column 30"),
            "invalid type: integer `7`"
        );
        for kept in [
            "no `Response` field",
            "at line x column 1",
            "a at line 1 column ",
        ] {
            assert_eq!(without_position(kept), kept);
        }
    }
}
