//! Gives the parsed tokens their meaning: checks every entry, unifies re-listed common
//! codes, names the variants and classifies them. Every problem is recorded in the
//! [`Ctxt`]; entries with a problem are left out of the model so that the enum is still
//! emitted for the rest.

use crate::ast::{Catalog, Entry, Input, Item};
use crate::ctxt::Ctxt;
use crate::kind::ErrorKind;
use crate::naming::{check_code, is_valid_variant_name, variant_name};
use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use std::collections::HashMap;
use syn::{Attribute, Ident, Visibility};

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
    pub code: String,
    pub description: String,
    /// Doc comments written on the entry, shown after the description.
    pub docs: Vec<TokenStream>,
    pub kind: ErrorKind,
    /// The index of this code in the common set, if it is a common code.
    pub common: Option<usize>,
}

/// An entry whose attributes have been read.
struct Checked<'a> {
    entry: &'a Entry,
    name: Option<Ident>,
    kind: Option<ErrorKind>,
    docs: Vec<TokenStream>,
}

/// Checks `input`, recording every problem in `cx`.
pub fn check(cx: &mut Ctxt, input: Input) -> Model {
    let Input {
        krate,
        defines_common,
        common,
        catalog,
    } = input;
    let uses_common = check_uses(cx, &catalog) || defines_common;
    let user_entries: Vec<&Entry> = catalog
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Entry(entry) => Some(entry),
            Item::Use(_) => None,
        })
        .collect();

    let common_index: HashMap<String, usize> = common
        .iter()
        .enumerate()
        .map(|(i, entry)| (entry.code.value(), i))
        .collect();

    let mut seen_codes: HashMap<String, Span> = HashMap::new();
    let mut variants = Vec::new();
    let mut spans = Vec::new();
    let mut relisted = vec![false; common.len()];
    for entry in user_entries {
        let Some(checked) = check_entry(cx, entry) else {
            continue;
        };
        let code = entry.code.value();
        if let Some(first) = seen_codes.get(&code) {
            let mut error = syn::Error::new(
                entry.code.span(),
                format!("duplicate error code `{code}`: remove this entry or the first one"),
            );
            error.combine(syn::Error::new(
                *first,
                format!("`{code}` is first declared here"),
            ));
            cx.push(error);
            continue;
        }
        seen_codes.insert(code.clone(), entry.code.span());
        let common = if uses_common {
            common_index.get(&code).copied()
        } else {
            None
        };
        if let Some(i) = common {
            relisted[i] = true;
        }
        if let Some(variant) = variant(cx, checked, common) {
            spans.push(Some(entry.code.span()));
            variants.push(variant);
        }
    }
    if uses_common {
        for (i, entry) in common.iter().enumerate() {
            if relisted[i] {
                continue;
            }
            let Some(checked) = check_entry(cx, entry) else {
                continue;
            };
            if let Some(variant) = variant(cx, checked, Some(i)) {
                spans.push(None);
                variants.push(variant);
            }
        }
    }
    check_names(cx, &mut variants, &spans);

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
        attrs: catalog.attrs,
        vis: catalog.vis,
        ident: catalog.ident,
        variants,
        from_common,
    }
}

fn variant(cx: &mut Ctxt, checked: Checked<'_>, common: Option<usize>) -> Option<Variant> {
    let code = checked.entry.code.value();
    let span = checked.entry.code.span();
    let ident = match checked.name {
        Some(name) => name,
        None => {
            let name = variant_name(&code);
            if !is_valid_variant_name(&name) {
                cx.error_at(
                    span,
                    format!("`{code}` would be the variant `{name}`, which is a keyword: name it with `#[name(…)]`"),
                );
                return None;
            }
            Ident::new(&name, span)
        }
    };
    Some(Variant {
        kind: checked.kind.unwrap_or_else(|| ErrorKind::of_code(&code)),
        description: fold_whitespace(&checked.entry.description.value()),
        docs: checked.docs,
        common,
        code,
        ident,
    })
}

/// `use common;` may appear once, before the first entry, and names only `common`.
/// Returns whether the catalog imports the common set.
fn check_uses(cx: &mut Ctxt, catalog: &Catalog) -> bool {
    let mut uses_common = false;
    let mut seen_entry = false;
    for item in &catalog.items {
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
                    "`use common;` must come before the first entry",
                )
            }
            Item::Use(_) => uses_common = true,
        }
    }
    uses_common
}

