//! Support for the code that `tc_errors!` generates. Not public API: names and shapes
//! here change without notice.

pub use crate::CodeTable;
use crate::{ErrorCode, UnknownCode};
use std::fmt;

pub use serde;
pub use tc_errors_macros::tc_errors_impl;


/// A catalog's tables: its variants, and their codes, texts and kinds.
pub struct Table<E: 'static> {
    /// Every variant, in discriminant order.
    pub all: &'static [E],
    /// Everything else, without the enum's type.
    pub codes: CodeTable,
}

impl<E> std::ops::Deref for Table<E> {
    type Target = CodeTable;

    fn deref(&self) -> &CodeTable {
        &self.codes
    }
}

/// `Deserialize` for generated enums: a code string the catalog declares.
pub fn deserialize<'de, E, D>(deserializer: D) -> Result<E, D::Error>
where
    E: ErrorCode,
    D: serde::Deserializer<'de>,
{
    struct CodeVisitor<E>(std::marker::PhantomData<E>);

    impl<E: ErrorCode> serde::de::Visitor<'_> for CodeVisitor<E> {
        type Value = E;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a Tencent Cloud error code string")
        }

        fn visit_str<Err: serde::de::Error>(self, code: &str) -> Result<E, Err> {
            E::from_code(code).ok_or_else(|| Err::custom(UnknownCode::new(code)))
        }
    }

    deserializer.deserialize_str(CodeVisitor(std::marker::PhantomData))
}
