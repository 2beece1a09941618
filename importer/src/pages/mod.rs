//! The page reader: an error-code page (Markdown or HTML) → the entries of a
//! `tc_errors!` block, with a diagnostic for every row it cannot take.

pub mod collisions;
pub mod columns;
pub mod common_table;
pub mod entries;
pub mod html;
pub mod markdown;
pub mod merge;
pub mod repeats;
pub mod source;
pub mod tables;
pub mod text;
pub mod transient;
pub mod unseen;

use crate::model::Page;
use std::fmt;

/// Why a page could not be imported at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The page is not UTF-8 (its first invalid byte is at this offset).
    NotText {
        /// The offset of the first byte that UTF-8 does not have.
        offset: usize,
    },
    /// The page holds a NUL byte, which is UTF-8 but no page's text: a binary file.
    Binary {
        /// The offset of the first NUL byte.
        offset: usize,
    },
    /// The page has no table with an error-code column.
    NoTable,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotText { offset } => write!(
                f,
                "not a text file: byte {offset} is not UTF-8 text; expected a Markdown or HTML page"
            ),
            ImportError::Binary { offset } => write!(
                f,
                "not a text file: byte {offset} is a NUL byte, as in a binary file; expected a \
                 Markdown or HTML page"
            ),
            ImportError::NoTable => f.write_str(
                "no error-code table: expected a Markdown or HTML table with an `Error Code` column",
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads an error-code page (UTF-8 Markdown or HTML; a byte-order mark is skipped).
pub fn read(page: &[u8]) -> Result<Page, ImportError> {
    let (text, unseen) = unseen::without_unseen(decode_text(page)?);
    let tables = tables::find(&text);
    let mut page = entries::read_tables(&tables).ok_or(ImportError::NoTable)?;
    page.diagnostics.extend(unseen);
    // What hides the rest of the page comes after the rows above it.
    page.diagnostics.sort_by_key(|diagnostic| diagnostic.line);
    Ok(page)
}

/// The page's text, if it is text.
fn decode_text(page: &[u8]) -> Result<&str, ImportError> {
    let page = page.strip_prefix(b"\xef\xbb\xbf").unwrap_or(page);
    let text = std::str::from_utf8(page).map_err(|error| ImportError::NotText {
        offset: error.valid_up_to(),
    })?;
    match text.find('\0') {
        Some(offset) => Err(ImportError::Binary { offset }),
        None => Ok(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Diagnostic, Severity};

    #[test]
    fn binary_and_empty_pages_are_errors() {
        assert_eq!(read(b"\x7fELF\0\0"), Err(ImportError::Binary { offset: 4 }));
        assert_eq!(
            read(b"| a | \xff |"),
            Err(ImportError::NotText { offset: 6 })
        );
        assert_eq!(read(b""), Err(ImportError::NoTable));
        assert_eq!(
            read(b"# Error codes\n\nNone yet.\n"),
            Err(ImportError::NoTable)
        );
    }

    #[test]
    fn a_table_nested_in_a_cell_leaves_the_outer_row() {
        let page = read(
            concat!(
            "<table><tr><th>Error Code</th><th>Description</th></tr>",
            "<tr><td>A.B</td><td>See <table><tr><td>X.Y</td><td>inner</td></tr></table>.</td></tr>",
            "</table>"
        )
            .as_bytes(),
        )
        .unwrap();
        assert_eq!(page.entries.len(), 1, "{page:?}");
        assert_eq!(page.entries[0].code, "A.B");
        assert_eq!(page.entries[0].english.as_deref(), Some("See X.Y inner ."));
        assert!(page.diagnostics.is_empty(), "{page:?}");
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let page = read(b"\xef\xbb\xbf| Error Code | Description |\n|-|-|\n| A | a |\n").unwrap();
        assert_eq!(page.entries[0].code, "A");
    }

    #[test]
    fn diagnostics_read_as_one_line() {
        let diagnostic = Diagnostic {
            line: 7,
            severity: Severity::Skipped,
            message: "the code cell is empty".into(),
        };
        assert_eq!(
            diagnostic.to_string(),
            "line 7: skipped: the code cell is empty"
        );
        assert!(!ImportError::NoTable.to_string().contains('\n'));
    }

    /// The codes and English texts of a page.
    fn texts(page: &str) -> Vec<(String, Option<String>)> {
        let page = read(page.as_bytes()).unwrap();
        (page.entries.into_iter())
            .map(|entry| (entry.code, entry.english))
            .collect()
    }

    fn entry(code: &str, english: &str) -> (String, Option<String>) {
        (code.to_owned(), Some(english.to_owned()))
    }

    #[test]
    fn scripts_styles_and_comments_give_no_rows_and_no_text() {
        let page = concat!(
            "<table><tr><th>Error Code</th><th>Description</th></tr>\n",
            "<script>s = '</td></tr><tr><td>Injected.Code</td><td>x';</script>\n",
            "<tr><td>A.B</td><td>Shown<style>td { color: red }</style> text.<!-- <tr><td>C.D -->\n",
            "</td></tr></table>",
        );
        assert_eq!(texts(page), [entry("A.B", "Shown text.")]);
    }

    #[test]
    fn markup_that_never_ends_is_no_code_and_no_text() {
        let html = |cells: &str| {
            format!("<table><tr><th>Error Code</th><th>Description</th></tr><tr>{cells}")
        };
        assert_eq!(
            texts(&html("<td>A.B</td><td>Text <b unclosed</td></tr></table>")),
            [entry("A.B", "Text")]
        );
        assert_eq!(
            texts(&html("<td>A.B</td><td>Text <b unclosed")),
            [entry("A.B", "Text")]
        );
        let page =
            read(html("<td>A.B</td><td>Text <!-- x</td></tr><tr><td>C.D</td></tr>").as_bytes())
                .unwrap();
        assert_eq!(page.entries.len(), 1);
        assert_eq!(page.entries[0].english.as_deref(), Some("Text"));
        assert_eq!(page.diagnostics[0].severity, Severity::Skipped);
        assert_eq!(
            texts("| Error Code | Description |\n|-|-|\n| A.B | Text <b unclosed |\n"),
            [entry("A.B", "Text")]
        );
    }

    #[test]
    fn a_tag_may_span_lines() {
        let page = "<table><tr><th>Error Code</th><th>Description</th></tr>\n<tr><td\nclass=\"code\">A.B</td><td title=\"a\nb\">Text</td></tr></table>";
        let read = read(page.as_bytes()).unwrap();
        assert_eq!(read.entries[0].code, "A.B");
        assert_eq!(read.entries[0].english.as_deref(), Some("Text"));
        // The row is on the line its first cell starts on.
        assert_eq!(read.entries[0].line, 2);
    }
}
