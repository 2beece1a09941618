//! Reads the enum body item by item, `use common;`, an entry or a version block: a broken
//! item is recorded in [`Body::errors`] and skipped to the next separator, so the items
//! after it are still read.

use super::separators::{end_item, skip_past_separator};
use super::{version, Body, Entry, Item, UseItem, VersionBlock};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitStr, Token};

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
        if version::starts_block(input) {
            if let Some(attr) = attrs.first() {
                self.errors.push(syn::Error::new(
                    attr.pound_token.span,
                    "a version block takes no attributes or doc comments: remove them",
                ));
            }
            if let Some(block) = VersionBlock::parse(input, &mut self.errors) {
                self.versions.push(block);
            }
            return Ok(());
        }
        if let Some(first) = self.versions.first() {
            // The item is still read: where it stands does not change what it means.
            self.errors.push(syn::Error::new(
                input.span(),
                format!(
                    "entries and `use common;` come before the version blocks: move this above `version \"{}\"`",
                    first.version.value()
                ),
            ));
        }
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
        end_item(
            input,
            &mut self.errors,
            "expected `,` after the entry: every entry ends with a comma",
            starts_item,
        )
    }
}

/// Whether the next tokens can start a body item: attributes, a code, `use` or a
/// version block.
fn starts_item(input: ParseStream) -> bool {
    input.peek(Token![#])
        || input.peek(LitStr)
        || input.peek(Token![use])
        || version::starts_block(input)
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

#[cfg(test)]
mod tests {
    use crate::ast::tests::read;
    use crate::ctxt::{assert_all_start_with, places};

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
}
