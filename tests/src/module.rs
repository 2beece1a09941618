//! What a module that `tc-errors import` writes must be, whatever page it came from.

/// Panics unless `module` parses as Rust items (`syn::parse_file`) and holds no raw
/// control character but line breaks, nor a bidirectional or direction mark: rustc
/// denies those in literals and comments (`text_direction_codepoint_in_literal`,
/// `…_in_comment`), and a terminal acts on them.
pub fn check_module(module: &str) {
    if let Err(error) = syn::parse_file(module) {
        panic!("the module is not Rust ({error}):\n{module}");
    }
    let raw = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    assert!(
        !module.chars().any(raw),
        "a raw control or bidirectional character: {module:?}"
    );
}
