//! Reads the outline of an invocation: the shim's prefix, the common set, the enum's
//! header, and the braces around its body.

use super::{Body, Catalog, Entry, Input, Item};
use proc_macro2::TokenStream;
use syn::parse::{Parse, ParseStream};
use syn::{braced, bracketed, Attribute, Ident, Token, Visibility};

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

#[cfg(test)]
mod tests {
    use super::*;

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
