//! Aliases across the catalog: an alias that is also a code, or that two entries list,
//! is reported and dropped, since a spelling parses to one variant. (A malformed alias
//! is its entry's problem, reported by `entry.rs`.)

use crate::ctxt::{repeated, Ctxt};
use crate::model::Variant;
use proc_macro2::Span;
use std::collections::HashMap;

/// Reports every alias that is also a code or another alias (on the alias's literal),
/// and drops it: a spelling parses to one variant.
pub fn check_aliases(cx: &mut Ctxt, variants: &mut [Variant]) {
    let codes: HashMap<String, usize> = variants
        .iter()
        .enumerate()
        .map(|(i, variant)| (variant.code.clone(), i))
        .collect();
    let mut seen: HashMap<String, Span> = HashMap::new();
    for variant in variants.iter_mut() {
        variant.aliases.retain(|(alias, span)| {
            if codes.contains_key(alias) {
                cx.error_at(
                    *span,
                    format!("`{alias}` is declared as a code: a spelling is either a code or an alias of one; remove this alias"),
                );
                false
            } else if let Some(first) = seen.get(alias) {
                cx.push(repeated(
                    format!("duplicate alias `{alias}`: each earlier spelling belongs to one code; remove this one"),
                    *span,
                    format!("note: `{alias}` is first listed here"),
                    *first,
                ));
                false
            } else {
                seen.insert(alias.clone(), *span);
                true
            }
        });
    }
}
