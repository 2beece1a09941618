//! The procedural macro behind [`tc_errors::tc_errors!`](https://docs.rs/tc-errors).
//!
//! Do not depend on this crate directly: the runtime crate `tc-errors` re-exports the
//! macro through a `macro_rules!` shim that passes its own path and the shared common
//! codes, so the generated code works however the dependency is named.
//!
//! The pipeline is parse (`ast`, or `fallback` when the catalog's outline does not
//! parse) → validate (`valid`: each entry with its attributes, `use common;`, name
//! collisions, aliases, table limits, the version blocks and their actions) into the
//! checked catalog (`model`) → expand (`expand`, with the lookup table built by
//! `perfect_hash`, a plain function with its own tests, and the actions' tables in
//! `expand/versions.rs`). Every stage records its errors in one `ctxt::Ctxt`, which must be reported
//! before it is dropped. What the runtime must agree on (hash, table formats, kinds,
//! naming) comes from `tc-errors-internals`.
//! Whatever the input, the macro returns tokens: the enum as far as it could be read,
//! followed by a `compile_error!` for each mistake.

#![forbid(unsafe_code)]

mod ast;
mod ctxt;
mod expand;
mod fallback;
mod model;
mod perfect_hash;
#[cfg(test)]
mod properties;
mod valid;

use proc_macro::TokenStream;

/// Internal: the runtime's `tc_errors!` shim calls this with `[$crate]`, the common set
/// and the user's catalog. See the runtime crate for the syntax.
#[doc(hidden)]
#[proc_macro]
pub fn tc_errors_impl(input: TokenStream) -> TokenStream {
    expand_tokens(input.into()).into()
}

/// The in-process entry point: tokens in, tokens (and `compile_error!`s) out.
fn expand_tokens(tokens: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let mut cx = ctxt::Ctxt::default();
    let input = match syn::parse2::<ast::Input>(tokens.clone()) {
        Ok(input) => input,
        Err(error) => {
            cx.push(error);
            match fallback::recover(tokens) {
                Some(input) => input,
                None => return cx.into_compile_errors(),
            }
        }
    };
    let model = valid::check(&mut cx, input);
    let mut tokens = expand::expand(&model);
    tokens.extend(cx.into_compile_errors());
    tokens
}