/// Reads an entry's attributes and checks its code and description; `None` when the
/// entry cannot become a variant.
fn check_entry<'a>(cx: &mut Ctxt, entry: &'a Entry) -> Option<Checked<'a>> {
    let mut ok = true;
    let mut checked = Checked {
        entry,
        name: None,
        kind: None,
        docs: Vec::new(),
    };
    for attr in &entry.attrs {
        let path = attr.path();
        if path.is_ident("doc") {
            checked.docs.push(attr.to_token_stream());
        } else if path.is_ident("name") {
            ok &= read_once(cx, attr, &mut checked.name, read_name);
        } else if path.is_ident("kind") {
            ok &= read_once(cx, attr, &mut checked.kind, read_kind);
        } else {
            ok = false;
            cx.error_at(
                path_span(attr),
                "unknown attribute on an entry: expected `#[name(Ident)]`, `#[kind(Kind)]` or a doc comment",
            );
        }
    }
    if let Err(problem) = check_code(&entry.code.value()) {
        ok = false;
        cx.error_at(entry.code.span(), format!("malformed {problem}"));
    }
    if entry.description.value().trim().is_empty() {
        ok = false;
        cx.error_at(
            entry.description.span(),
            "empty description: say what the error means, as the service's error-code page does",
        );
    }
    ok.then_some(checked)
}

/// Reads a `#[name(…)]` or `#[kind(…)]` into `slot`, which must still be empty.
fn read_once<T>(
    cx: &mut Ctxt,
    attr: &Attribute,
    slot: &mut Option<T>,
    read: fn(&Attribute) -> syn::Result<T>,
) -> bool {
    if slot.is_some() {
        cx.error_at(
            path_span(attr),
            "this attribute appears twice on the entry: keep one",
        );
        return false;
    }
    match read(attr) {
        Ok(value) => {
            *slot = Some(value);
            true
        }
        Err(error) => {
            cx.push(error);
            false
        }
    }
}

fn read_name(attr: &Attribute) -> syn::Result<Ident> {
    let tokens = attr_args(attr)?;
    let ident: Ident = syn::parse2(tokens.clone()).map_err(|_| {
        syn::Error::new_spanned(
            &tokens,
            "`#[name(…)]` takes one identifier that is not a keyword, such as `#[name(MissingParameterCmqLower)]`",
        )
    })?;
    if !is_valid_variant_name(&ident.to_string()) {
        return Err(syn::Error::new(
            ident.span(),
            "`#[name(…)]` must be a plain identifier",
        ));
    }
    Ok(ident)
}

fn read_kind(attr: &Attribute) -> syn::Result<ErrorKind> {
    let tokens = attr_args(attr)?;
    let expected = || {
        let names: Vec<&str> = ErrorKind::ALL.iter().map(|kind| kind.name()).collect();
        format!("unknown kind: expected one of {}", names.join(", "))
    };
    let ident: Ident =
        syn::parse2(tokens.clone()).map_err(|_| syn::Error::new_spanned(&tokens, expected()))?;
    ErrorKind::from_name(&ident.to_string())
        .ok_or_else(|| syn::Error::new(ident.span(), expected()))
}

fn attr_args(attr: &Attribute) -> syn::Result<TokenStream> {
    match &attr.meta {
        syn::Meta::List(list) => Ok(list.tokens.clone()),
        _ => Err(syn::Error::new(
            path_span(attr),
            "expected parentheses: `#[name(Ident)]` or `#[kind(Kind)]`",
        )),
    }
}

fn path_span(attr: &Attribute) -> Span {
    attr.path()
        .get_ident()
        .map_or_else(|| attr.bracket_token.span.join(), Ident::span)
}

/// Reports every pair of variants that would share a name, on each entry the user wrote.
fn check_names(cx: &mut Ctxt, variants: &mut Vec<Variant>, spans: &[Option<Span>]) {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, variant) in variants.iter().enumerate() {
        by_name
            .entry(variant.ident.to_string())
            .or_default()
            .push(i);
    }
    let mut dropped = vec![false; variants.len()];
    let mut groups: Vec<&Vec<usize>> = by_name.values().filter(|group| group.len() > 1).collect();
    groups.sort();
    for group in groups {
        let codes: Vec<String> = group
            .iter()
            .map(|&i| format!("`{}`", variants[i].code))
            .collect();
        for &i in group {
            dropped[i] = true;
            let others: Vec<&str> = group
                .iter()
                .zip(&codes)
                .filter(|(&j, _)| j != i)
                .map(|(_, code)| code.as_str())
                .collect();
            let message = format!(
                "`{}` and {} would both be the variant `{}`: give one of them another name with `#[name(…)]`",
                variants[i].code,
                others.join(", "),
                variants[i].ident,
            );
            let span = spans[i].unwrap_or_else(Span::call_site);
            if spans[i].is_some() || group.iter().all(|&j| spans[j].is_none()) {
                cx.error_at(span, message);
            }
        }
    }
    let mut index = 0;
    variants.retain(|_| {
        index += 1;
        !dropped[index - 1]
    });
}

