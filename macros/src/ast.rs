//! The syntax tree of one `tc_errors!` invocation, as the runtime's shim hands it over:
//!
//! ```text
//! [$crate] common { <common entries> } <catalog>
//! [$crate] defines_common { <common entries> } <catalog>
//! ```
//!
//! where `<catalog>` is what the user wrote:
//! `#[attrs] vis enum Name { use common; #[attrs] "Code" => "English" / "中文", … }`.
//! Parsing only checks the shape; `valid.rs` gives the tokens their meaning.
//!
//! The body is read item by item: a syntax error inside one item is recorded in
//! [`Body::errors`] and reading resumes after that item, so one build reports every
//! mistake and the other entries still become variants.

use proc_macro2::{TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{braced, bracketed, Attribute, Ident, LitStr, Token, Visibility};

/// Everything the macro was given.
pub struct Input {
    /// The path to the runtime crate (`$crate` of the shim).
    pub krate: TokenStream,
    /// Whether this invocation declares the common set itself.
    pub defines_common: bool,
    /// The runtime's common codes, in their declared order.
    pub common: Vec<Entry>,
    /// The user's catalog.
    pub catalog: Catalog,
}

/// `#[attrs] vis enum Name { … }`.
pub struct Catalog {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub body: Body,
}

/// The items of the enum body that could be read, and the syntax errors of the rest.
#[derive(Default)]
pub struct Body {
    pub items: Vec<Item>,
    pub errors: Vec<syn::Error>,
}

/// One item of the enum body.
pub enum Item {
    /// `use common;`
    Use(UseItem),
    /// `"Code" => "English" / "中文",` and its shorter forms.
    Entry(Entry),
}

/// `use common;`
pub struct UseItem {
    pub use_token: Token![use],
    pub ident: Ident,
}

/// `#[attrs] "Code"`, with `=> "English"`, `=> "English" / "中文"` or `=> _ / "中文"`
/// when the code has published texts.
pub struct Entry {
    pub attrs: Vec<Attribute>,
    pub code: Text,
    /// The English text, when written.
    pub english: Option<Text>,
    /// The Chinese text, when written.
    pub chinese: Option<Text>,
}

/// A string literal with its value, read once: reading a literal's value is a round trip
/// to the compiler, and validation needs it several times per entry.
pub struct Text {
    pub lit: LitStr,
    pub value: String,
}

impl Parse for Text {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let lit: LitStr = input.parse()?;
        Ok(Text {
            value: lit.value(),
            lit,
        })
    }
}

/// Reads what follows the enum's name: the body and anything after it.
pub type ReadBody = fn(ParseStream) -> syn::Result<Body>;

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        Input::parse_with(input, read_braced_body)
    }
}

impl Input {
    /// Reads the shim's prefix and the catalog's header (`#[attrs] vis enum Name`), then
    /// hands the rest to `read_body`.
    pub fn parse_with(input: ParseStream, read_body: ReadBody) -> syn::Result<Self> {
        let krate;
        bracketed!(krate in input);
        let krate: TokenStream = krate.parse()?;
        let mode: Ident = input.parse()?;
        let defines_common = match mode.to_string().as_str() {
            "common" => false,
            "defines_common" => true,
            _ => {
                return Err(syn::Error::new(
                    mode.span(),
                    "tc_errors_impl! is internal: call `tc_errors::tc_errors!`",
                ))
            }
        };
        let common;
        braced!(common in input);
        let common = common_entries(common.parse()?)?;

        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        input.parse::<Token![enum]>().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected `enum Name { … }`: tc_errors! declares one enum, such as `pub enum CbsError { \"Code\" => \"Description\", }`",
            )
        })?;
        let ident: Ident = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the enum's name, such as `enum CbsError { … }`",
            )
        })?;
        let body = read_body(input)?;
        Ok(Input {
            krate,
            defines_common,
            common,
            catalog: Catalog {
                attrs,
                vis,
                ident,
                body,
            },
        })
    }
}

