//! Reads one entry, `#[attrs] "Code" => "English" / "中文"`, keeping it through the
//! mistakes that leave its meaning clear (a mistyped `=>`, a suffix on a literal).

use super::{Entry, Text};
use proc_macro2::TokenTree;
use syn::parse::ParseStream;
use syn::{Attribute, LitStr, Token};

impl Entry {
    /// Reads the entry after its attributes. A missing or mistyped `=>` before a text is
    /// recorded in `errors` and the entry kept, since its meaning is clear; so is a
    /// suffix on a literal.
    pub(super) fn parse_after_attrs(
        attrs: Vec<Attribute>,
        input: ParseStream,
        errors: &mut Vec<syn::Error>,
    ) -> syn::Result<Self> {
        let code: Text = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected an error code as a string literal, such as `\"InvalidDisk.Busy\"`",
            )
        })?;
        let mut entry = Entry {
            attrs,
            code,
            english: None,
            chinese: None,
        };
        check_suffix(&entry.code, errors);
        if input.is_empty() || input.peek(Token![,]) {
            return Ok(entry);
        }
        if input.parse::<Option<Token![=>]>>()?.is_none() {
            let error = syn::Error::new(
                input.span(),
                "expected `=>` between the error code and its texts: `\"Code\" => \"English\" / \"中文\"`, or the code alone when it has none",
            );
            // Step over a mistyped arrow (`=`, `->`, `:`) to a text that follows.
            while input.peek(Token![=])
                || input.peek(Token![-])
                || input.peek(Token![>])
                || input.peek(Token![:])
            {
                input.parse::<TokenTree>()?;
            }
            if !(input.peek(LitStr) || input.peek(Token![_])) {
                return Err(error);
            }
            errors.push(error);
        }
        let no_english = input.parse::<Option<Token![_]>>()?;
        if no_english.is_none() {
            entry.english = Some(read_text(input, errors, "expected the description as a string literal, such as `\"The cloud disk is busy.\"`, or `_ / \"中文\"` when there is only a Chinese text")?);
        }
        if input.parse::<Option<Token![/]>>()?.is_some() {
            entry.chinese = Some(read_text(input, errors, "expected the Chinese text as a string literal after `/`, such as `/ \"云盘正忙。\"`")?);
        } else if let Some(underscore) = no_english {
            errors.push(syn::Error::new(
                underscore.span,
                "`_` stands for a missing English text before `/ \"中文\"`; a code with no published text is written alone: `\"Code\",`",
            ));
        }
        Ok(entry)
    }
}

/// Reads a text literal, or fails with `expected`.
fn read_text(
    input: ParseStream,
    errors: &mut Vec<syn::Error>,
    expected: &str,
) -> syn::Result<Text> {
    let text: Text = input
        .parse()
        .map_err(|e| syn::Error::new(e.span(), expected))?;
    check_suffix(&text, errors);
    Ok(text)
}

/// Records the error on a suffixed literal; the entry is kept.
fn check_suffix(text: &Text, errors: &mut Vec<syn::Error>) {
    errors.extend(text.suffix_error());
}

#[cfg(test)]
mod tests {
    use crate::ast::tests::read;
    use crate::ast::{Body, Item};
    use crate::ctxt::{assert_all_start_with, located, places};

    #[test]
    fn a_missing_or_mistyped_arrow_keeps_the_entry() {
        let (items, errors) = read(
            r#"
            "A" "a",
            "B" = "b",
            "C" -> "c",
            "D": "d",
            "E" => "e",
            "#,
        );
        assert_eq!(items, ["A", "B", "C", "D", "E"]);
        assert_eq!(places(&errors), ["2:\"a\"", "3:=", "4:-", "5::"]);
        assert_all_start_with(&errors, "expected `=>` between the error code");
    }

    #[test]
    fn a_missing_text_after_the_arrow_drops_only_that_entry() {
        let (items, errors) = read(
            r#"
            "A" => ,
            "B",
            "C" => "c",
            "D" => "d" / ,
            "#,
        );
        assert_eq!(items, ["B", "C"]);
        assert_eq!(places(&errors), ["2:,", "5:,"]);
        assert!(errors[0].1.starts_with("expected the description"));
        assert!(errors[1].1.starts_with("expected the Chinese text"));
    }

    /// The texts of the entries of `source`, as `(english, chinese)`.
    fn texts(source: &str) -> Vec<(Option<String>, Option<String>)> {
        let body: Body = syn::parse_str(source).expect("a body always parses");
        assert!(body.errors.is_empty(), "{:?}", located(body.errors));
        body.items
            .iter()
            .filter_map(|item| match item {
                Item::Entry(entry) => Some((
                    entry.english.as_ref().map(|t| t.value().to_owned()),
                    entry.chinese.as_ref().map(|t| t.value().to_owned()),
                )),
                Item::Use(_) => None,
            })
            .collect()
    }

    #[test]
    fn an_entry_has_english_chinese_both_or_no_text() {
        let some = |text: &str| Some(text.to_owned());
        assert_eq!(
            texts(
                r#"
                "A" => "Busy." / "忙。",
                "B" => "Busy.",
                "C" => _ / "忙。",
                "D",
                "E"
                "#
            ),
            [
                (some("Busy."), some("忙。")),
                (some("Busy."), None),
                (None, some("忙。")),
                (None, None),
                (None, None),
            ]
        );
    }

    #[test]
    fn an_underscore_without_a_chinese_text_is_an_error_and_the_code_is_kept() {
        let (items, errors) = read(r#""A" => _, "B" => "b","#);
        assert_eq!(items, ["A", "B"]);
        assert_eq!(places(&errors), ["1:_"]);
        assert!(errors[0].1.contains("written alone"), "{errors:?}");
    }

    #[test]
    fn suffixed_literals_are_errors_and_the_entry_is_kept() {
        let (items, errors) = read(r#""A.B"suffix => "d"x / "z"y, "C" => "c","#);
        assert_eq!(items, ["A.B", "C"]);
        assert_eq!(places(&errors), ["1:\"A.B\"suffix", "1:\"d\"x", "1:\"z\"y"]);
        assert_all_start_with(&errors, "string literals take no suffix");
    }

    #[test]
    fn a_code_that_is_not_a_string_literal_is_an_error_on_it() {
        let (items, errors) = read(
            r#"
            InvalidDisk => "x",
            42 => "y",
            b"Bytes" => "z",
            "B" => "b",
            "#,
        );
        assert_eq!(items, ["B"]);
        assert_eq!(places(&errors), ["2:InvalidDisk", "3:42", "4:b\"Bytes\""]);
        assert_all_start_with(&errors, "expected an error code as a string literal");
    }
}
