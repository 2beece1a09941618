//! The envelopes of an API 3.0 body: the few fields the first pass reads (`Response`,
//! its `Error` and `RequestId`, the top-level fields of an API 2.0 error), and the
//! `Response` alone that the second pass reads into the payload.

use super::json::{self, AnyValue, Field, Object, Text};
use super::legacy_fields::LegacyFields;
use super::payload::ResponseSeed;
use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess};
use std::borrow::Cow;
use std::marker::PhantomData;

/// The top level of a body: `Response`, and the fields of an API 2.0 error, which a
/// body must not carry to be a success.
#[derive(Default)]
pub(super) struct Envelope<'a> {
    pub(super) response: Option<ResponseFields<'a>>,
    pub(super) legacy: LegacyFields<'a>,
}

/// The `Response` object: only `Error` and `RequestId` are read; the payload's fields
/// are skipped here and read into `T` by a second pass, for a success only.
#[derive(Default)]
pub(super) struct ResponseFields<'a> {
    pub(super) error: Option<ErrorFields<'a>>,
    pub(super) request_id: Option<Field<'a>>,
}

/// The `Error` object.
#[derive(Default)]
pub(super) struct ErrorFields<'a> {
    /// `Some(None)` for `"Code": null`.
    pub(super) code: Option<Option<Cow<'a, str>>>,
    pub(super) message: Option<Field<'a>>,
}

/// The `Error` of a `Response` object, as written; of a repeated `Error`, the last.
#[derive(Default)]
pub(super) struct ErrorOnly<'a>(pub(super) Option<&'a str>);

impl<'de> Deserialize<'de> for ErrorOnly<'de> {
    #[inline]
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        json::object(deserializer)
    }
}

impl<'de> Object<'de> for ErrorOnly<'de> {
    const EXPECTING: &'static str = "`Response` to be an object";
    const FIELDS: &'static [&'static str] = &["Error"];

    #[inline]
    fn read<A: MapAccess<'de>>(&mut self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = json::next_key::<Self, _>(&mut map)? {
            match key {
                Some(_) => self.0 = Some(json::next_raw(&mut map)?),
                None => json::skip(&mut map)?,
            }
        }
        Ok(())
    }
}

/// The top level of a success body, for the second pass: `Response` read as `T`.
pub(super) struct Payload<T>(pub(super) T);

/// The value of a success body's last `Response` alone, read as `T`: the second pass
/// over a body that gives `Response` more than once.
pub(super) struct LastPayload<T>(pub(super) T);

const TOP_LEVEL: &str = "a JSON object with a `Response` field";

impl<'de> Object<'de> for Envelope<'de> {
    const EXPECTING: &'static str = TOP_LEVEL;
    const FIELDS: &'static [&'static str] = &["Response", "code", "message", "codeDesc"];

    #[inline]
    fn read<A: MapAccess<'de>>(&mut self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = json::next_key::<Self, _>(&mut map)? {
            match key {
                Some("Response") => json::fill_object(&mut map, &mut self.response, "Response")?,
                Some(key) => self.legacy.keep(key, json::next_raw(&mut map)?),
                None => json::skip(&mut map)?,
            }
        }
        Ok(())
    }
}

impl<'de> Object<'de> for ResponseFields<'de> {
    const EXPECTING: &'static str = "`Response` to be an object";
    const FIELDS: &'static [&'static str] = &["Error", "RequestId"];

    #[inline]
    fn read<A: MapAccess<'de>>(&mut self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = json::next_key::<Self, _>(&mut map)? {
            match key {
                Some("Error") => json::fill_object(&mut map, &mut self.error, "Error")?,
                Some("RequestId") => {
                    json::fill(&mut map, &mut self.request_id, "RequestId", AnyValue)?;
                }
                _ => json::skip(&mut map)?,
            }
        }
        Ok(())
    }
}

impl<'de> Deserialize<'de> for ErrorFields<'de> {
    #[inline]
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        json::object(deserializer)
    }
}

impl<'de> Object<'de> for ErrorFields<'de> {
    const EXPECTING: &'static str = "`Error` to be an object";
    const FIELDS: &'static [&'static str] = &["Code", "Message"];

    #[inline]
    fn read<A: MapAccess<'de>>(&mut self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = json::next_key::<Self, _>(&mut map)? {
            match key {
                Some("Code") => json::fill(&mut map, &mut self.code, "Code", Text("Error.Code"))?,
                Some("Message") => json::fill(&mut map, &mut self.message, "Message", AnyValue)?,
                _ => json::skip(&mut map)?,
            }
        }
        Ok(())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Payload<T> {
    #[inline]
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let TopLevel(payload) = json::object(deserializer)?;
        payload
            .map(Payload)
            .ok_or_else(|| de::Error::missing_field("Response"))
    }
}

/// The top level of a success body as an [`Object`]: its `Response`, when it has one.
struct TopLevel<T>(Option<T>);

impl<T> Default for TopLevel<T> {
    fn default() -> Self {
        TopLevel(None)
    }
}

impl<'de, T: Deserialize<'de>> Object<'de> for TopLevel<T> {
    const EXPECTING: &'static str = TOP_LEVEL;
    const FIELDS: &'static [&'static str] = &["Response"];

    #[inline]
    fn read<A: MapAccess<'de>>(&mut self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = json::next_key::<Self, _>(&mut map)? {
            match key {
                Some("Response") => {
                    json::fill(&mut map, &mut self.0, "Response", ResponseSeed(PhantomData))?;
                }
                _ => json::skip(&mut map)?,
            }
        }
        Ok(())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for LastPayload<T> {
    #[inline]
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        ResponseSeed(PhantomData)
            .deserialize(deserializer)
            .map(LastPayload)
    }
}