/// The common set is the runtime's own list: any problem in it is a bug there, so it is
/// read strictly.
fn common_entries(body: Body) -> syn::Result<Vec<Entry>> {
    let mut errors = body.errors.into_iter();
    if let Some(mut error) = errors.next() {
        error.extend(errors);
        return Err(error);
    }
    body.items
        .into_iter()
        .map(|item| match item {
            Item::Entry(entry) => Ok(entry),
            Item::Use(item) => Err(syn::Error::new(
                item.use_token.span,
                "the common set cannot import a set",
            )),
        })
        .collect()
}

/// What a well-formed catalog has after its name: `{ … }` and nothing else.
fn read_braced_body(input: ParseStream) -> syn::Result<Body> {
    if input.peek(Token![<]) {
        return Err(input.error(
            "a tc_errors! enum cannot have generic parameters: remove them, the enum holds only codes",
        ));
    }
    if !input.peek(syn::token::Brace) {
        return Err(input.error(
            "expected the entries in braces after the enum's name: `enum Name { \"Code\" => \"Description\", }`",
        ));
    }
    let content;
    braced!(content in input);
    let body = content.parse()?;
    if !input.is_empty() {
        return Err(input.error(
            "unexpected tokens after the enum: tc_errors! declares one enum; write another tc_errors! for a second one",
        ));
    }
    Ok(body)
}

impl Parse for Body {
    /// Never fails: a syntax error is recorded and reading resumes after the item.
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut body = Body::default();
        while !input.is_empty() {
            if let Err(error) = body.parse_item(input) {
                body.errors.push(error);
                skip_past_separator(input);
            }
        }
        Ok(body)
    }
}

impl Body {
    fn parse_item(&mut self, input: ParseStream) -> syn::Result<()> {
        let attrs = input.call(Attribute::parse_outer)?;
        if input.peek(Token![use]) {
            if let Some(attr) = attrs.first() {
                self.errors.push(syn::Error::new(
                    attr.pound_token.span,
                    "`use common;` takes no attributes or doc comments: remove them",
                ));
            }
            let item = UseItem::parse(input)?;
            self.items.push(Item::Use(item));
            return Ok(());
        }
        let entry = Entry::parse_after_attrs(attrs, input, &mut self.errors)?;
        self.items.push(Item::Entry(entry));
        if input.is_empty() || input.parse::<Option<Token![,]>>()?.is_some() {
            return Ok(());
        }
        let error = syn::Error::new(
            input.span(),
            "expected `,` after the entry: every entry ends with a comma",
        );
        if starts_item(input) {
            // The next entry is intact: report the comma and read on from it.
            self.errors.push(error);
            Ok(())
        } else {
            Err(error)
        }
    }
}

/// Whether the next tokens can start a body item: attributes, a code or `use`.
fn starts_item(input: ParseStream) -> bool {
    input.peek(Token![#]) || input.peek(LitStr) || input.peek(Token![use])
}

/// Skips the rest of a broken item: every token up to and including the next top-level
/// `,` or `;`.
fn skip_past_separator(input: ParseStream) {
    while let Ok(token) = input.parse::<TokenTree>() {
        if let TokenTree::Punct(punct) = token {
            if matches!(punct.as_char(), ',' | ';') {
                return;
            }
        }
    }
}

impl Parse for UseItem {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let use_token = input.parse()?;
        // Any identifier, keywords included, so that `use self;` or `use crate::x;` get
        // the message about what can be imported rather than a generic one.
        let ident = Ident::parse_any(input).map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected `common`: the only import is `use common;`",
            )
        })?;
        input.parse::<Token![;]>().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected `;`: the only import is `use common;`, which ends with a semicolon",
            )
        })?;
        Ok(UseItem { use_token, ident })
    }
}

