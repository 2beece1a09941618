//! Gives the parsed tokens their meaning: checks every entry, unifies re-listed common
//! codes, names the variants and classifies them. Every problem is recorded in the
//! [`Ctxt`]; entries with a problem are left out of the model so that the enum is still
//! emitted for the rest.

use crate::ast::{Catalog, Entry, Input, Item, Text};
use crate::attr::{self, Attrs};
use crate::check::{check_names, Origin};
use crate::ctxt::Ctxt;
use proc_macro2::{Span, TokenStream};
use std::collections::HashMap;
use syn::{Attribute, Ident, Visibility};
use tc_errors_internals::kind::ErrorKind;
use tc_errors_internals::naming::{check_code, is_valid_variant_name, variant_name, CodeProblem};
use tc_errors_internals::table::NOT_COMMON;
use tc_errors_internals::text::fold_whitespace;

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

/// An entry whose attributes have been read and whose problems have been reported.
struct Checked<'a> {
    entry: &'a Entry,
    /// Whether the code is well formed.
    code_ok: bool,
    attrs: Attrs,
}

/// The most variants a catalog can have: discriminants are `u16`.
const MAX_VARIANTS: usize = u16::MAX as usize;

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
    if common.len() >= usize::from(NOT_COMMON) {
        cx.error_at(
            Span::call_site(),
            "the runtime's common set is too large for its `u8` index: this is a bug in tc-errors",
        );
        common.clear();
    }
    let uses_common = check_uses(cx, &body.items) || defines_common;

    let common_index: HashMap<String, usize> = common
        .iter()
        .enumerate()
        .map(|(i, entry)| (entry.code.value.clone(), i))
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
        let code = entry.code.value.clone();
        if let Some(first) = seen_codes.get(&code) {
            cx.push(duplicate_code(&code, entry.code.lit.span(), *first));
            continue;
        }
        seen_codes.insert(code.clone(), entry.code.lit.span());
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
            .map_or(Origin::Code(entry.code.lit.span()), |name| {
                Origin::Name(name.span())
            });
        if let Some(mut variant) = variant(cx, checked, common_at) {
            if let Some(i) = common_at {
                relisted[i] = true;
                // The service's wording stands in each language it gives; the common
                // set's fills the other.
                let listed = &common[i];
                if variant.english.is_none() {
                    variant.english = listed.english.as_ref().map(folded);
                }
                if variant.chinese.is_none() {
                    variant.chinese = listed.chinese.as_ref().map(folded);
                }
            }
            origins.push(origin);
            variants.push(variant);
        }
    }
    if uses_common {
        for (i, entry) in common.iter().enumerate() {
            if relisted[i] {
                continue;
            }
            let checked = check_entry(cx, entry);
            if !(checked.code_ok && checked.attrs.name_ok) {
                continue;
            }
            if let Some(variant) = variant(cx, checked, Some(i)) {
                origins.push(Origin::Common);
                variants.push(variant);
            }
        }
    }
    check_names(cx, &mut variants, &origins);
    check_aliases(cx, &mut variants);
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

    let from_common = if uses_common {
        let mut from_common = vec![usize::MAX; common.len()];
        for (v, variant) in variants.iter().enumerate() {
            if let Some(i) = variant.common {
                from_common[i] = v;
            }
        }
        from_common
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

/// An error on a repeat, with a second message on the first occurrence (a proc macro
/// has no notes; this is the closest).
fn repeated(message: String, repeat: Span, note: String, first: Span) -> syn::Error {
    let mut error = syn::Error::new(repeat, message);
    error.combine(syn::Error::new(first, note));
    error
}

fn variant(cx: &mut Ctxt, checked: Checked<'_>, common: Option<usize>) -> Option<Variant> {
    let code = checked.entry.code.value.clone();
    let span = checked.entry.code.lit.span();
    let (ident, name) = match checked.attrs.name {
        Some(ident) => {
            let name = ident.to_string();
            (ident, name)
        }
        None => {
            let name = variant_name(&code);
            if !is_valid_variant_name(&name) {
                cx.error_at(
                    span,
                    format!("`{code}` would be the variant `{name}`, which is a keyword: name it with `#[name(…)]`"),
                );
                return None;
            }
            (Ident::new(&name, span), name)
        }
    };
    Some(Variant {
        kind: checked
            .attrs
            .kind
            .unwrap_or_else(|| ErrorKind::of_code(&code)),
        english: checked.entry.english.as_ref().map(folded),
        chinese: checked.entry.chinese.as_ref().map(folded),
        // A malformed alias is reported by `check_entry` and never looked up.
        aliases: checked
            .attrs
            .aliases
            .iter()
            .filter(|alias| check_code(&alias.value).is_ok())
            .map(|alias| (alias.value.clone(), alias.lit.span()))
            .collect(),
        docs: checked.attrs.docs,
        common,
        code,
        ident,
        name,
    })
}

/// `use common;` may appear once, before the first entry, and names only `common`.
/// Returns whether the catalog imports the common set.
fn check_uses(cx: &mut Ctxt, items: &[Item]) -> bool {
    let mut uses_common = false;
    let mut seen_entry = false;
    for item in items {
        match item {
            Item::Entry(_) => seen_entry = true,
            Item::Use(item) if item.ident != "common" => cx.error_at(
                item.ident.span(),
                format!(
                    "unknown code set `{}`: the only set to import is `use common;`",
                    item.ident
                ),
            ),
            Item::Use(item) if uses_common => cx.error_at(
                item.use_token.span,
                "`use common;` appears twice: remove this one",
            ),
            Item::Use(item) if seen_entry => {
                uses_common = true;
                cx.error_at(
                    item.use_token.span,
                    "`use common;` must come before the first entry: move it to the top of the enum",
                )
            }
            Item::Use(_) => uses_common = true,
        }
    }
    uses_common
}

/// A text as the enum holds it: white space folded.
fn folded(text: &Text) -> String {
    fold_whitespace(&text.value)
}

/// Reports every alias that is also a code or another alias (on the alias's literal),
/// and drops it: a spelling parses to one variant.
fn check_aliases(cx: &mut Ctxt, variants: &mut [Variant]) {
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

/// Reads an entry's attributes and checks its code, texts and aliases, reporting every
/// problem.
fn check_entry<'a>(cx: &mut Ctxt, entry: &'a Entry) -> Checked<'a> {
    let mut checked = Checked {
        entry,
        code_ok: true,
        attrs: attr::read(cx, &entry.attrs),
    };
    if let Err(problem) = check_code(&entry.code.value) {
        checked.code_ok = false;
        cx.error_at(
            entry.code.lit.span(),
            format!("malformed {problem}: {}", code_fix(problem)),
        );
    }
    for text in [&entry.english, &entry.chinese].into_iter().flatten() {
        if text.value.trim().is_empty() {
            cx.error_at(
                text.lit.span(),
                "empty description: a code with no published description is written alone, as `\"Code\",`",
            );
        }
    }
    for alias in &checked.attrs.aliases {
        if let Err(problem) = check_code(&alias.value) {
            cx.error_at(
                alias.lit.span(),
                format!("malformed alias: {problem}: {}", code_fix(problem)),
            );
        }
    }
    checked
}

