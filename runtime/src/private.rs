//! Support for the code that `tc_errors!` generates. Not public API: names and shapes
//! here change without notice.

use crate::codes::common::CommonError;
use crate::codes::error_code::ErrorCode;
use crate::codes::unknown::UnknownCode;
use std::fmt;

pub use crate::__tc_errors_trait_impls as trait_impls;
pub use serde;
pub use tc_errors_internals::actions::ActionTable;
pub use tc_errors_internals::hash::Lookup;
pub use tc_errors_macros::tc_errors_impl;

use tc_errors_internals::table;

/// `Debug` for generated enums: the variant's name.
pub fn variant_name<E: ErrorCode>(value: E) -> &'static str {
    E::CODE_TABLE.name(value.__index())
}

/// `FromStr` for generated enums.
pub fn from_str<E: ErrorCode>(code: &str) -> Result<E, UnknownCode> {
    E::from_code(code).ok_or_else(|| UnknownCode::new(code))
}

/// `From<CommonError>` for generated enums declared with `use common;`.
pub fn from_common<E: ErrorCode>(common: CommonError) -> E {
    // Cannot fail: the macro writes this impl only for a `use common;` catalog, whose
    // `from_common` it fills with the variant of every common code (a catalog that lost
    // one is a compile error, so its table is never read).
    let index = table::u16_at(E::CODE_TABLE.from_common, common.__index())
        .expect("`tc_errors!` writes a variant for every common code");
    E::ALL[usize::from(index)]
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
