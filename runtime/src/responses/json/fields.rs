//! The serde pieces the envelopes are made of: string and any-value fields, keys
//! compared in place, and reading an envelope from a JSON object key by key.

use super::strings::{
    raw, unescape, unexpected, AS_WRITTEN, LONG_ESCAPED, NOT_A_STRING, READ_AS_WRITTEN,
};
use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;
use tc_errors_internals::escape::shortened;

/// A string field, borrowed from the body unless it has escapes, or `None` for `null`,
/// which reads as if the field were missing (a `"Code": null` is reported as no `Code`);
/// the name is the one the error shows when the value is neither. It is an [`AnyValue`]
/// that must be a string.
pub(crate) struct Text(pub(crate) &'static str);

impl Text {
    /// The text of `field`, `None` for `null`, or the error for any other value.
    #[inline]
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

    #[inline]
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
    #[inline]
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
/// [as written](super::strings_as_written), where the value's text is at hand (a number read by
/// serde_json would be its `f64`, not what the body says): bodies whose `Message` or
/// `RequestId` is not a string are rare, and only they pay. So does a string with escapes
/// longer than [`LONG_ESCAPED`] (serde_json's reading would hold it twice: its buffer and
/// the copy).
pub(crate) struct AnyValue;

impl<'de> DeserializeSeed<'de> for AnyValue {
    type Value = Field<'de>;

    #[inline]
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

    #[inline]
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

/// The next key of the object `T`: the entry of [`T::FIELDS`](Object::FIELDS) it equals,
/// or `Some(None)` for a key the envelope does not read.
#[inline]
pub(crate) fn next_key<'de, T: Object<'de>, A: MapAccess<'de>>(
    map: &mut A,
) -> Result<Option<Option<&'static str>>, A::Error> {
    map.next_key_seed(Key::<T>(PhantomData))
}

/// A key of the object `T` compared in place, escaped or not, without keeping it. Generic
/// over `T`, so that each object compares with its own keys as constants: a length check
/// and a load or two, where a comparison shared by every object calls `memcmp`.
struct Key<T>(PhantomData<T>);

/// The entry of `fields` that `key` equals. Always inlined, so that `fields` is a
/// constant where [`Key`] calls it: not inlined, it costs the seed error body 290
/// instructions more (a `memcmp` call for each key).
#[inline(always)]
fn find(fields: &'static [&'static str], key: &str) -> Option<&'static str> {
    fields.iter().copied().find(|field| *field == key)
}

impl<'de, T: Object<'de>> DeserializeSeed<'de> for Key<T> {
    type Value = Option<&'static str>;

    #[inline]
    fn deserialize<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        if AS_WRITTEN.with(Cell::get) {
            return Ok(find(T::FIELDS, &unescape(raw(deserializer)?)));
        }
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, T: Object<'de>> Visitor<'de> for Key<T> {
    type Value = Option<&'static str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        Ok(find(T::FIELDS, key))
    }
}

/// Reads the value of `field` into `slot`; a field seen twice is an error here, which
/// keeps the reading of every other body one pass: [`read_last_wins`](super::read_last_wins)
/// then reads the body again with the last value of each field.
#[inline]
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
    vacant(slot, field)?;
    // Not `*slot = …`: the slot is empty, and an assignment would still call the drop of
    // what it held (a dozen instructions per field on the seed error body).
    slot.get_or_insert(map.next_value_seed(seed)?);
    Ok(())
}

/// Reads the object value of `field` into `slot`, in place (see [`Object`]); a field
/// seen twice is an error, as for [`fill`].
#[inline]
pub(crate) fn fill_object<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    field: &'static str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Object<'de>,
{
    vacant(slot, field)?;
    // Not `slot.insert(…)`, for the same reason as in `fill`.
    map.next_value_seed(Place(slot.get_or_insert_with(T::default)))
}

/// An error if `slot` already holds a value: `field` is given twice (see [`fill`]).
#[inline]
fn vacant<T, E: de::Error>(slot: &Option<T>, field: &'static str) -> Result<(), E> {
    match slot {
        Some(_) => Err(E::duplicate_field(field)),
        None => Ok(()),
    }
}

/// The value of the current field, as written (see [`raw`]).
pub(crate) fn next_raw<'de, A: MapAccess<'de>>(map: &mut A) -> Result<&'de str, A::Error> {
    map.next_value::<&'de RawValue>().map(RawValue::get)
}

/// Skips the value of a field the envelope does not read.
pub(crate) fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<de::IgnoredAny>().map(|_| ())
}

/// An envelope type read from a JSON object, key by key, in place: into a value that
/// starts as the default and that the caller holds, nested objects too, so that no level
/// moves an envelope to the next (each move of a freshly written envelope stalled on
/// stores not yet done, about a tenth of the seed error body's time).
pub(crate) trait Object<'de>: Default {
    /// What an error says was expected, when the value is not an object.
    const EXPECTING: &'static str;

    /// The keys it reads: [`next_key`] gives the others as `Some(None)`.
    const FIELDS: &'static [&'static str];

    /// Reads the object's entries into `self`, the default.
    fn read<A: MapAccess<'de>>(&mut self, map: A) -> Result<(), A::Error>;
}

/// `Deserialize::deserialize` for an [`Object`].
#[inline]
pub(crate) fn object<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: Object<'de>,
    D: de::Deserializer<'de>,
{
    let mut value = T::default();
    Place(&mut value).deserialize(deserializer)?;
    Ok(value)
}

/// The seed that reads an [`Object`] into the place it holds, which is the default.
pub(super) struct Place<'p, T>(pub(super) &'p mut T);

impl<'de, T: Object<'de>> DeserializeSeed<'de> for Place<'_, T> {
    type Value = ();

    #[inline]
    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        // `deserialize_any`, not `deserialize_map`: serde_json's error for a string where
        // an object should be quotes the whole string, however long.
        deserializer.deserialize_any(ObjectVisitor(self.0))
    }
}

/// How many characters of a string an error quotes.
const QUOTED_CHARS: usize = 64;

struct ObjectVisitor<'p, T>(&'p mut T);

impl<'de, T: Object<'de>> Visitor<'de> for ObjectVisitor<'_, T> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        self.0.read(map)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<(), E> {
        let quoted = shortened(text, QUOTED_CHARS);
        Err(E::invalid_type(de::Unexpected::Str(&quoted), &self))
    }
}
