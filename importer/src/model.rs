//! What both pipelines produce: a page's entries and what the importer says about its rows.

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
    pub(crate) fn skipped(line: usize, message: String) -> Diagnostic {
        Diagnostic {
            line,
            severity: Severity::Skipped,
            message,
        }
    }

    pub(crate) fn note(line: usize, message: String) -> Diagnostic {
        Diagnostic {
            line,
            severity: Severity::Note,
            message,
        }
    }
}
