//! Checks one entry (its code, its texts, its aliases' spelling, and through `attr` its
//! attributes) and makes it a variant, named after its code or by `#[name(…)]`.

use super::attr::{self, Attrs};
use crate::ast::{Entry, Text};
use crate::ctxt::Ctxt;
use crate::model::Variant;
use syn::Ident;
use tc_errors_internals::kind::ErrorKind;
use tc_errors_internals::naming::{check_code, is_valid_variant_name, variant_name, CodeProblem};
use tc_errors_internals::text::fold_whitespace;

/// An entry whose attributes have been read and whose problems have been reported.
pub struct Checked<'a> {
    pub entry: &'a Entry,
    /// Whether the code is well formed.
    pub code_ok: bool,
    pub attrs: Attrs,
}

/// The variant `checked` becomes, `common` being its index in the common set; `None`
/// (reported) when its code would name a keyword.
pub fn variant(cx: &mut Ctxt, checked: Checked<'_>, common: Option<usize>) -> Option<Variant> {
    let code = checked.entry.code.value().to_owned();
    let span = checked.entry.code.span();
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
            .filter(|alias| check_code(alias.value()).is_ok())
            .map(|alias| (alias.value().to_owned(), alias.span()))
            .collect(),
        docs: checked.attrs.docs,
        common,
        code,
        ident,
        name,
    })
}

/// A text as the enum holds it: white space folded.
pub fn folded(text: &Text) -> String {
    fold_whitespace(text.value())
}

/// Reads an entry's attributes and checks its code, texts and aliases, reporting every
/// problem.
pub fn check_entry<'a>(cx: &mut Ctxt, entry: &'a Entry) -> Checked<'a> {
    let mut checked = Checked {
        entry,
        code_ok: true,
        attrs: attr::read(cx, &entry.attrs),
    };
    if let Err(problem) = check_code(entry.code.value()) {
        checked.code_ok = false;
        cx.error_at(
            entry.code.span(),
            format!("malformed {problem}: {}", code_fix(problem)),
        );
    }
    for text in [&entry.english, &entry.chinese].into_iter().flatten() {
        if text.value().trim().is_empty() {
            cx.error_at(
                text.span(),
                "empty description: a code with no published description is written alone, as `\"Code\",`",
            );
        }
    }
    for alias in &checked.attrs.aliases {
        if let Err(problem) = check_code(alias.value()) {
            cx.error_at(
                alias.span(),
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
mod tests {
    use crate::ctxt::{assert_all_start_with, assert_reported, places};
    use crate::valid::tests::{check_source, codes, names};

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
}
