//! Importing a Tencent Cloud error-code page into a [`tc_errors!`](tc_errors::tc_errors)
//! block.
//!
//! [`read`] takes the page — the Markdown layout (pipe tables under "Common Error Codes"
//! and "Service Error Codes" or "Business Error Codes" headings, in any capitalisation)
//! or an HTML `<table>` with code, error type and description columns — and gives a
//! [`Page`]: the entries of the block in page order, whether it can say `use common;`, and
//! a [`Diagnostic`] for every row it could not take as it stands. [`Page::render`] writes
//! the module, in the layout of the `tc-error-catalogs` crate.
//!
//! ```
//! use tc_errors_importer::{self as import, Header};
//!
//! let page = "\
//! ### Service Error Codes
//!
//! | Error Code | Description |
//! |---|---|
//! | InvalidDisk.SnapshotCreating | A snapshot is being created. Try again later. |
//! | InvalidDisk.Expire | The cloud disk has  expired. |
//! ";
//! let page = import::read(page.as_bytes()).unwrap();
//! let header = Header::new("cbs", None).unwrap().title("Cloud Block Storage");
//! assert_eq!(page.render(&header), "\
//! //! Cloud Block Storage (`cbs`) error codes.
//!
//! tc_errors::tc_errors! {
//!     /// Cloud Block Storage (`cbs`) error codes.
//!     #[non_exhaustive]
//!     pub enum CbsError {
//!         #[kind(Transient)]
//!         \"InvalidDisk.SnapshotCreating\" => \"A snapshot is being created. Try again later.\",
//!         \"InvalidDisk.Expire\" => \"The cloud disk has expired.\",
//!     }
//! }
//! ");
//! ```
//!
//! # What the importer decides
//!
//! - **Common codes.** When every code of the page's common-code tables is one of
//!   [`CommonError`](tc_errors::CommonError)'s, the block says `use common;` and those rows
//!   are not repeated (the runtime's wording stands for them). Otherwise the common rows
//!   become entries like the service rows, and a note says why.
//! - **Descriptions** are cleaned: HTML tags stripped, entities decoded, UTF-8 read as
//!   Windows-1252 repaired (`youâ€™ve` → `you’ve`), white space folded. Columns other than
//!   the code and the description (the legacy page's "Error Type") become doc lines.
//! - **Languages.** A table whose header is Chinese (`错误码`, `说明`; sections
//!   `公共错误码`, `业务错误码`) gives Chinese texts, any other English texts;
//!   [`Page::merge`] adds the same service's page in the other language.
//! - **Renames.** [`Page::rename`] gives a code Tencent renamed its current spelling and
//!   keeps the page's as `#[alias(…)]`.
//! - **Kinds.** A text that says "try again later" (any capitalisation) or `请稍后重试`,
//!   `稍后再试`, … marks the
//!   entry `#[kind(Transient)]`, unless its category is retryable already
//!   ([`ErrorKind::of_code`](tc_errors::ErrorKind::of_code)).
//! - **A repeated code** (the legacy page lists `AuthFailure` three times) is one entry:
//!   the first row's description, and a doc line `Also listed as: …` for each later row
//!   that says something else. Each repeat is a [`Severity::Note`].
//! - **Names.** Codes are named by the macro's own rule (`InvalidDisk.Busy` →
//!   `InvalidDiskBusy`). When two codes would share a name, the common code keeps it if
//!   one of them is common, else the first code in page order whose segments all start
//!   with a capital (the code "as written"), else the first in page order. Each other code
//!   gets `#[name(…)]`: the name with `Lower` appended when the code has a segment that
//!   starts in lower case (`MissingParameter.cmq` → `MissingParameterCmqLower`), else the
//!   name with the smallest number from 2 up that is free.
//! - **Codes without text.** A row whose description is empty is the code alone
//!   (`"Code",`).
//! - **Rows it cannot read** — an empty or malformed code, a row
//!   whose cells do not match the header — are left out of the block and reported as
//!   [`Severity::Skipped`]: nothing is dropped without a diagnostic.

