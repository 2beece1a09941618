//! Text from outside (response bodies, pages, command-line arguments) made inert: every
//! character that could move the cursor, recolour a terminal, hide text or reorder it is
//! written as its Rust escape (`\u{1b}`, `\u{202e}`, `\n`), and long text is cut in the
//! middle. The runtime's malformed-response errors, the importer's generated code and
//! every line the `tc-errors` command prints go through this one module.
//!
//! Escapes are Rust's (`char::escape_default`), so escaped text is also a valid body of
//! a Rust string literal once `"` and `\` are escaped, and it is ASCII where it is not
//! the input's own printable characters: escaping it again changes nothing.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

/// Characters besides the controls that print as nothing, hide what follows or reorder
/// text: zero-width characters, the Arabic letter mark, the left-to-right and
/// right-to-left marks, the bidirectional embeddings, overrides and isolates, the line
/// and paragraph separators, the invisible operators and the byte-order mark.
const INVISIBLE: &[(char, char)] = &[
    ('\u{061c}', '\u{061c}'),
    ('\u{200b}', '\u{200f}'),
    ('\u{2028}', '\u{202e}'),
    ('\u{2060}', '\u{2069}'),
    ('\u{feff}', '\u{feff}'),
];

/// Whether `c` can be shown as it is: it is neither a control character (C0, DEL or C1,
/// line breaks and tabs included) nor one of the invisible or bidirectional characters
/// that reorder or hide text (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, …).
pub fn is_inert(c: char) -> bool {
    // Most text is printable ASCII: one comparison.
    if (' '..='~').contains(&c) {
        return true;
    }
    !c.is_control()
        && !INVISIBLE
            .iter()
            .any(|&(first, last)| (first..=last).contains(&c))
}

/// A [`fmt::Write`] that passes on what it is given with every character that is not
/// [inert](is_inert) replaced by its Rust escape: `write!(Escaping(out), "{error}")`
/// escapes whatever `error`'s `Display` writes, without a copy of it.
pub struct Escaping<W>(pub W);

impl<W: fmt::Write> fmt::Write for Escaping<W> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let mut rest = text;
        while let Some((at, c)) = rest.char_indices().find(|&(_, c)| !is_inert(c)) {
            self.0.write_str(&rest[..at])?;
            for escaped in c.escape_default() {
                self.0.write_char(escaped)?;
            }
            rest = &rest[at + c.len_utf8()..];
        }
        self.0.write_str(rest)
    }
}

/// Shows a value's `Display` with every character that is not [inert](is_inert)
/// escaped: `format!("{}", Escaped("a\u{1b}[2J"))` is `a\u{1b}[2J` as plain text.
#[derive(Clone, Copy, Debug)]
pub struct Escaped<T>(pub T);

impl<T: fmt::Display> fmt::Display for Escaped<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(Escaping(f), "{}", self.0)
    }
}

/// `text` with every character that is not [inert](is_inert) escaped; borrowed when it
/// has none.
pub fn escape(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_inert) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    // Writing to a String cannot fail.
    let _ = Escaping(&mut escaped).write_str(text);
    Cow::Owned(escaped)
}

/// How many characters `c` takes once escaped.
fn escaped_width(c: char) -> usize {
    if is_inert(c) {
        1
    } else {
        c.escape_default().len()
    }
}

/// `text` [escaped](escape) and, when that is longer than `max` characters, cut in the
/// middle to exactly `max`: the first two thirds, `…`, and the last third (where an
/// error message says the line and column). Only the kept ends are escaped, so a huge
/// `text` costs no more than `max` characters; an escape may be cut.
pub fn shortened(text: &str, max: usize) -> String {
    let width: usize = text.chars().map(escaped_width).sum();
    if width <= max {
        return escape(text).into_owned();
    }
    let tail = max / 3;
    let head = max.saturating_sub(tail + 1);
    let mut short = String::with_capacity(max + 3);
    let mut kept = 0;
    for c in text.chars() {
        if kept >= head {
            break;
        }
        let escaped = escape_char(c);
        short.extend(escaped.chars().take(head - kept));
        kept += escaped_width(c);
    }
    short.push('…');
    // The tail, from the end backwards, then turned round.
    let mut end: Vec<char> = Vec::with_capacity(tail + 10);
    for c in text.chars().rev() {
        if end.len() >= tail {
            break;
        }
        end.extend(escape_char(c).chars().rev());
    }
    end.truncate(tail);
    short.extend(end.into_iter().rev());
    short
}

/// One character, escaped if it is not inert.
fn escape_char(c: char) -> String {
    if is_inert(c) {
        c.to_string()
    } else {
        c.escape_default().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidirectional_characters_are_escaped() {
        assert_eq!(
            escape("a\r\n\u{1b}[31m\u{202e}b\tc\u{7f}\u{85}"),
            "a\\r\\n\\u{1b}[31m\\u{202e}b\\tc\\u{7f}\\u{85}"
        );
        for c in [
            '\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}',
            '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200b}', '\u{feff}', '\u{61c}',
            '\u{2028}', '\0',
        ] {
            assert!(!is_inert(c), "{c:?}");
            assert_eq!(escape(&c.to_string()), c.escape_default().to_string());
        }
    }

    #[test]
    fn printable_text_is_kept_and_borrowed() {
        for text in ["plain", "云硬盘忙", "café — “quoted” 😀", "a \\u{1b} b", ""] {
            assert!(
                matches!(escape(text), Cow::Borrowed(t) if t == text),
                "{text}"
            );
        }
    }

    #[test]
    fn escaping_twice_changes_nothing() {
        let once = escape("x\u{202e}y\u{1b}").into_owned();
        assert_eq!(escape(&once), once);
    }

    #[test]
    fn the_display_adapter_escapes_what_a_value_writes() {
        struct Two;
        impl fmt::Display for Two {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a\u{1b}")?;
                fmt::Write::write_char(f, '\u{2066}')
            }
        }
        assert_eq!(Escaped(Two).to_string(), "a\\u{1b}\\u{2066}");
        assert_eq!(format!("[{}]", Escaped("ok")), "[ok]");
    }

    #[test]
    fn short_text_is_only_escaped() {
        assert_eq!(shortened("abc", 10), "abc");
        assert_eq!(shortened("a\nb", 4), "a\\nb");
        assert_eq!(shortened("", 0), "");
    }

    #[test]
    fn long_text_is_cut_in_the_middle_to_exactly_max() {
        let text = format!("{}middle{}", "a".repeat(1000), "z".repeat(1000));
        let short = shortened(&text, 30);
        assert_eq!(short, format!("{}…{}", "a".repeat(19), "z".repeat(10)));
        assert_eq!(short.chars().count(), 30);
        let wide = "\u{202e}".repeat(100);
        let short = shortened(&wide, 31);
        assert_eq!(short.chars().count(), 31);
        assert!(short.starts_with("\\u{202e}\\u{202e}"), "{short}");
        assert!(short.ends_with("\\u{202e}"), "{short}");
        assert!(!short.contains('\u{202e}'));
    }

    #[test]
    fn huge_text_costs_only_what_is_kept() {
        let text = "é".repeat(1 << 20);
        let short = shortened(&text, 160);
        assert_eq!(short.chars().count(), 160);
        assert!(short.capacity() < 1024);
    }
}
