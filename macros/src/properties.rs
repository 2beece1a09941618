//! The macro never panics: random and mutated catalogs go through the in-process entry
//! point, and whatever comes back must be Rust that parses (the enum, `compile_error!`s
//! or both).

use crate::expand_tokens;
use proc_macro2::TokenStream;
use proptest::prelude::*;
use std::collections::HashSet;
use tc_errors_internals::naming::check_code;

/// What the shim puts before the user's catalog, with a few common codes.
const PREFIX: &str = r#"[crate] common {
    "InvalidParameter" => "Incorrect parameter.",
    "InternalError" => "Internal error.",
    "UnsupportedOperation" => "Unsupported operation.",
}"#;

/// A well-formed catalog that touches every feature of the syntax; the mutations start
/// from its tokens.
const VALID: &str = r#"
    /// Docs.
    #[non_exhaustive]
    pub enum CbsError {
        use common;
        "InvalidDisk.Busy" => "Busy.",
        #[kind(Transient)]
        #[name(Cmq)]
        /// More.
        "MissingParameter.cmq" => "Missing.",
        #[name(UnsupportedOperationDot)]
        "UnsupportedOperation." => "Trailing dot.",
        "InvalidParameter" => "Re-listed.",
    }
"#;

/// Code literals, well formed or not, and a few things that are not strings.
const CODES: &[&str] = &[
    "\"A\"",
    "\"A.B\"",
    "\"AB\"",
    "\"InvalidParameter\"",
    "\"Invalid.Parameter\"",
    "\"UnsupportedOperation.\"",
    "\"X\"",
    "\"\"",
    "\" \"",
    "\"Bad Code\"",
    "\".Dot\"",
    "\"A..B\"",
    "\"9Lives\"",
    "\"self\"",
    "\"é\"",
    "r\"raw\"",
    "b\"bytes\"",
    "42",
    "E",
];

/// Entry attributes, known and unknown, well formed or not.
const ATTRS: &[&str] = &[
    "#[name(X)]",
    "#[name(AB)]",
    "#[name(fn)]",
    "#[name(r#X)]",
    "#[name]",
    "#[name(\"X\")]",
    "#[kind(Transient)]",
    "#[kind(Bogus)]",
    "#[kind(A, B)]",
    "#[colour(red)]",
    "#[doc = \"d\"]",
];

/// Tokens and fragments that the grammar, or a typo of it, is made of.
const LEXEMES: &[&str] = &[
    "\"d\"",
    "'c'",
    "=>",
    "=",
    "->",
    ":",
    "::",
    ",",
    ";",
    "#",
    "!",
    "<",
    ">",
    "use",
    "common",
    "enum",
    "struct",
    "pub",
    "pub(crate)",
    "where",
    "self",
    "Self",
    "fn",
    "r#fn",
    "_",
    "E",
    "name",
    "kind",
    "doc",
    "Transient",
    "{}",
    "()",
    "[]",
];

/// Text shaped like a body item, each part of it sometimes wrong.
fn item_text() -> impl Strategy<Value = String> {
    let entry = (
        prop::collection::vec(prop::sample::select(ATTRS), 0..3),
        prop::sample::select(CODES),
        prop::sample::select(&["=>", "=>", "=>", "=", "->", ":", ""][..]),
        prop::sample::select(&["\"d\"", "\"d\"", "\"\"", "\" \"", "42", ""][..]),
        prop::sample::select(&[",", ",", ",", ";", ""][..]),
    )
        .prop_map(|(attrs, code, arrow, description, separator)| {
            format!(
                "{} {code} {arrow} {description} {separator}",
                attrs.join(" ")
            )
        });
    let import =
        prop::sample::select(&["use common;", "use other;", "use common", "use common::x;"][..])
            .prop_map(str::to_owned);
    prop_oneof![6 => entry, 1 => import]
}

fn lexeme() -> impl Strategy<Value = String> {
    prop::sample::select([LEXEMES, CODES, ATTRS].concat()).prop_map(str::to_owned)
}

/// Balanced token text: lexemes, and groups of them nested a few levels deep.
fn token_text() -> impl Strategy<Value = String> {
    lexeme().prop_recursive(3, 64, 8, |inner| {
        (
            prop::sample::select(&[("{", "}"), ("(", ")"), ("[", "]")][..]),
            prop::collection::vec(inner, 0..8),
        )
            .prop_map(|((open, close), parts)| format!("{open} {} {close}", parts.join(" ")))
    })
}

