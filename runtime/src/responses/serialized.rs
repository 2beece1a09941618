//! The outcomes' serde shape, written once: each error type writes its fields into a
//! struct ([`StructFields`]), alone or after the `outcome` of a `ResponseError`, so that
//! the shape of an error is the same on its own and as an outcome.

use serde::ser::{SerializeStruct, Serializer};

/// A type that serializes as a flat struct of these fields.
pub(crate) trait StructFields {
    /// The struct's name, for serializers that record it.
    const NAME: &'static str;
    /// How many fields [`write_fields`](Self::write_fields) writes at most.
    const LEN: usize;

    /// Writes the fields into `state`.
    fn write_fields<S: SerializeStruct>(&self, state: &mut S) -> Result<(), S::Error>;

    /// The value as a struct of its fields alone: its `Serialize`.
    fn serialize_alone<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct(Self::NAME, Self::LEN)?;
        self.write_fields(&mut state)?;
        state.end()
    }
}
