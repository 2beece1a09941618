//! What the generated tables can index: variants by a `u16` discriminant, common codes by
//! a `u8` with [`NOT_COMMON`] reserved. Past either limit the mistake is reported and the
//! list cut, so the macro still expands instead of panicking.

use crate::ast::Entry;
use crate::ctxt::Ctxt;
use crate::model::Variant;
use proc_macro2::Span;
use syn::Ident;
use tc_errors_internals::table::NOT_COMMON;

/// The most variants a catalog can have: discriminants are `u16`.
const MAX_VARIANTS: usize = u16::MAX as usize;

/// The common set is the runtime's own list, so one too large is a bug there; it is
/// dropped rather than indexed past the `u8`.
pub fn check_common_size(cx: &mut Ctxt, common: &mut Vec<Entry>) {
    if common.len() >= usize::from(NOT_COMMON) {
        cx.error_at(
            Span::call_site(),
            "the runtime's common set is too large for its `u8` index: this is a bug in tc-errors",
        );
        common.clear();
    }
}

/// Reports a catalog with more variants than its discriminants can number, on its name,
/// and keeps the first [`MAX_VARIANTS`].
pub fn check_variant_count(cx: &mut Ctxt, ident: &Ident, variants: &mut Vec<Variant>) {
    if variants.len() > MAX_VARIANTS {
        cx.error_at(
            ident.span(),
            format!(
                "`{ident}` has {} codes, more than the {MAX_VARIANTS} a catalog can hold: split it into several enums",
                variants.len()
            ),
        );
        variants.truncate(MAX_VARIANTS);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ctxt::places;
    use crate::valid::check;
    use crate::valid::tests::check_source;
    use proc_macro2::TokenStream;

    #[test]
    fn a_common_set_past_the_u8_index_is_reported_not_a_panic() {
        let common: String = (0..usize::from(NOT_COMMON))
            .map(|i| format!("\"C{i}\" => \"d\","))
            .collect();
        let tokens: TokenStream = format!("[crate] common {{ {common} }} enum E {{ use common; }}")
            .parse()
            .expect("lexes");
        let mut cx = Ctxt::default();
        let model = check(&mut cx, syn::parse2(tokens).expect("parses"));
        let reported = cx.reported();
        assert_eq!(reported.len(), 1);
        assert!(reported[0].1.contains("a bug in tc-errors"));
        assert!(model.variants.is_empty());
    }

    #[test]
    fn a_catalog_past_u16_is_an_error_on_its_name() {
        let entries: String = (0..=MAX_VARIANTS)
            .map(|i| format!("\"C{i}\" => \"d\","))
            .collect();
        let (model, errors) = check_source(&format!("enum Huge {{ {entries} }}"));
        assert_eq!(places(&errors), ["1:Huge"]);
        assert!(errors[0].1.contains("more than the 65535"));
        assert_eq!(model.variants.len(), MAX_VARIANTS);
    }
}
