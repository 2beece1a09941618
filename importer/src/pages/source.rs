//! The page as written: its numbered lines, and a table's cells as the readers of each
//! format find them, not yet cleaned.

/// One line of the page, with its 1-based number.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    pub number: usize,
    pub text: &'a str,
}

/// A table as written: the header's cells and each row's cells, not yet cleaned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The line the table starts on.
    pub line: usize,
    pub header: Vec<String>,
    pub rows: Vec<TableRow>,
}

/// One body row of a [`Table`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableRow {
    /// The line of the row (of its first cell, in HTML).
    pub line: usize,
    pub cells: Vec<String>,
}

/// The lines of `page`, numbered from 1.
pub fn lines(page: &str) -> Vec<Line<'_>> {
    page.lines()
        .enumerate()
        .map(|(i, text)| Line {
            number: i + 1,
            text,
        })
        .collect()
}

/// Whether `line` opens or closes a fenced code block (```` ``` ```` or `~~~`), whose
/// contents are examples, not data.
pub fn is_fence(line: &str) -> bool {
    let trimmed = line.trim_start();
    trimmed.starts_with("```") || trimmed.starts_with("~~~")
}
