//! The syntax tree of one `tc_errors!` invocation, as the runtime's shim hands it over:
//!
//! ```text
//! [$crate] common { <common entries> } <catalog>
//! [$crate] defines_common { <common entries> } <catalog>
//! ```
//!
//! where `<catalog>` is what the user wrote:
//! `#[attrs] vis enum Name { use common; #[attrs] "Code" => "Description", … }`.
//! Parsing only checks the shape; `valid.rs` gives the tokens their meaning.

use proc_macro2::TokenStream;
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
    pub items: Vec<Item>,
}

/// One item of the enum body.
pub enum Item {
    /// `use common;`
    Use(UseItem),
    /// `"Code" => "Description",`
    Entry(Entry),
}

/// `use common;`
pub struct UseItem {
    pub use_token: Token![use],
    pub ident: Ident,
}

/// `#[attrs] "Code" => "Description"`.
pub struct Entry {
    pub attrs: Vec<Attribute>,
    pub code: LitStr,
    pub description: LitStr,
}

impl Parse for Input {
    fn parse(input: ParseStream) -> syn::Result<Self> {
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
        let mut entries = Vec::new();
        while !common.is_empty() {
            entries.push(common.parse()?);
            if !common.is_empty() {
                common.parse::<Token![,]>()?;
            }
        }
        Ok(Input {
            krate,
            defines_common,
            common: entries,
            catalog: input.parse()?,
        })
    }
}

impl Parse for Catalog {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        input.parse::<Token![enum]>().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected `enum Name { … }`: tc_errors! declares one enum, such as `pub enum CbsError { \"Code\" => \"Description\", }`",
            )
        })?;
        let ident: Ident = input.parse()?;
        if input.peek(Token![<]) {
            return Err(input.error("a tc_errors! enum cannot have generic parameters"));
        }
        let body;
        braced!(body in input);
        let mut items = Vec::new();
        while !body.is_empty() {
            let attrs = body.call(Attribute::parse_outer)?;
            if attrs.is_empty() && body.peek(Token![use]) {
                let use_token = body.parse()?;
                let ident = body.parse()?;
                body.parse::<Token![;]>()?;
                items.push(Item::Use(UseItem { use_token, ident }));
                continue;
            }
            items.push(Item::Entry(Entry::parse_after_attrs(attrs, &body)?));
            if !body.is_empty() {
                body.parse::<Token![,]>().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "expected `,` after the description: every entry ends with a comma",
                    )
                })?;
            }
        }
        if !input.is_empty() {
            return Err(
                input.error("unexpected tokens after the enum: tc_errors! declares one enum")
            );
        }
        Ok(Catalog {
            attrs,
            vis,
            ident,
            items,
        })
    }
}

impl Parse for Entry {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        Entry::parse_after_attrs(attrs, input)
    }
}

impl Entry {
    fn parse_after_attrs(attrs: Vec<Attribute>, input: ParseStream) -> syn::Result<Self> {
        let code: LitStr = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected an error code as a string literal, such as `\"InvalidDisk.Busy\"`",
            )
        })?;
        input.parse::<Token![=>]>().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected `=>` between the error code and its description",
            )
        })?;
        let description: LitStr = input.parse().map_err(|e| {
            syn::Error::new(e.span(), "expected the description as a string literal")
        })?;
        Ok(Entry {
            attrs,
            code,
            description,
        })
    }
}
