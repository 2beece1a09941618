//! Collects every error found in one invocation, so a build reports all of them at once.

use proc_macro2::TokenStream;
use std::fmt::Display;

/// The errors found so far.
#[derive(Default)]
pub struct Ctxt {
    errors: Option<syn::Error>,
}

impl Ctxt {
    /// Records an error at `span`.
    pub fn error_at(&mut self, span: proc_macro2::Span, message: impl Display) {
        self.push(syn::Error::new(span, message));
    }

    /// Records an error.
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.errors {
            Some(errors) => errors.combine(error),
            None => self.errors = Some(error),
        }
    }

    /// The recorded errors as `compile_error!` invocations (empty when there are none).
    pub fn into_compile_errors(self) -> TokenStream {
        self.errors
            .map(|errors| errors.to_compile_error())
            .unwrap_or_default()
    }

    /// The recorded errors in order, each as `("line:source text", message)` of the
    /// token it points at (tokens without a source location show as `"?"`).
    #[cfg(test)]
    pub fn reported(&self) -> Vec<(String, String)> {
        self.errors
            .iter()
            .flat_map(|errors| errors.clone().into_iter())
            .map(|error| {
                let span = error.span();
                let at = match span.source_text() {
                    Some(text) => format!("{}:{text}", span.start().line),
                    None => "?".to_owned(),
                };
                (at, error.to_string())
            })
            .collect()
    }
}