fn tokens(text: &str) -> TokenStream {
    text.parse()
        .expect("the strategies produce balanced, lexable text")
}

/// Runs the macro on `catalog` after the shim's prefix and checks that the result is
/// Rust; returns whether it reported an error.
fn expand_checked(catalog: &str) -> Result<bool, TestCaseError> {
    let output = expand_tokens(tokens(&format!("{PREFIX} {catalog}")));
    prop_assert!(!output.is_empty(), "no tokens for {catalog}");
    let text = output.to_string();
    let file = syn::parse2::<syn::File>(output);
    prop_assert!(file.is_ok(), "not Rust for {catalog}: {text}");
    Ok(text.contains("compile_error"))
}

/// One edit of a token list.
#[derive(Clone, Debug)]
enum Edit {
    Delete(usize),
    Insert(usize, String),
    Replace(usize, String),
    Swap(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), token_text()).prop_map(|(i, text)| Edit::Insert(i, text)),
        (any::<usize>(), token_text()).prop_map(|(i, text)| Edit::Replace(i, text)),
        (any::<usize>(), any::<usize>()).prop_map(|(i, j)| Edit::Swap(i, j)),
    ]
}

/// The body of [`VALID`] as a list of token texts, groups flattened so that edits can
/// reach inside them; delimiters are never edited, so the text stays balanced.
fn valid_body_tokens() -> Vec<String> {
    let catalog = tokens(VALID);
    let body = catalog
        .into_iter()
        .find_map(|tree| match tree {
            proc_macro2::TokenTree::Group(group)
                if group.delimiter() == proc_macro2::Delimiter::Brace =>
            {
                Some(group.stream())
            }
            _ => None,
        })
        .expect("VALID has a body");
    body.into_iter().map(|tree| tree.to_string()).collect()
}

fn apply(tokens: &mut Vec<String>, edit: &Edit) {
    let len = tokens.len();
    match edit {
        Edit::Delete(i) if len > 0 => {
            tokens.remove(i % len);
        }
        Edit::Insert(i, text) => tokens.insert(i % (len + 1), text.clone()),
        Edit::Replace(i, text) if len > 0 => tokens[i % len] = text.clone(),
        Edit::Swap(i, j) if len > 0 => tokens.swap(i % len, j % len),
        _ => {}
    }
}

#[test]
fn the_valid_catalog_expands_without_errors() {
    assert!(matches!(expand_checked(VALID), Ok(false)));
}

proptest! {
    #[test]
    fn random_tokens_after_the_prefix_give_tokens(parts in prop::collection::vec(token_text(), 0..24)) {
        expand_checked(&parts.join(" "))?;
    }

    #[test]
    fn random_bodies_give_tokens(
        parts in prop::collection::vec(prop_oneof![4 => item_text(), 1 => token_text()], 0..16)
    ) {
        expand_checked(&format!("pub enum E {{ {} }}", parts.join(" ")))?;
    }

    #[test]
    fn mutated_catalogs_give_tokens(edits in prop::collection::vec(edit(), 1..6)) {
        let mut body = valid_body_tokens();
        for edit in &edits {
            apply(&mut body, edit);
        }
        expand_checked(&format!("#[non_exhaustive] pub enum E {{ {} }}", body.join(" ")))?;
    }

    /// Arbitrary code and description strings: a catalog is accepted only when its codes
    /// are well formed and distinct, and any malformed code is reported.
    #[test]
    fn arbitrary_strings_are_accepted_only_when_well_formed(
        entries in prop::collection::vec(("[A-Za-z0-9_. \\-]{0,8}|\\PC{0,6}", "\\PC{0,10}"), 0..8)
    ) {
        let body: String = entries
            .iter()
            .map(|(code, description)| format!("{code:?} => {description:?},"))
            .collect();
        let reported = expand_checked(&format!("enum E {{ {body} }}"))?;
        let codes: Vec<&str> = entries.iter().map(|(code, _)| code.as_str()).collect();
        let well_formed = codes.iter().all(|code| check_code(code).is_ok());
        let distinct = codes.iter().collect::<HashSet<_>>().len() == codes.len();
        if !reported {
            prop_assert!(well_formed && distinct, "accepted {codes:?}");
        }
        if !well_formed || !distinct {
            prop_assert!(reported, "no error for {codes:?}");
        }
    }
}
