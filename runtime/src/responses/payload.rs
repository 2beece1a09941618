//! A success's `Response` object read as `T`, where `()` and unit structs accept any
//! object: they are what a user writes for an action that returns only its request id.

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, Visitor};
use std::marker::PhantomData;

/// Deserializes `T` from the `Response` value through [`UnitFriendly`].
pub(crate) struct ResponseSeed<T>(pub(crate) PhantomData<T>);

impl<'de, T: de::Deserialize<'de>> DeserializeSeed<'de> for ResponseSeed<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::deserialize(UnitFriendly(deserializer))
    }
}

/// A deserializer that gives `T` what the inner one gives, except that a unit or unit
/// struct skips the value (an object, here) instead of insisting on `null`.
struct UnitFriendly<D>(D);

/// Forwards each `deserialize_*` method to the inner deserializer.
macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*))*) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method($($arg,)* visitor)
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for UnitFriendly<D> {
    type Error = D::Error;

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_ignored_any(IgnoredAny)?;
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.deserialize_unit(visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }

    forward! {
        deserialize_any() deserialize_bool() deserialize_i8() deserialize_i16()
        deserialize_i32() deserialize_i64() deserialize_i128() deserialize_u8()
        deserialize_u16() deserialize_u32() deserialize_u64() deserialize_u128()
        deserialize_f32() deserialize_f64() deserialize_char() deserialize_str()
        deserialize_string() deserialize_bytes() deserialize_byte_buf()
        deserialize_option() deserialize_seq() deserialize_map()
        deserialize_identifier() deserialize_ignored_any()
        deserialize_newtype_struct(name: &'static str)
        deserialize_tuple(len: usize)
        deserialize_tuple_struct(name: &'static str, len: usize)
        deserialize_struct(name: &'static str, fields: &'static [&'static str])
        deserialize_enum(name: &'static str, variants: &'static [&'static str])
    }
}
