//! Collects every error found in one invocation, so a build reports all of them at once.

use proc_macro2::{Span, TokenStream};
use std::fmt::Display;

/// The errors found so far.
///
/// Every `Ctxt` must end in [`Ctxt::into_compile_errors`]: one dropped before that would
/// lose its errors and let a broken catalog compile, so a debug build (the one tests run)
/// panics instead. It does so even when there are no errors, so that a path that forgets
/// to report is caught by any test that takes it.
#[derive(Default)]
pub struct Ctxt {
    errors: Option<syn::Error>,
    /// Whether the errors have been taken to be reported.
    taken: bool,
}

impl Ctxt {
    /// Records an error at `span`.
    pub fn error_at(&mut self, span: Span, message: impl Display) {
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
    pub fn into_compile_errors(mut self) -> TokenStream {
        self.take()
            .map(|errors| errors.to_compile_error())
            .unwrap_or_default()
    }

    /// The recorded errors, [`located`]: how tests report them.
    #[cfg(test)]
    pub fn reported(mut self) -> Vec<(String, String)> {
        located(self.take().into_iter().flatten())
    }

    fn take(&mut self) -> Option<syn::Error> {
        self.taken = true;
        self.errors.take()
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        // While unwinding, the panic under way says more than this one would.
        debug_assert!(
            self.taken || std::thread::panicking(),
            "a Ctxt was dropped before its errors were reported (call `into_compile_errors`)"
        );
    }
}

/// An error on a repeat, with a second message on the first occurrence (a proc macro
/// has no notes; this is the closest).
pub fn repeated(message: String, repeat: Span, note: String, first: Span) -> syn::Error {
    let mut error = syn::Error::new(repeat, message);
    error.combine(syn::Error::new(first, note));
    error
}

/// Each error as `("line:source text", message)` of the token it points at (tokens
/// without a source location show as `"?"`).
#[cfg(test)]
pub fn located(errors: impl IntoIterator<Item = syn::Error>) -> Vec<(String, String)> {
    errors
        .into_iter()
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

/// The places of [`located`] errors, in order.
#[cfg(test)]
pub fn places(errors: &[(String, String)]) -> Vec<&str> {
    errors.iter().map(|(at, _)| at.as_str()).collect()
}

/// Checks that [`located`] `errors` are, in order, at each `expected` place with a
/// message that contains its text.
#[cfg(test)]
pub fn assert_reported(errors: &[(String, String)], expected: &[(&str, &str)]) {
    assert_eq!(places(errors).len(), expected.len(), "{errors:#?}");
    for ((at, message), (want_at, want)) in errors.iter().zip(expected) {
        assert_eq!(at, want_at);
        assert!(message.contains(want), "{message}");
    }
}

/// Checks that every one of the [`located`] `errors` starts with `prefix`.
#[cfg(test)]
pub fn assert_all_start_with(errors: &[(String, String)], prefix: &str) {
    for (at, message) in errors {
        assert!(message.starts_with(prefix), "{at}: {message}");
    }
}

#[cfg(test)]
mod tests {
    use super::Ctxt;
    use proc_macro2::Span;

    #[test]
    fn reported_errors_come_out_in_order() {
        let mut cx = Ctxt::default();
        cx.error_at(Span::call_site(), "first");
        cx.error_at(Span::call_site(), "second");
        let output = cx.into_compile_errors().to_string();
        let first = output.find("\"first\"").expect("the first error");
        let second = output.find("\"second\"").expect("the second error");
        assert!(first < second, "{output}");
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "dropped before its errors were reported")]
    fn a_context_dropped_unreported_panics() {
        let mut cx = Ctxt::default();
        cx.error_at(Span::call_site(), "lost");
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "dropped before its errors were reported")]
    fn a_context_without_errors_must_be_reported_too() {
        let _cx = Ctxt::default();
    }
}
