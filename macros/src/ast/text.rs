//! A string literal of the catalog (a code, a text, an alias) and its value.

use proc_macro2::{Literal, Span};
use std::ops::Range;
use syn::parse::{Parse, ParseStream};

/// A string literal and its value.
///
/// A catalog holds thousands of literals and the macro runs unoptimised, so the common
/// case is read without syn's literal parser: a literal without escapes, `"…"`, has its
/// value between its quotes. Escapes and raw strings go through syn.
pub struct Text {
    span: Span,
    /// The literal as written.
    repr: String,
    value: Value,
    /// Where the suffix starts in `repr` (`"A"x` has the suffix `x`).
    suffix: usize,
}

/// Where a literal's value is.
enum Value {
    /// In the literal as written: it has no escapes.
    InRepr(Range<usize>),
    /// Unescaped into a string of its own.
    Cooked(String),
}

impl Text {
    /// The literal `lit`, if it is a string literal.
    pub fn from_literal(lit: &Literal) -> Option<Text> {
        let repr = lit.to_string();
        let (value, suffix) = match plain_value(&repr) {
            Some(range) => {
                let suffix = range.end + 1;
                (Value::InRepr(range), suffix)
            }
            None => match syn::Lit::new(lit.clone()) {
                syn::Lit::Str(lit) => {
                    let suffix = repr.len() - lit.suffix().len();
                    (Value::Cooked(lit.value()), suffix)
                }
                _ => return None,
            },
        };
        Some(Text {
            span: lit.span(),
            repr,
            value,
            suffix,
        })
    }

    /// The literal's value.
    pub fn value(&self) -> &str {
        match &self.value {
            Value::InRepr(range) => &self.repr[range.clone()],
            Value::Cooked(value) => value,
        }
    }

    /// What follows the closing quote: empty in a well-formed catalog.
    pub fn suffix(&self) -> &str {
        &self.repr[self.suffix..]
    }

    /// The error on a suffix after the closing quote (`"A.B"x`): rustc rejects one
    /// everywhere else, and the macro does not drop it silently.
    pub fn suffix_error(&self) -> Option<syn::Error> {
        let suffix = self.suffix();
        (!suffix.is_empty()).then(|| {
            syn::Error::new(
                self.span,
                format!(
                    "string literals take no suffix: remove `{suffix}` after the closing quote"
                ),
            )
        })
    }

    /// Where the literal is.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// Where the value of `repr` is, when `repr` is a string literal without escapes:
/// between its first quote and its last (a suffix cannot contain a quote).
///
/// The quotes are found by indexing, which the unoptimised macro runs without a call;
/// only the search for a backslash, over the whole literal, is the standard library's.
fn plain_value(repr: &str) -> Option<Range<usize>> {
    let bytes = repr.as_bytes();
    if bytes.is_empty() || bytes[0] != b'"' || repr.contains('\\') {
        return None;
    }
    // The closing quote, from the end: a suffix is short or absent.
    let mut close = bytes.len() - 1;
    while close > 0 && bytes[close] != b'"' {
        close -= 1;
    }
    (close > 0).then_some(1..close)
}

impl Parse for Text {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        input.step(|cursor| {
            cursor
                .literal()
                .and_then(|(lit, rest)| Some((Text::from_literal(&lit)?, rest)))
                .ok_or_else(|| cursor.error("expected a string literal"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{plain_value, Text};

    #[test]
    fn a_plain_value_lies_between_the_first_quote_and_the_last() {
        assert_eq!(plain_value(r#""A.B""#), Some(1..4));
        assert_eq!(plain_value(r#""A"suffix"#), Some(1..2));
        assert_eq!(plain_value(r#""""#), Some(1..1));
        for repr in [r#"""#, "", r#"r"A""#, r#""A\"B""#, "42"] {
            assert_eq!(plain_value(repr), None, "{repr}");
        }
    }

    /// The value and suffix of the literal `source`, if it is a string literal.
    fn read(source: &str) -> Option<(String, String)> {
        let text: Text = syn::parse_str(source).ok()?;
        Some((text.value().to_owned(), text.suffix().to_owned()))
    }

    #[test]
    fn plain_escaped_and_raw_literals_have_the_same_values_as_rustc_gives_them() {
        let read_plain = |source| read(source).map(|(value, _)| value);
        assert_eq!(
            read_plain(r#""InvalidDisk.Busy""#).as_deref(),
            Some("InvalidDisk.Busy")
        );
        assert_eq!(read_plain(r#""云盘正忙。""#).as_deref(), Some("云盘正忙。"));
        assert_eq!(read_plain(r#""""#).as_deref(), Some(""));
        assert_eq!(read_plain(r#""say \"hi\"""#).as_deref(), Some("say \"hi\""));
        assert_eq!(
            read_plain(r#""a\\b\n\u{4e2d}""#).as_deref(),
            Some("a\\b\n中")
        );
        assert_eq!(
            read_plain(r###"r#"raw "quoted" \n"#"###).as_deref(),
            Some(r#"raw "quoted" \n"#)
        );
        assert_eq!(read_plain("r\"raw\"").as_deref(), Some("raw"));
    }

    #[test]
    fn the_suffix_is_what_follows_the_closing_quote() {
        assert_eq!(read(r#""A.B"x"#), Some(("A.B".into(), "x".into())));
        assert_eq!(
            read(r#""A\"B"suffix"#),
            Some(("A\"B".into(), "suffix".into()))
        );
        assert_eq!(read(r#""A""#), Some(("A".into(), String::new())));
    }

    #[test]
    fn other_literals_and_tokens_are_not_texts() {
        for source in ["42", "b\"bytes\"", "c\"c\"", "'c'", "Ident", "1.5"] {
            assert_eq!(read(source), None, "{source}");
        }
    }
}
