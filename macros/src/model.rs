//! The checked catalog: what validation (`valid`) builds and expansion (`expand`) reads.

use proc_macro2::{Span, TokenStream};
use syn::{Attribute, Ident, Visibility};
use tc_errors_internals::kind::ErrorKind;
use tc_errors_internals::table::borrows_text;

/// A checked catalog, ready to expand.
pub struct Model {
    pub krate: TokenStream,
    pub defines_common: bool,
    pub uses_common: bool,
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    /// The variants in discriminant order: the catalog's entries, then (with
    /// `use common;`) the common codes it did not re-list.
    pub variants: Vec<Variant>,
    /// For each common code in the runtime's order, the index of its variant here
    /// (filled only with `use common;`).
    pub from_common: Vec<usize>,
    /// The API versions and their actions, oldest first.
    pub versions: Vec<Version>,
}

/// One variant of the generated enum.
pub struct Variant {
    pub ident: Ident,
    /// `ident` as text, kept because asking an identifier for its text is a round trip
    /// to the compiler.
    pub name: String,
    pub code: String,
    /// The English text, folded; `None` when none is published.
    pub english: Option<String>,
    /// The Chinese text, folded; `None` when none is published.
    pub chinese: Option<String>,
    /// Earlier spellings that parse to this variant, with their literals' spans.
    pub aliases: Vec<(String, Span)>,
    /// Doc comments written on the entry, shown after the description.
    pub docs: Vec<TokenStream>,
    pub kind: ErrorKind,
    /// The index of this code in the common set, if it is a common code.
    pub common: Option<usize>,
}

impl Model {
    /// Whether the catalog's common codes may read texts from `CommonError`'s table:
    /// with `use common;`, in any catalog but the common set itself.
    pub fn borrows_common_texts(&self) -> bool {
        self.uses_common && !self.defines_common
    }

    /// Whether `variant` reads a text at run time from `CommonError`'s table, in a
    /// language it leaves out (`table::borrows_text`, the rule `CodeTable::text` reads by).
    pub fn borrows_texts(&self, variant: &Variant) -> bool {
        [&variant.english, &variant.chinese]
            .into_iter()
            .any(|text| {
                borrows_text(
                    text.is_some(),
                    variant.common.is_some(),
                    self.borrows_common_texts(),
                )
            })
    }
}

/// One API version of the catalog.
pub struct Version {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub actions: Vec<VersionAction>,
}

/// One action of a version, or (named `actions::UNLISTED`) the version's codes that no
/// action lists.
pub struct VersionAction {
    pub name: String,
    pub client_token: bool,
    /// The variant indices of the codes it documents, in the order written.
    pub codes: Vec<u16>,
}
