//! What both response parsers share: reading a body as exactly one JSON document, telling
//! apart every way it can fail, and the small serde pieces their envelopes are made of.
//!
//! A body that repeats no field is read twice at most: once into an envelope of borrowed strings that skips
//! every field it does not need (the whole cost of an error body), and, for a success
//! only, once more into the caller's payload type. serde_json reads the strings of the
//! envelope; a body with a lone surrogate escape or a long escaped string in one, or with
//! a `Message` or `RequestId` that is not a string, is read a second time, each string
//! taken as written ([`raw`]) and decoded here ([`unescape`]): the lone surrogate becomes
//! U+FFFD, the long string costs one copy, not two, and a number keeps its text. A body
//! that gives a field the envelopes read more than once is read again from a copy with
//! the last value of each ([`read_last_wins`]), as Python's `json` reads it.
//!
//! The functions on an error body's path are `#[inline]`, down to the envelopes' pieces:
//! out of line, each level moved its result, an envelope of a hundred bytes and more, to
//! the next (about 7 % of the seed error body's instructions, BENCHMARKS.md). For the
//! same reason the envelopes are read in place ([`Object`]): a move of an envelope just
//! written waits for its stores, which cost more time than instructions.

mod fields;
mod last_wins;
mod strings;

use fields::Place;
pub(crate) use fields::{
    fill, fill_object, next_key, next_raw, object, skip, AnyValue, Field, Object, Text,
};
pub(crate) use last_wins::read_last_wins;
pub(crate) use strings::{raw, reading_as_written, strings_as_written, unescape, unexpected};

use super::malformed::{MalformedReason, MalformedResponse};
use serde::de::{Deserialize, DeserializeSeed};
use serde_json::error::Category;

/// The body as text, without the byte-order mark some gateways put first (RFC 8259
/// lets a parser ignore it). The whole body is checked, skipped fields included: that is
/// what JSON requires, and it is also faster than letting serde_json check each string
/// it hands over (a third of the envelope's cost on the seed error body).
#[inline]
pub(crate) fn utf8(body: &[u8]) -> Result<&str, MalformedResponse> {
    let text = std::str::from_utf8(body).map_err(|error| {
        let detail = format!("invalid byte at offset {}", error.valid_up_to());
        MalformedResponse::new(MalformedReason::NotUtf8, &detail, body)
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Reads `text` as one JSON document into the envelope `place`, which the caller holds
/// (see [`Object`]) and which each reading first sets to the default.
#[inline]
pub(crate) fn envelope<'a, T: Object<'a>>(
    text: &'a str,
    place: &mut T,
) -> Result<(), MalformedResponse> {
    strings_as_written(|| {
        *place = T::default();
        document(text, text.as_bytes(), Place(&mut *place))
    })
}

/// Reads `text` as one JSON document with `seed`, telling apart every way it can fail;
/// `body` is what the errors quote.
#[inline]
fn document<'a, S: DeserializeSeed<'a>>(
    text: &'a str,
    body: &[u8],
    seed: S,
) -> Result<S::Value, MalformedResponse> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let value = seed
        .deserialize(&mut reader)
        .map_err(|error| classify(&error, body))?;
    reader.end().map_err(|error| {
        MalformedResponse::new(MalformedReason::TrailingData, &error.to_string(), body)
    })?;
    Ok(value)
}

/// Reads `text`, which [`envelope`] has already accepted (the body, or in it the value
/// of the last `Response`), into the payload `T`: anything wrong now is the payload type's
/// complaint. `body` is what the error quotes.
pub(crate) fn payload<'a, T: Deserialize<'a>>(
    text: &'a str,
    body: &[u8],
) -> Result<T, MalformedResponse> {
    strings_as_written(|| {
        serde_json::from_str(text).map_err(|error| {
            let detail = error.to_string();
            MalformedResponse::new(MalformedReason::PayloadMismatch, &detail, body)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_ignored() {
        assert_eq!(utf8(b"\xEF\xBB\xBF{}").unwrap(), "{}");
        assert_eq!(utf8(b"{}").unwrap(), "{}");
    }
}
