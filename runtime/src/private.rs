//! Support for the code that `tc_errors!` generates. Not public API: names and shapes
//! here change without notice.

use crate::{CommonError, ErrorCode, ErrorKind, Language, UnknownCode};
use std::fmt;
use std::ops::Range;

pub use serde;
pub use tc_errors_macros::tc_errors_impl;

use tc_errors_internals::hash;
use tc_errors_internals::table::{self, NOT_COMMON};

/// A catalog's per-variant data, indexed by the discriminant. Number tables are byte
/// strings of little-endian numbers (read by `table::u16_at`): the macro writes one
/// literal per table instead of one per number, which keeps large catalogs quick to
/// compile.
pub struct Table<E: 'static> {
    /// Every variant, in discriminant order.
    pub all: &'static [E],
    /// Every variant's code, name (for `Debug`), English text and Chinese text (empty
    /// when absent), concatenated in that order, variant after variant, then every
    /// alias: one literal instead of thousands.
    pub strings: &'static str,
    /// `u32`s: the byte offsets that bound each string of [`strings`](Self::strings):
    /// string `k` is `strings[bounds[k]..bounds[k + 1]]`.
    pub bounds: &'static [u8],
    /// `u16`s: the variant of each alias, in the order of the aliases in
    /// [`strings`](Self::strings).
    pub aliases: &'static [u8],
    /// The kinds, as indices in [`ErrorKind::ALL`].
    pub kinds: &'static [u8],
    /// The index in [`CommonError::ALL`], or `NOT_COMMON`.
    pub common: &'static [u8],
    /// `u16`s: for each common code, the index of its variant (empty without
    /// `use common;`).
    pub from_common: &'static [u8],
    /// The seed of the perfect hash over the codes.
    pub seed: u64,
    /// `u32`s: one displacement per bucket of the perfect hash.
    pub displacements: &'static [u8],
    /// `u16`s: the variant index in each slot of the perfect hash.
    pub slots: &'static [u8],
}

impl<E> Table<E> {
    /// The code of the variant at `index`.
    #[inline]
    pub fn code(&self, index: usize) -> &'static str {
        self.string(STRINGS_PER_VARIANT * index)
    }

    /// The name of the variant at `index`.
    #[inline]
    pub fn name(&self, index: usize) -> &'static str {
        self.string(STRINGS_PER_VARIANT * index + 1)
    }

    /// The text in `language` of the variant at `index`, if it has one.
    #[inline]
    pub fn text(&self, index: usize, language: Language) -> Option<&'static str> {
        let k = match language {
            Language::English => 2,
            Language::Chinese => 3,
        };
        Some(self.string(STRINGS_PER_VARIANT * index + k)).filter(|text| !text.is_empty())
    }

    /// String `k` of [`strings`](Self::strings).
    #[inline]
    fn string(&self, k: usize) -> &'static str {
        // Cannot fail: the macro writes an offset on each side of every string it
        // concatenates, on character boundaries, and `k` is always a string of a variant.
        let span = self
            .span(k)
            .expect("`tc_errors!` writes the offsets of every string");
        &self.strings[span]
    }

    /// Where string `k` lies in [`strings`](Self::strings).
    #[inline]
    fn span(&self, k: usize) -> Option<Range<usize>> {
        let start = table::u32_at(self.bounds, k)?;
        let end = table::u32_at(self.bounds, k + 1)?;
        Some(start as usize..end as usize)
    }

    /// The kind of the variant at `index`.
    #[inline]
    pub fn kind(&self, index: usize) -> ErrorKind {
        self.kinds
            .get(index)
            .and_then(|&kind| ErrorKind::ALL.get(usize::from(kind)))
            .copied()
            .unwrap_or(ErrorKind::Other)
    }

    /// The index in [`CommonError::ALL`] of the variant at `index`, if it is common.
    #[inline]
    pub fn common(&self, index: usize) -> Option<usize> {
        match self.common.get(index) {
            Some(&NOT_COMMON) | None => None,
            Some(&common) => Some(usize::from(common)),
        }
    }

    /// The variant whose code or alias is exactly `code`: its index, and the alias when
    /// `code` is one. The perfect hash names one candidate spelling; it is the answer if
    /// its text is equal (length first, then bytes; no character boundaries to check).
    #[inline]
    pub fn find(&self, code: &str) -> Option<(usize, Option<&'static str>)> {
        let key = hash::candidate(code.as_bytes(), self.seed, self.displacements, self.slots)?;
        let variants = self.all.len();
        let k = if key < variants {
            STRINGS_PER_VARIANT * key
        } else {
            STRINGS_PER_VARIANT * variants + (key - variants)
        };
        let candidate = self.strings.get(self.span(k)?)?;
        if candidate.as_bytes() != code.as_bytes() {
            return None;
        }
        if key < variants {
            Some((key, None))
        } else {
            let target = table::u16_at(self.aliases, key - variants)?;
            Some((usize::from(target), Some(candidate)))
        }
    }
}

/// How many strings each variant has in [`Table::strings`]: code, name, English, Chinese.
const STRINGS_PER_VARIANT: usize = 4;

/// `Debug` for generated enums: the variant's name.
pub fn variant_name<E: ErrorCode>(value: E) -> &'static str {
    E::__table().name(value.__index())
}

/// `FromStr` for generated enums.
pub fn from_str<E: ErrorCode>(code: &str) -> Result<E, UnknownCode> {
    E::from_code(code).ok_or_else(|| UnknownCode::new(code))
}

/// `From<CommonError>` for generated enums declared with `use common;`.
pub fn from_common<E: ErrorCode>(common: CommonError) -> E {
    let table = E::__table();
    // Cannot fail: the macro writes this impl only for a `use common;` catalog, whose
    // `from_common` it fills with the variant of every common code (a catalog that lost
    // one is a compile error, so its table is never read).
    let index = table::u16_at(table.from_common, common.__index())
        .expect("`tc_errors!` writes a variant for every common code");
    table.all[usize::from(index)]
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
