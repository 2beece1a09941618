//! Where an item of the body or of a version block ends: the comma after it, or, for a
//! broken item, the next separator that reading resumes after.

use proc_macro2::TokenTree;
use syn::parse::ParseStream;
use syn::Token;

/// Reads the `,` that ends an item (the last one may leave it out). A missing comma is
/// recorded in `errors` when `starts_next` finds the next item intact, so reading goes
/// on from it; otherwise it is the item's error, `missing` its message.
pub(super) fn end_item(
    input: ParseStream,
    errors: &mut Vec<syn::Error>,
    missing: &str,
    starts_next: fn(ParseStream) -> bool,
) -> syn::Result<()> {
    if input.is_empty() || input.parse::<Option<Token![,]>>()?.is_some() {
        return Ok(());
    }
    let error = syn::Error::new(input.span(), missing);
    if starts_next(input) {
        errors.push(error);
        Ok(())
    } else {
        Err(error)
    }
}

/// Skips the rest of a broken item: every token up to and including the next top-level
/// `,` or `;`.
pub(super) fn skip_past_separator(input: ParseStream) {
    while let Ok(token) = input.parse::<TokenTree>() {
        if let TokenTree::Punct(punct) = token {
            if matches!(punct.as_char(), ',' | ';') {
                return;
            }
        }
    }
}
