//! Gives the parsed tokens their meaning: checks every entry, unifies re-listed common
//! codes, names the variants and classifies them. Every problem is recorded in the
//! [`Ctxt`]; entries with a problem are left out of the model so that the enum is still
//! emitted for the rest.
//!
//! This file holds the order of the checks; the model they build is `crate::model`. One
//! entry is checked and made a variant in `entry.rs`, its attributes read in `attr.rs`;
//! `use common;` and the common codes are in `common.rs`; name collisions in `names.rs`;
//! aliases across the catalog in `aliases.rs`; what the tables can index in `limits.rs`;
//! the version blocks and their actions in `versions.rs`, which finds the codes an action
//! lists with `spellings.rs`. The files here import the model
//! and each other, never this one (but for tests).

mod aliases;
mod attr;
mod common;
mod entry;
mod limits;
mod names;
mod spellings;
mod versions;

use crate::ast::{Catalog, Input, Item};
use crate::ctxt::{repeated, Ctxt};
use crate::model::Model;
use aliases::check_aliases;
use common::{check_uses, drop_texts, import_unlisted, variant_positions};
use entry::{check_entry, variant};
use limits::{check_common_size, check_variant_count};
use names::{check_names, Origin};
use proc_macro2::Span;
use std::collections::HashMap;
use versions::{check_versions, Declared};

/// Checks `input`, recording every problem in `cx`.
///
/// An entry becomes a variant unless its name cannot be known (a malformed code, an
/// unreadable `#[name(…)]`, a keyword) or it repeats a code or a name; an entry whose
/// problem leaves its variant well defined (an empty description, an unknown attribute
/// or kind) is kept, so that code using it compiles and only the mistake is reported.
pub fn check(cx: &mut Ctxt, input: Input) -> Model {
    let Input {
        krate,
        defines_common,
        mut common,
        catalog,
    } = input;
    let Catalog {
        attrs,
        vis,
        ident,
        body,
    } = catalog;
    for error in body.errors {
        cx.push(error);
    }
    check_common_size(cx, &mut common);
    if !defines_common {
        drop_texts(&mut common);
    }
    let uses_common = check_uses(cx, &body.items) || defines_common;

    let common_index: HashMap<String, usize> = common
        .iter()
        .enumerate()
        .map(|(i, entry)| (entry.code.value().to_owned(), i))
        .collect();

    let mut seen_codes: HashMap<String, Span> = HashMap::new();
    let mut variants = Vec::new();
    let mut origins = Vec::new();
    let mut relisted = vec![false; common.len()];
    for item in &body.items {
        let Item::Entry(entry) = item else {
            continue;
        };
        let checked = check_entry(cx, entry);
        if !checked.code_ok {
            continue;
        }
        let code = entry.code.value().to_owned();
        if let Some(first) = seen_codes.get(&code) {
            cx.push(duplicate_code(&code, entry.code.span(), *first));
            continue;
        }
        seen_codes.insert(code.clone(), entry.code.span());
        if !checked.attrs.name_ok {
            continue;
        }
        let common_at = if uses_common {
            common_index.get(&code).copied()
        } else {
            None
        };
        let origin = checked
            .attrs
            .name
            .as_ref()
            .map_or(Origin::Code(entry.code.span()), |name| {
                Origin::Name(name.span())
            });
        if let Some(variant) = variant(cx, checked, common_at) {
            if let Some(i) = common_at {
                relisted[i] = true;
            }
            origins.push(origin);
            variants.push(variant);
        }
    }
    if uses_common {
        import_unlisted(cx, &common, &relisted, &mut variants, &mut origins);
    }
    check_names(cx, &mut variants, &origins);
    check_aliases(cx, &mut variants);
    check_variant_count(cx, &ident, &mut variants);
    let declared = Declared::new(&variants, &body.items, &common, uses_common);
    let versions = check_versions(cx, &body.versions, &declared);

    let from_common = if uses_common {
        variant_positions(&variants, common.len())
    } else {
        Vec::new()
    };
    Model {
        krate,
        defines_common,
        uses_common,
        attrs,
        vis,
        ident,
        variants,
        from_common,
        versions,
    }
}