#![forbid(unsafe_code)]

pub mod go_sdk;
mod pages;
mod render;

/// The Go-SDK pipeline, by its earlier name.
pub use go_sdk as sdk;
pub use pages::merge::RenameError;
pub use pages::transient::says_try_again_later;
pub use render::{Header, HeaderError};

use std::fmt;
use tc_errors::ErrorKind;

/// A page read into the entries of a `tc_errors!` block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    /// Whether the block says `use common;`: the page has a common-code table and every
    /// code in it is one of the runtime's common codes.
    pub uses_common: bool,
    /// The entries, in page order.
    pub entries: Vec<Entry>,
    /// What the importer could not take as it stands, in page order.
    pub diagnostics: Vec<Diagnostic>,
}

/// One entry of the block: `"Code" => "English" / "中文",` (or the shorter forms) with
/// its attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The line of the page the row is on.
    pub line: usize,
    /// The error code.
    pub code: String,
    /// The cleaned English text, if the page (or a merged page) gives one.
    pub english: Option<String>,
    /// The cleaned Chinese text, if the page (or a merged page) gives one.
    pub chinese: Option<String>,
    /// Earlier spellings of the code, for `#[alias(…)]`.
    pub aliases: Vec<String>,
    /// Extra doc lines: the page's other columns, repeated rows.
    pub docs: Vec<String>,
    /// The `#[name(…)]` the entry needs, when the naming rule would collide.
    pub name: Option<String>,
    /// The `#[kind(…)]` the entry needs, when its category's kind is not the right one.
    pub kind: Option<ErrorKind>,
}

/// Something about a row (or a table) that the importer reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The line of the page.
    pub line: usize,
    /// Whether the row was left out or only needs a look.
    pub severity: Severity,
    /// What is wrong, in one line.
    pub message: String,
}

/// How a [`Diagnostic`] affected the block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The row (or table) could not be read and is not in the block.
    Skipped,
    /// The row is in the block, in a form the page did not spell out (such as a repeated
    /// code folded into its first entry).
    Note,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Skipped => "skipped",
            Severity::Note => "note",
        };
        write!(f, "line {}: {severity}: {}", self.line, self.message)
    }
}

impl Diagnostic {
    fn skipped(line: usize, message: String) -> Diagnostic {
        Diagnostic {
            line,
            severity: Severity::Skipped,
            message,
        }
    }

    fn note(line: usize, message: String) -> Diagnostic {
        Diagnostic {
            line,
            severity: Severity::Note,
            message,
        }
    }
}

/// Why a page could not be imported at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The page is not UTF-8 text (a NUL byte, or invalid UTF-8, at this byte offset).
    NotText {
        /// The offset of the first byte that text does not have.
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
            ImportError::NoTable => f.write_str(
                "no error-code table: expected a Markdown or HTML table with an `Error Code` column",
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads an error-code page (UTF-8 Markdown or HTML; a byte-order mark is skipped).
pub fn read(page: &[u8]) -> Result<Page, ImportError> {
    let text = decode_text(page)?;
    let tables = pages::tables::find(text);
    pages::entries::read_tables(&tables).ok_or(ImportError::NoTable)
}

/// The page's text, if it is text.
fn decode_text(page: &[u8]) -> Result<&str, ImportError> {
    let page = page.strip_prefix(b"\xef\xbb\xbf").unwrap_or(page);
    let text = std::str::from_utf8(page).map_err(|error| ImportError::NotText {
        offset: error.valid_up_to(),
    })?;
    match text.find('\0') {
        Some(offset) => Err(ImportError::NotText { offset }),
        None => Ok(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_and_empty_pages_are_errors() {
        assert_eq!(
            read(b"\x7fELF\0\0"),
            Err(ImportError::NotText { offset: 4 })
        );
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
}

// The crate README's example is compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
