//! Reading a Markdown pipe table (`| Error Code | Description |` over `|---|---|`).

use crate::pages::source::{Line, Table, TableRow};

/// Whether `line` can be a row of a pipe table.
pub fn is_table_row(line: &str) -> bool {
    line.trim_start().starts_with('|')
}

/// Whether `line` is a pipe table's delimiter row, such as `|:-------|:-----|`.
pub fn is_delimiter_row(line: &str) -> bool {
    let cells = split_row(line);
    !cells.is_empty()
        && cells.iter().all(|cell| {
            let dashes = cell.trim().trim_start_matches(':').trim_end_matches(':');
            !dashes.is_empty() && dashes.bytes().all(|b| b == b'-')
        })
}

/// The table that starts at `lines[0]` (its header) when `lines[1]` is a delimiter row,
/// and how many lines it spans. The body runs to the first line that is not a row.
pub fn read_table(lines: &[Line<'_>]) -> Option<(Table, usize)> {
    let (header, delimiter) = (lines.first()?, lines.get(1)?);
    if !is_table_row(header.text) || !is_delimiter_row(delimiter.text) {
        return None;
    }
    let body: Vec<TableRow> = lines[2..]
        .iter()
        .take_while(|line| is_table_row(line.text))
        .map(|line| TableRow {
            line: line.number,
            cells: split_row(line.text),
        })
        .collect();
    let spans = 2 + body.len();
    let table = Table {
        line: header.number,
        header: split_row(header.text),
        rows: body,
    };
    Some((table, spans))
}

/// The cells of a row, as written between its pipes; `\|` is a pipe inside a cell.
pub fn split_row(line: &str) -> Vec<String> {
    let inner = line.trim();
    let inner = inner.strip_prefix('|').unwrap_or(inner);
    let inner = match inner.strip_suffix('|') {
        Some(stripped) if !stripped.ends_with('\\') => stripped,
        _ => inner,
    };
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push('|');
                chars.next();
            }
            '|' => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::source::lines;

    #[test]
    fn rows_split_on_unescaped_pipes() {
        assert_eq!(split_row("| A.B | Text. |"), [" A.B ", " Text. "]);
        assert_eq!(split_row("A | b \\| c"), ["A ", " b | c"]);
        assert_eq!(split_row("| only |"), [" only "]);
        assert_eq!(split_row("| a | b\\|"), [" a ", " b|"]);
    }

    #[test]
    fn delimiter_rows_are_recognised() {
        assert!(is_delimiter_row("|--------|------|"));
        assert!(is_delimiter_row("|:-------|:-----:|"));
        assert!(!is_delimiter_row("| Error Code | Description |"));
        assert!(!is_delimiter_row("|  |  |"));
    }

    #[test]
    fn a_table_ends_at_the_first_line_that_is_not_a_row() {
        let page = lines("| Code | Description |\n|---|---|\n| A | a |\n| B | b |\n\n| C | c |");
        let (table, spans) = read_table(&page).unwrap();
        assert_eq!(spans, 4);
        assert_eq!(table.line, 1);
        assert_eq!(table.header, [" Code ", " Description "]);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[1].line, 4);
        assert_eq!(table.rows[1].cells, [" B ", " b "]);
    }

    #[test]
    fn a_row_without_a_delimiter_is_not_a_table() {
        assert!(read_table(&lines("| Code | Description |\n| A | a |")).is_none());
        assert!(read_table(&lines("| Code | Description |")).is_none());
    }
}
