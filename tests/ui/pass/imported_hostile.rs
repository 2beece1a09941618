//! Evil\u{202e} Title (`hostile`) error codes.

tc_errors::tc_errors! {
    /// Evil\u{202e} Title (`hostile`) error codes.
    #[non_exhaustive]
    pub enum HostileError {
        /// Error type: t\u{202e}1.
        /// Also listed as: Said again \u{202e} differently. (Error type: other.)
        "A.B" => "Reads \u{202e}backwards \u{1b}[31m red.",
        /// Error type: \u{202e}typed.
        "A.C" => "The \u{202e} entity and \u{2066}isolate\u{2069} \u{7f} del.",
        "N.Outer" => "Outer N.Inner inner \u{2067}text\u{2069} tail.",
    }
}

// Above: what `tc-errors import` writes for `tests/fixtures/pages/hostile.md` (checked by
// `tests/tests/imported_pages.rs`). It must compile: rustc denies raw bidirectional
// characters in literals and comments.
extern crate tc as tc_errors;

use tc_errors::ErrorCode;

fn main() {
    // The escapes keep the page's text exactly.
    let code: HostileError = "A.B".parse().unwrap();
    assert_eq!(code.description(), "Reads \u{202e}backwards \u{1b}[31m red.");
    let outer: HostileError = "N.Outer".parse().unwrap();
    assert!(outer.description().contains("\u{2067}text\u{2069}"));
    assert!("N.Inner".parse::<HostileError>().is_err());
}
