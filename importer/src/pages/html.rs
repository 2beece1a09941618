//! Reading an HTML `<table>`: one row per `<tr>`, one cell per `<td>` or `<th>`, the
//! cells' inner HTML kept for [`super::text::clean`]. A table nested in a cell is part of
//! that cell's HTML: its rows are not the outer table's, and its text becomes the cell's.

use crate::pages::source::{Line, Table, TableRow};
use crate::pages::text::{markup, tag_name, Markup};

/// Where `<table` starts in `line` (any capitalisation), if it does.
pub fn table_start(line: &str) -> Option<usize> {
    line.to_ascii_lowercase().find("<table")
}

/// The table whose `<table` tag is on `lines[0]` at byte `start`, and how many lines it
/// spans up to its `</table>` (or to the end of the page when the tag is never closed).
/// The first row is the header.
pub fn read_table(lines: &[Line<'_>], start: usize) -> Option<(Table, usize)> {
    let first = lines.first()?;
    let mut reader = Reader::default();
    let mut spans = 0;
    for (i, line) in lines.iter().enumerate() {
        spans = i + 1;
        let text = if i == 0 {
            first.text.get(start..)?
        } else {
            line.text
        };
        if reader.feed(line.number, text) {
            break;
        }
    }
    reader.finish_row();
    let mut rows = reader.rows.into_iter();
    let header = rows.next().map(|row| row.cells).unwrap_or_default();
    let table = Table {
        line: first.number,
        header,
        rows: rows.collect(),
    };
    Some((table, spans))
}

/// The rows read so far and the cell being read, fed one line at a time so that each row
/// knows the line of its first cell.
#[derive(Default)]
struct Reader {
    rows: Vec<TableRow>,
    row: Option<TableRow>,
    cell: Option<String>,
    /// Whether the table's own `<table` tag has been read.
    opened: bool,
    /// How many tables inside this one are open: their tags are cell text.
    nested: usize,
    /// A tag that a line ended inside, with the line it started on.
    partial: Option<(usize, String)>,
}

impl Reader {
    /// Reads one line; true once the table is closed.
    fn feed(&mut self, number: usize, line: &str) -> bool {
        let joined;
        let mut rest = line;
        if let Some((start, mut tag)) = self.partial.take() {
            tag.push('\n');
            tag.push_str(line);
            joined = tag;
            let Markup::Tag(len) = markup(&joined) else {
                self.partial = Some((start, joined));
                return false;
            };
            if self.tag(start, &joined[..len]) {
                return true;
            }
            rest = &joined[len..];
        }
        while let Some(open) = rest.find('<') {
            self.text(&rest[..open]);
            let after = &rest[open..];
            match markup(after) {
                Markup::Tag(len) => {
                    if self.tag(number, &after[..len]) {
                        return true;
                    }
                    rest = &after[len..];
                }
                // The tag goes on on the next line; one that never ends is dropped.
                Markup::Unterminated => {
                    self.partial = Some((number, after.to_owned()));
                    return false;
                }
                Markup::Text => {
                    self.text("<");
                    rest = &after[1..];
                }
            }
        }
        self.text(rest);
        self.text("\n");
        false
    }

    /// Reads a tag that starts on line `number`; true when it closes the table.
    fn tag(&mut self, number: usize, tag: &str) -> bool {
        let closing = tag.starts_with("</");
        match (tag_name(tag).as_str(), closing) {
            ("table", false) if !self.opened => self.opened = true,
            ("table", false) => {
                self.nested += 1;
                self.text(tag);
            }
            ("table", true) if self.nested > 0 => {
                self.nested -= 1;
                self.text(tag);
            }
            ("table", true) => return true,
            // The rows and cells of a nested table belong to the cell's text.
            ("tr" | "td" | "th", _) if self.nested > 0 => self.text(tag),
            ("tr", _) => self.finish_row(),
            ("td" | "th", false) => {
                self.finish_cell();
                // A row's line is its first cell's: the code is there.
                self.row.get_or_insert_with(|| TableRow {
                    line: number,
                    cells: Vec::new(),
                });
                self.cell = Some(String::new());
            }
            ("td" | "th", true) => self.finish_cell(),
            // Other tags belong to the cell's text, for `clean` to strip.
            _ => self.text(tag),
        }
        false
    }

    fn text(&mut self, text: &str) {
        if let Some(cell) = &mut self.cell {
            cell.push_str(text);
        }
    }

    fn finish_cell(&mut self) {
        if let (Some(cell), Some(row)) = (self.cell.take(), &mut self.row) {
            row.cells.push(cell);
        }
    }

    fn finish_row(&mut self) {
        self.finish_cell();
        if let Some(row) = self.row.take() {
            if !row.cells.is_empty() {
                self.rows.push(row);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::source::lines;

    #[test]
    fn rows_and_cells_keep_their_lines_and_inner_html() {
        let page = lines(concat!(
            "<TABLE class=\"t\">\n",
            "<tbody><tr>\n",
            "<th> <b>Error Code</b>\n",
            "</th><th> Description\n",
            "</th></tr>\n",
            "<tr>\n",
            "<td> InvalidParameter\n",
            "</td><td>See <a href=\"/x\">this</a> &amp; that.\n",
            "</td></tr>\n",
            "</tbody></table>\n",
            "after",
        ));
        let (table, spans) = read_table(&page, 0).unwrap();
        assert_eq!(spans, 10);
        assert_eq!(table.line, 1);
        assert_eq!(table.header, [" <b>Error Code</b>\n", " Description\n"]);
        assert_eq!(table.rows.len(), 1);
        assert_eq!(table.rows[0].line, 7);
        assert_eq!(
            table.rows[0].cells,
            [
                " InvalidParameter\n",
                "See <a href=\"/x\">this</a> &amp; that.\n"
            ]
        );
    }

    #[test]
    fn cells_need_no_closing_tags_and_an_open_table_runs_to_the_end() {
        let page = lines("text <table><tr><th>Code<th>Description<tr><td>A<td>a < b");
        let start = table_start(page[0].text).unwrap();
        let (table, spans) = read_table(&page, start).unwrap();
        assert_eq!(spans, 1);
        assert_eq!(table.header, ["Code", "Description"]);
        assert_eq!(table.rows[0].cells, ["A", "a < b\n"]);
    }

    #[test]
    fn a_table_nested_in_a_cell_is_part_of_that_cell() {
        let page = lines(concat!(
            "<table><tr><th>Error Code</th><th>Description</th></tr>\n",
            "<tr><td>A.B</td><td>Outer <TABLE><tr><td>Inner.Code</td><td>inner text</td></tr>\n",
            "<tr><td>Deeper <table><tr><td>x</td></tr></table></td></tr></table> tail</td></tr>\n",
            "<tr><td>A.C</td><td>c</td></tr></table>\n",
            "<tr><td>Not.Read</td><td>after the table</td></tr>",
        ));
        let (table, spans) = read_table(&page, 0).unwrap();
        assert_eq!(spans, 4);
        assert_eq!(table.rows.len(), 2, "{:?}", table.rows);
        assert_eq!(table.rows[0].line, 2);
        assert_eq!(table.rows[0].cells[0], "A.B");
        assert_eq!(
            crate::pages::text::clean(&table.rows[0].cells[1]),
            "Outer Inner.Code inner text Deeper x tail"
        );
        assert_eq!(table.rows[1].cells, ["A.C", "c"]);
    }

    #[test]
    fn the_table_tag_is_found_in_any_case() {
        assert_eq!(table_start("  <Table>"), Some(2));
        assert_eq!(table_start("| a | b |"), None);
    }
}