/// The error for a code declared twice: on the repeat, with a second message on the
/// first declaration.
fn duplicate_code(code: &str, repeat: Span, first: Span) -> syn::Error {
    repeated(
        format!("duplicate error code `{code}`: each code is declared once; remove this entry or merge it into the first one"),
        repeat,
        format!("note: `{code}` is first declared here"),
        first,
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::ctxt::places;
    use proc_macro2::TokenStream;
    use tc_errors_internals::kind::ErrorKind;

    /// A shim prefix with a small common set, for catalogs written as source text.
    const COMMON: &str = r#"[crate] common {
        "InvalidParameter" => "Incorrect parameter.",
        "InternalError" => "Internal error.",
    }"#;

    /// Checks the catalog `source` (after [`COMMON`]); the errors are
    /// `("line:token", message)`, lines counted in `source`.
    pub(crate) fn check_source(source: &str) -> (Model, Vec<(String, String)>) {
        // The prefix on the first line of `source`, so that line numbers are its own.
        let text = format!("{} {source}", COMMON.replace('\n', " "));
        let tokens: TokenStream = text.parse().expect("lexes");
        let input: Input = syn::parse2(tokens).expect("parses");
        let mut cx = Ctxt::default();
        let model = check(&mut cx, input);
        let reported = cx.reported();
        (model, reported)
    }

    pub(crate) fn codes(model: &Model) -> Vec<&str> {
        model.variants.iter().map(|v| v.code.as_str()).collect()
    }

    pub(crate) fn names(model: &Model) -> Vec<String> {
        model.variants.iter().map(|v| v.ident.to_string()).collect()
    }

    #[test]
    fn every_problem_is_reported_and_well_defined_entries_survive() {
        let (model, errors) = check_source(
            r#"enum E {
                "A.B" => "fine",
                "A.B" => "again",
                "Bad Code" => "x",
                "C" => "   ",
                #[kind(Sleepy)] "D" => "d",
                #[colour(red)] "F" => "f",
                "Invalid.Parameter" => "one",
                "InvalidParameter" => "two",
                use common;
            }"#,
        );
        assert_eq!(
            places(&errors),
            [
                "10:use",
                "3:\"A.B\"",
                "2:\"A.B\"",
                "4:\"Bad Code\"",
                "5:\"   \"",
                "6:Sleepy",
                "7:colour",
                "8:\"Invalid.Parameter\"",
                "9:\"InvalidParameter\"",
            ],
            "{errors:#?}"
        );
        // The description, the kind and the attribute do not change the variant.
        assert_eq!(
            codes(&model),
            ["A.B", "C", "D", "F", "Invalid.Parameter", "InternalError"]
        );
        assert_eq!(model.variants[2].kind, ErrorKind::Other);
    }

    #[test]
    fn a_duplicate_code_is_reported_on_the_repeat_with_a_note_on_the_first() {
        let (model, errors) = check_source(
            r#"enum E {
                "A.B" => "one",
                "C" => "c",
                "A.B" => "two",
            }"#,
        );
        assert_eq!(places(&errors), ["4:\"A.B\"", "2:\"A.B\""]);
        assert!(errors[0].1.contains("duplicate error code `A.B`"));
        assert!(errors[0].1.contains("remove this entry"));
        assert!(errors[1]
            .1
            .starts_with("note: `A.B` is first declared here"));
        assert_eq!(codes(&model), ["A.B", "C"]);
        assert_eq!(model.variants[0].english.as_deref(), Some("one"));
    }

    #[test]
    fn a_duplicate_is_found_even_when_the_first_entry_has_another_problem() {
        let (model, errors) = check_source(
            r#"enum E {
                #[name(fn)] "A" => "one",
                "A" => "two",
            }"#,
        );
        assert_eq!(places(&errors), ["2:fn", "3:\"A\"", "2:\"A\""]);
        assert!(model.variants.is_empty());
    }

    #[test]
    fn an_empty_catalog_is_an_empty_model() {
        let (model, errors) = check_source("pub enum Nothing {}");
        assert!(errors.is_empty());
        assert!(model.variants.is_empty());
    }
}