/// Folds runs of white space into one space and trims the ends, so that a description
/// split over lines in the source reads as one sentence.
pub fn fold_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn model(tokens: TokenStream) -> (Model, Vec<String>) {
        let input: Input = syn::parse2(tokens).expect("parses");
        let mut cx = Ctxt::default();
        let model = check(&mut cx, input);
        let messages = cx.messages();
        (model, messages)
    }

    #[test]
    fn relisted_common_codes_unify() {
        let (model, errors) = model(quote! {
            [crate] common { "InvalidParameter" => "Incorrect parameter.", "InternalError" => "Internal error." }
            pub enum CbsError {
                use common;
                "InvalidDisk.Busy" => "Busy.",
                "InvalidParameter" => "Invalid parameter",
            }
        });
        assert!(errors.is_empty(), "{errors:?}");
        let codes: Vec<&str> = model.variants.iter().map(|v| v.code.as_str()).collect();
        assert_eq!(
            codes,
            ["InvalidDisk.Busy", "InvalidParameter", "InternalError"]
        );
        assert_eq!(model.variants[1].description, "Invalid parameter");
        assert_eq!(model.variants[1].common, Some(0));
        assert_eq!(model.from_common, [1, 2]);
        assert_eq!(model.variants[0].kind, ErrorKind::Other);
        assert_eq!(model.variants[2].kind, ErrorKind::Internal);
    }

    #[test]
    fn without_use_common_a_common_code_is_the_catalogs_own() {
        let (model, errors) = model(quote! {
            [crate] common { "InvalidParameter" => "Incorrect parameter." }
            pub enum LegacyError { "InvalidParameter" => "Legacy wording." }
        });
        assert!(errors.is_empty());
        assert_eq!(model.variants.len(), 1);
        assert_eq!(model.variants[0].common, None);
        assert!(model.from_common.is_empty());
    }

    #[test]
    fn every_problem_is_reported_and_valid_entries_survive() {
        let (model, errors) = model(quote! {
            [crate] common {}
            enum E {
                "A.B" => "fine",
                "A.B" => "again",
                "Bad Code" => "x",
                "C" => "   ",
                #[kind(Sleepy)] "D" => "d",
                #[colour(red)] "F" => "f",
                "Invalid.Parameter" => "one",
                "InvalidParameter" => "two",
                use common;
            }
        });
        assert_eq!(errors.len(), 9, "{errors:#?}");
        assert!(errors[0].contains("`use common;` must come before the first entry"));
        assert!(errors
            .iter()
            .any(|e| e.contains("duplicate error code `A.B`")));
        assert!(errors.iter().any(|e| e.contains("white space")));
        assert!(errors.iter().any(|e| e.contains("empty description")));
        assert!(errors.iter().any(|e| e.contains("unknown kind")));
        assert!(errors.iter().any(|e| e.contains("unknown attribute")));
        assert_eq!(
            errors.iter().filter(|e| e.contains("#[name(…)]")).count(),
            2
        );
        let codes: Vec<&str> = model.variants.iter().map(|v| v.code.as_str()).collect();
        assert_eq!(codes, ["A.B"]);
    }

    #[test]
    fn attributes_set_name_kind_and_docs() {
        let (model, errors) = model(quote! {
            [crate] common {}
            enum E {
                /// Extra.
                #[name(Lower)]
                #[kind(Transient)]
                "MissingParameter.cmq" => "  split\n   text ",
            }
        });
        assert!(errors.is_empty(), "{errors:?}");
        let variant = &model.variants[0];
        assert_eq!(variant.ident, "Lower");
        assert_eq!(variant.kind, ErrorKind::Transient);
        assert_eq!(variant.docs.len(), 1);
        assert_eq!(variant.description, "split text");
    }

    #[test]
    fn a_code_that_names_a_keyword_needs_a_name() {
        let (model, errors) = model(
            quote! { [crate] common {} enum E { "self" => "x", #[name(Me)] "self.x" => "y", } },
        );
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("keyword"));
        assert_eq!(model.variants[0].ident, "Me");
    }
}
