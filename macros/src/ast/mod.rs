//! The syntax tree of one `tc_errors!` invocation, as the runtime's shim hands it over:
//!
//! ```text
//! [$crate] common { <common entries> } <catalog>
//! [$crate] defines_common { <common entries> } <catalog>
//! ```
//!
//! where `<catalog>` is what the user wrote:
//! `#[attrs] vis enum Name { use common; #[attrs] "Code" => "English" / "中文", …
//! version "YYYY-MM-DD" { #[attrs] Action => "Code Code", … } … }`.
//! Parsing only checks the shape; `valid` gives the tokens their meaning.
//!
//! The body is read item by item: a syntax error inside one item is recorded in
//! [`Body::errors`] and reading resumes after that item, so one build reports every
//! mistake and the other entries still become variants.
//!
//! This file holds the tree. It is read outside in: `outline.rs` (the shim's prefix, the
//! enum's header, the braces), `body.rs` (item after item), `entry.rs` (one entry),
//! `version.rs` (one version block and its actions) and `text.rs` (one string literal);
//! `separators.rs` says where an item ends.

mod body;
mod entry;
mod outline;
mod separators;
mod text;
mod version;

pub use text::Text;

use proc_macro2::TokenStream;
use syn::{Attribute, Ident, Token, Visibility};

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
    /// The version blocks, which come after the items.
    pub versions: Vec<VersionBlock>,
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

/// `version "YYYY-MM-DD" { … }`: one API version's actions.
pub struct VersionBlock {
    pub version: Text,
    pub actions: Vec<Action>,
}

/// `#[attrs] Name => "Code Code",`, or `_ => "Code Code",` for the codes the version
/// declares that no action lists.
pub struct Action {
    pub attrs: Vec<Attribute>,
    pub name: ActionName,
    /// The codes the action documents, separated by single spaces.
    pub codes: Text,
}

/// What stands before an action's `=>`.
pub enum ActionName {
    /// An action, such as `DescribeInstances`.
    Named(Ident),
    /// `_`: the version's codes that no action lists.
    Unlisted(Token![_]),
}

#[cfg(test)]
mod tests {
    use super::{Body, Item};
    use crate::ctxt::located;

    /// Reads the body `source`; the items as `code` or `use name`, the errors as
    /// `("line:token", message)`.
    pub(super) fn read(source: &str) -> (Vec<String>, Vec<(String, String)>) {
        let body: Body = syn::parse_str(source).expect("a body always parses");
        let items = body
            .items
            .iter()
            .map(|item| match item {
                Item::Entry(entry) => entry.code.value().to_owned(),
                Item::Use(item) => format!("use {}", item.ident),
            })
            .collect();
        (items, located(body.errors))
    }
}
