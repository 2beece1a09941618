//! A catalog's tables without its enum type.

use super::language::Language;
use tc_errors_internals::actions::ActionTable;
use tc_errors_internals::hash::{self, Lookup};
use tc_errors_internals::kind::ErrorKind;
use tc_errors_internals::table::{self, Slot, NOT_COMMON};

/// A catalog's codes, texts and kinds without its enum type, indexed by the
/// discriminant: what a tool that searches many catalogs reads, so that it compiles one
/// copy of its code rather than one per enum ([`ErrorCode::CODE_TABLE`](crate::ErrorCode::CODE_TABLE)).
///
/// The generated tables are data: number tables are byte strings of little-endian
/// numbers (read by `table::u16_at`), one literal per table instead of one per number,
/// which keeps large catalogs quick to compile.
///
/// ```
/// use tc_errors::{CommonError, ErrorCode, ErrorKind, Language};
///
/// let table = CommonError::CODE_TABLE;
/// let index = table.find("RequestLimitExceeded").unwrap();
/// assert_eq!(table.code(index), "RequestLimitExceeded");
/// assert_eq!(table.kind(index), ErrorKind::Throttled);
/// assert!(table.text(index, Language::Chinese).is_some());
/// assert_eq!(table.len(), CommonError::ALL.len());
/// ```
pub struct CodeTable {
    /// How many variants the enum has.
    #[doc(hidden)]
    pub variants: usize,
    /// Every variant's strings (`table::Slot`: code, name for `Debug`, English text and
    /// Chinese text, empty when absent), slot after slot (every code first), then every
    /// alias, concatenated: one literal instead of thousands.
    #[doc(hidden)]
    pub strings: &'static str,
    /// `u32`s: the byte offsets that bound each string of [`strings`](Self::strings):
    /// string `k` is `strings[bounds[k]..bounds[k + 1]]`.
    #[doc(hidden)]
    pub bounds: &'static [u8],
    /// `u16`s: the variant of each alias, in the order of the aliases in
    /// [`strings`](Self::strings).
    #[doc(hidden)]
    pub aliases: &'static [u8],
    /// The kinds, as indices in [`ErrorKind::ALL`].
    #[doc(hidden)]
    pub kinds: &'static [u8],
    /// The index in [`CommonError::ALL`](crate::ErrorCode::ALL), or `NOT_COMMON`.
    #[doc(hidden)]
    pub common: &'static [u8],
    /// `u16`s: for each common code, the index of its variant (empty without
    /// `use common;`).
    #[doc(hidden)]
    pub from_common: &'static [u8],
    /// The common set's table, where a common code finds a text its catalog leaves out
    /// (`None` without `use common;`, and for the common set itself).
    #[doc(hidden)]
    pub common_texts: Option<&'static CodeTable>,
    /// The perfect hash over the codes and aliases (`hash::Lookup`).
    #[doc(hidden)]
    pub lookup: Lookup<'static>,
    /// The API versions and their actions (read in `action.rs`).
    #[doc(hidden)]
    pub actions: ActionTable<'static>,
}

impl std::fmt::Debug for CodeTable {
    /// How many codes; the tables themselves are data nobody reads by eye.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CodeTable")
            .field("len", &self.variants)
            .finish_non_exhaustive()
    }
}

impl CodeTable {
    /// The code of the variant at `index`.
    #[inline]
    pub fn code(&self, index: usize) -> &'static str {
        self.string(table::variant_string(self.variants, index, Slot::Code))
    }

    /// The name of the variant at `index`.
    #[doc(hidden)]
    #[inline]
    pub fn name(&self, index: usize) -> &'static str {
        self.string(table::variant_string(self.variants, index, Slot::Name))
    }

    /// The text in `language` of the variant at `index`, if it has one.
    ///
    /// A common code takes the common set's text in a language its catalog leaves out
    /// (`table::borrows_text`): the macro does not copy the common texts into every
    /// catalog's table.
    #[inline]
    pub fn text(&self, index: usize, language: Language) -> Option<&'static str> {
        let slot = match language {
            Language::English => Slot::English,
            Language::Chinese => Slot::Chinese,
        };
        let text = self.string(table::variant_string(self.variants, index, slot));
        let common = self.common(index);
        if table::borrows_text(
            !text.is_empty(),
            common.is_some(),
            self.common_texts.is_some(),
        ) {
            self.common_texts?.text(common?, language)
        } else {
            Some(text).filter(|text| !text.is_empty())
        }
    }

    /// String `k` of [`strings`](Self::strings).
    #[inline]
    fn string(&self, k: usize) -> &'static str {
        // Cannot fail: the macro writes an offset on each side of every string it
        // concatenates, on character boundaries, and `k` is always a string of a variant.
        let span = table::string_span(self.bounds, k)
            .expect("`tc_errors!` writes the offsets of every string");
        &self.strings[span]
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

    /// The index in [`CommonError::ALL`](crate::ErrorCode::ALL) of the variant at `index`, if it is common.
    #[doc(hidden)]
    #[inline]
    pub fn common(&self, index: usize) -> Option<usize> {
        match self.common.get(index) {
            Some(&NOT_COMMON) | None => None,
            Some(&common) => Some(usize::from(common)),
        }
    }

    /// How many codes (variants) the catalog has.
    pub fn len(&self) -> usize {
        self.variants
    }

    /// Whether the catalog has no code.
    pub fn is_empty(&self) -> bool {
        self.variants == 0
    }

    /// The index of the variant whose code or earlier spelling is exactly `code`.
    #[inline]
    pub fn find(&self, code: &str) -> Option<usize> {
        self.lookup_with(&self.lookup, code).map(|(index, _)| index)
    }

    /// The variant whose code or alias is exactly `code`: its index, and the alias when
    /// `code` is one, found through `lookup`, which must be this table's `lookup` field
    /// or the same tables with its numbers known at compile time (`error_code::lookup`).
    /// The perfect hash names one slot, which says where its spelling is; that is the
    /// answer if it is equal to `code` (length first, then bytes; no character
    /// boundaries to check). An empty slot has length 0 and no code is empty.
    #[inline]
    pub(crate) fn lookup_with(
        &self,
        lookup: &Lookup<'_>,
        code: &str,
    ) -> Option<(usize, Option<&'static str>)> {
        let entry = hash::candidate(code.as_bytes(), lookup)?;
        let len = usize::from(entry.len);
        if len != code.len() || len == 0 {
            return None;
        }
        let start = entry.start as usize;
        let span = start..start.checked_add(len)?;
        if !hash::same_key(self.strings.as_bytes().get(span.clone())?, code.as_bytes()) {
            return None;
        }
        let key = usize::from(entry.key);
        match key.checked_sub(self.variants) {
            None => Some((key, None)),
            Some(alias) => {
                let target = table::u16_at(self.aliases, alias)?;
                Some((usize::from(target), Some(self.strings.get(span)?)))
            }
        }
    }
}