/// How to mend a code literal with `problem`.
fn code_fix(problem: CodeProblem) -> &'static str {
    match problem {
        CodeProblem::Empty => {
            "write the code as the API returns it, such as `\"InvalidDisk.Busy\"`"
        }
        CodeProblem::Whitespace => "remove the white space",
        CodeProblem::BadChar(_) => "look for a typo or a character pasted from the page",
        CodeProblem::LeadingDot => "remove the leading dot",
        CodeProblem::DoubleDot => "remove one of the dots",
        CodeProblem::FirstNotLetter(_) => "begin with the category, such as `InvalidParameter`",
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    use crate::ctxt::{assert_all_start_with, assert_reported, places};

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
    fn relisted_common_codes_unify() {
        let (model, errors) = check_source(
            r#"pub enum CbsError {
                use common;
                "Cdn.Purge" => "Purged.",
                "InvalidParameter" => "Invalid parameter",
            }"#,
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            codes(&model),
            ["Cdn.Purge", "InvalidParameter", "InternalError"]
        );
        assert_eq!(
            model.variants[1].english.as_deref(),
            Some("Invalid parameter")
        );
        assert_eq!(model.variants[1].common, Some(0));
        assert_eq!(model.from_common, [1, 2]);
        assert_eq!(model.variants[0].kind, ErrorKind::Other);
        assert_eq!(model.variants[2].kind, ErrorKind::Internal);
    }

    #[test]
    fn without_use_common_a_common_code_is_the_catalogs_own() {
        let (model, errors) =
            check_source(r#"pub enum LegacyError { "InvalidParameter" => "Legacy wording." }"#);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(codes(&model), ["InvalidParameter"]);
        assert_eq!(model.variants[0].common, None);
        assert!(model.from_common.is_empty());
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
    fn every_kind_of_malformed_code_is_reported_on_its_literal() {
        let (model, errors) = check_source(
            r#"enum E {
                "" => "empty",
                " Lead" => "around",
                "In side" => "inside",
                "Dash-ed" => "dash",
                ".Dot" => "leading dot",
                "Two..Dots" => "double dot",
                "9Lives" => "digit first",
                "UnsupportedOperation." => "trailing dot is fine",
            }"#,
        );
        let expected = [
            ("2:\"\"", "error code is empty"),
            ("3:\" Lead\"", "white space"),
            ("4:\"In side\"", "white space"),
            ("5:\"Dash-ed\"", "'-'"),
            ("6:\".Dot\"", "starts with `.`"),
            ("7:\"Two..Dots\"", "`..`"),
            ("8:\"9Lives\"", "starts with '9'"),
        ];
        assert_reported(&errors, &expected);
        assert_all_start_with(&errors, "malformed error code");
        assert_eq!(names(&model), ["UnsupportedOperation"]);
    }

    #[test]
    fn a_code_that_names_a_keyword_needs_a_name() {
        let (model, errors) =
            check_source(r#"enum E { "self" => "x", #[name(Me)] "self.x" => "y", }"#);
        assert_eq!(places(&errors), ["1:\"self\""]);
        assert!(errors[0].1.contains("keyword"));
        assert_eq!(names(&model), ["Me"]);
    }

    #[test]
    fn empty_descriptions_are_reported_and_the_variant_kept() {
        let (model, errors) = check_source(
            r#"enum E {
                "A" => "",
                "B" => " \n\t ",
            }"#,
        );
        assert_eq!(places(&errors), ["2:\"\"", "3:\" \\n\\t \""]);
        assert!(errors[0].1.starts_with("empty description"));
        assert_eq!(codes(&model), ["A", "B"]);
    }

    #[test]
    fn use_problems_are_reported() {
        let (model, errors) = check_source(
            r#"enum E {
                use other;
                use common;
                use common;
                "A" => "a",
                use common;
            }"#,
        );
        assert_eq!(places(&errors), ["2:other", "4:use", "6:use"]);
        assert!(errors[0].1.contains("unknown code set `other`"));
        assert!(errors[1].1.contains("appears twice"));
        assert!(errors[2].1.contains("appears twice"));
        assert!(model.uses_common);

        let (model, errors) = check_source(r#"enum E { "A" => "a", use common; }"#);
        assert_eq!(places(&errors), ["1:use"]);
        assert!(errors[0].1.contains("before the first entry"));
        assert_eq!(codes(&model), ["A", "InvalidParameter", "InternalError"]);
    }

    #[test]
    fn an_empty_catalog_is_an_empty_model() {
        let (model, errors) = check_source("pub enum Nothing {}");
        assert!(errors.is_empty());
        assert!(model.variants.is_empty());
    }

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
