//! Messages to standard error: the one error line every subcommand prints.

use std::fmt;
use std::io::{self, Write as _};
use tc_errors_internals::escape::Escaped;

/// How many characters of an argument, or of a code or request id from a response, a
/// line quotes (here, and in what `parse` prints): any can be megabytes long, and a
/// longer one is cut in the middle.
pub const QUOTED_CHARS: usize = 160;

/// Prints `message` as the one error line on stderr, `tc-errors: ` first, with every
/// character that could act on the terminal escaped: messages quote arguments, pages and
/// bodies.
pub fn error_line(message: impl fmt::Display) {
    // Nowhere is left to say that stderr cannot be written; `eprintln!` would panic.
    let _ = writeln!(io::stderr().lock(), "tc-errors: {}", Escaped(message));
}
