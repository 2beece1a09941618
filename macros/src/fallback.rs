//! Recovers a catalog from an invocation whose outline does not parse, so that the enum
//! is still emitted and the rest of the user's crate (and rust-analyzer) keeps working:
//! the build then reports the real mistake, not every use of the missing enum.
//!
//! The strict parser (`ast`) already recovers from mistakes inside the body, entry by
//! entry. What is left is the outline around the body: generic parameters, a body that
//! is not `{ … }`, tokens after the enum. Here, as long as the header
//! `#[attrs] vis enum Name` reads, the first `{ … }` group after it is taken as the body
//! (none at all gives an empty enum) and everything else after the name is ignored; the
//! caller reports the strict parser's error alongside.

use crate::ast::{Body, Input};
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser};

/// The catalog as far as it can be read, or `None` when not even its header can.
pub fn recover(tokens: TokenStream) -> Option<Input> {
    let parse = |input: ParseStream| Input::parse_with(input, first_braced_group);
    parse.parse2(tokens).ok()
}

fn first_braced_group(input: ParseStream) -> syn::Result<Body> {
    let mut body = None;
    while !input.is_empty() {
        match input.parse::<TokenTree>()? {
            TokenTree::Group(group) if group.delimiter() == Delimiter::Brace && body.is_none() => {
                body = Some(syn::parse2(group.stream())?);
            }
            _ => {}
        }
    }
    Ok(body.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::Item;
    use quote::quote;

    fn entries(input: &Input) -> Vec<String> {
        input
            .catalog
            .body
            .items
            .iter()
            .map(|item| match item {
                Item::Entry(entry) => entry.code.value().to_owned(),
                Item::Use(item) => format!("use {}", item.ident),
            })
            .collect()
    }

    #[test]
    fn generics_and_trailing_tokens_keep_the_body() {
        for tokens in [
            quote!([crate] common {} pub enum E<T> { use common; "A" => "a", }),
            quote!([crate] common {} pub enum E where T: Copy { use common; "A" => "a", }),
            quote!([crate] common {} pub enum E { use common; "A" => "a", } extra { "B" => "b" }),
        ] {
            assert!(syn::parse2::<Input>(tokens.clone()).is_err());
            let input = recover(tokens).expect("the header reads");
            assert_eq!(input.catalog.ident, "E");
            assert_eq!(entries(&input), ["use common", "A"]);
        }
    }

    #[test]
    fn a_body_that_is_not_braced_gives_an_empty_enum() {
        for tokens in [
            quote!([crate] common {} enum E;),
            quote!([crate] common {} enum E ("A" => "a")),
            quote!([crate] common {} enum E),
        ] {
            let input = recover(tokens).expect("the header reads");
            assert!(input.catalog.body.items.is_empty());
        }
    }

    #[test]
    fn without_a_header_there_is_nothing_to_recover() {
        assert!(recover(quote!([crate] common {} struct E { "A" => "a", })).is_none());
        assert!(recover(quote!([crate] common {} enum { "A" => "a", })).is_none());
        assert!(recover(quote!(
            enum E {}
        ))
        .is_none());
    }
}