impl Entry {
    /// Reads the entry after its attributes. A missing or mistyped `=>` before a text is
    /// recorded in `errors` and the entry kept, since its meaning is clear; so is a
    /// suffix on a literal.
    fn parse_after_attrs(
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
        check_suffix(&entry.code.lit, errors);
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
    check_suffix(&text.lit, errors);
    Ok(text)
}

/// rustc rejects a suffix on a string literal everywhere else (`"A.B"x`); so does the
/// macro, rather than dropping it silently.
fn check_suffix(lit: &LitStr, errors: &mut Vec<syn::Error>) {
    if !lit.suffix().is_empty() {
        errors.push(syn::Error::new(
            lit.span(),
            format!(
                "string literals take no suffix: remove `{}` after the closing quote",
                lit.suffix()
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ctxt::{assert_all_start_with, located, places};

    /// Reads the body `source`; the items as `code` or `use name`, the errors as
    /// `("line:token", message)`.
    fn read(source: &str) -> (Vec<String>, Vec<(String, String)>) {
        let body: Body = syn::parse_str(source).expect("a body always parses");
        let items = body
            .items
            .iter()
            .map(|item| match item {
                Item::Entry(entry) => entry.code.value.clone(),
                Item::Use(item) => format!("use {}", item.ident),
            })
            .collect();
        (items, located(body.errors))
    }

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
                    entry.english.as_ref().map(|t| t.value.clone()),
                    entry.chinese.as_ref().map(|t| t.value.clone()),
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
    fn a_missing_comma_before_an_entry_keeps_both() {
        let (items, errors) = read(
            r#"
            "A" => "a"
            "B" => "b"
            #[kind(Transient)] "C" => "c"
            use common;
            "#,
        );
        assert_eq!(items, ["A", "B", "C", "use common"]);
        assert_eq!(places(&errors), ["3:\"B\"", "4:#", "5:use"]);
        assert_all_start_with(&errors, "expected `,` after the entry");
    }

    #[test]
    fn junk_after_an_entry_is_skipped_to_the_next_comma() {
        let (items, errors) = read(r#""A" => "a" junk "B" => "b", "C" => "c""#);
        assert_eq!(items, ["A", "C"]);
        assert_eq!(places(&errors), ["1:junk"]);
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

    #[test]
    fn a_broken_use_is_an_error_and_reading_goes_on() {
        let (items, errors) = read(
            r#"
            use common::Extra;
            use "common";
            /// The shared codes.
            use common;
            "A" => "a",
            "#,
        );
        assert_eq!(items, ["use common", "A"]);
        assert_eq!(
            places(&errors),
            ["2::", "3:\"common\"", "4:/// The shared codes."]
        );
        assert!(errors[0].1.starts_with("expected `;`"));
        assert!(errors[1].1.starts_with("expected `common`"));
        assert!(errors[2].1.contains("takes no attributes"));
    }

    fn outline_error(source: &str) -> (String, String) {
        let tokens = format!("[crate] common {{}} {source}");
        let error = match syn::parse_str::<Input>(&tokens) {
            Ok(_) => panic!("`{source}` parsed"),
            Err(error) => error,
        };
        let span = error.span();
        (span.source_text().unwrap_or_default(), error.to_string())
    }

    #[test]
    fn a_broken_outline_is_an_error_on_the_first_wrong_token() {
        let cases = [
            ("pub enum E<T> {}", "<", "cannot have generic parameters"),
            ("pub struct E {}", "struct", "expected `enum Name { … }`"),
            ("pub enum {}", "{", "expected the enum's name"),
            ("pub enum E;", ";", "expected the entries in braces"),
            (
                "pub enum E where Self: Copy {}",
                "where",
                "expected the entries in braces",
            ),
            (
                "pub enum E {} extra",
                "extra",
                "unexpected tokens after the enum",
            ),
        ];
        for (source, at, message) in cases {
            let (found_at, found) = outline_error(source);
            assert_eq!(found_at, at, "{source}");
            assert!(found.contains(message), "{source}: {found}");
        }
    }

    #[test]
    fn the_common_set_is_read_strictly() {
        let error = syn::parse_str::<Input>(r#"[crate] common { "A" "a", } enum E {}"#)
            .err()
            .expect("a broken common set is an error");
        assert!(error.to_string().starts_with("expected `=>`"));
        assert!(syn::parse_str::<Input>("[crate] common { use common; } enum E {}").is_err());
        assert!(syn::parse_str::<Input>("[crate] other {} enum E {}").is_err());
    }
}
