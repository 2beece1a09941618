//! From the tables of a page to the entries of a block: each table's rows read through
//! its columns, then what needs every row — the common table, repeated codes, kinds and
//! names.

use crate::model::{Diagnostic, Entry, Page};
use crate::pages::collisions;
use crate::pages::columns::{Columns, ColumnsError};
use crate::pages::common_table::common_table_is_runtimes;
use crate::pages::repeats::merge_repeats;
use crate::pages::source::Table;
use crate::pages::tables::Section;
use crate::pages::transient::kind_attribute;

/// The entries and diagnostics of a page's tables; `None` when no table has a code
/// column.
pub fn read_tables(tables: &[(Section, Table)]) -> Option<Page> {
    let mut diagnostics = Vec::new();
    let mut read = Vec::new();
    let mut any_code_table = false;
    for (section, table) in tables {
        match Columns::of(&table.header) {
            Ok(columns) => {
                any_code_table = true;
                for row in &table.rows {
                    match columns.read(row) {
                        Ok(entry) => read.push((*section, entry)),
                        Err(message) => diagnostics.push(Diagnostic::skipped(row.line, message)),
                    }
                }
            }
            Err(ColumnsError::NoCode) if *section == Section::Other => {}
            Err(error) => diagnostics.push(Diagnostic::skipped(table.line, error.message())),
        }
    }
    if !any_code_table {
        return None;
    }
    let uses_common = common_table_is_runtimes(tables, &read, &mut diagnostics);
    let mut entries = merge_repeats(read, uses_common, &mut diagnostics);
    settle(&mut entries, uses_common);
    diagnostics.sort_by_key(|diagnostic| diagnostic.line);
    Some(Page {
        uses_common,
        entries,
        diagnostics,
    })
}

/// Decides what depends on the whole block: each entry's `#[kind(…)]` and `#[name(…)]`.
/// Run again after entries change (a merged page, a renamed code).
pub fn settle(entries: &mut [Entry], uses_common: bool) {
    for entry in entries.iter_mut() {
        entry.kind = kind_attribute(entry);
    }
    collisions::name(entries, uses_common);
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::pages::source::TableRow;
    use tc_errors::ErrorKind;

    /// A table on line 1 whose rows are on lines 3, 4, …, as in Markdown.
    pub(crate) fn table(header: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            line: 1,
            header: header.iter().map(|cell| cell.to_string()).collect(),
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, cells)| TableRow {
                    line: i + 3,
                    cells: cells.iter().map(|cell| cell.to_string()).collect(),
                })
                .collect(),
        }
    }

    /// The codes of the page's entries, in order.
    pub(crate) fn codes(page: &Page) -> Vec<&str> {
        page.entries
            .iter()
            .map(|entry| entry.code.as_str())
            .collect()
    }

    #[test]
    fn bad_rows_are_skipped_with_their_line_and_an_empty_description_is_a_code_alone() {
        let tables = vec![(
            Section::Service,
            table(
                &["Error Code", "Description"],
                &[
                    &[" ", "Empty code."],
                    &["Invalid Disk", "Space."],
                    &["A.B", " "],
                    &["A.C", "one", "two"],
                    &["`A.D`", "Backticks &amp; entities."],
                ],
            ),
        )];
        let page = read_tables(&tables).unwrap();
        assert_eq!(codes(&page), ["A.B", "A.D"]);
        assert_eq!(
            (
                page.entries[0].english.as_deref(),
                page.entries[0].chinese.as_deref()
            ),
            (None, None)
        );
        assert_eq!(
            page.entries[1].english.as_deref(),
            Some("Backticks & entities.")
        );
        let messages: Vec<String> = page.diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "line 3: skipped: the code cell is empty",
                "line 4: skipped: `Invalid Disk` is not an error code: error code contains white space; codes are `Category.Detail`",
                "line 6: skipped: the row has 3 cells but the table has 2 columns (is there an unescaped `|`?)",
            ]
        );
    }

    #[test]
    fn a_chinese_table_gives_chinese_texts() {
        let tables = vec![(
            Section::Service,
            table(
                &["错误码", "说明"],
                &[
                    &["InvalidDisk.SnapshotCreating", "云盘正忙，请稍后重试。"],
                    &["InvalidDisk.Expired", ""],
                ],
            ),
        )];
        let page = read_tables(&tables).unwrap();
        assert_eq!(
            codes(&page),
            ["InvalidDisk.SnapshotCreating", "InvalidDisk.Expired"]
        );
        assert_eq!(
            page.entries[0].chinese.as_deref(),
            Some("云盘正忙，请稍后重试。")
        );
        assert_eq!(page.entries[0].english, None);
        assert_eq!(page.entries[0].kind, Some(ErrorKind::Transient));
        assert_eq!(page.entries[1].chinese, None);
        assert!(page.diagnostics.is_empty(), "{:?}", page.diagnostics);
    }

    #[test]
    fn tables_outside_error_code_sections_need_a_code_column_to_count() {
        let parameters = table(&["Parameter", "Description"], &[&["Limit", "How many."]]);
        assert_eq!(read_tables(&[(Section::Other, parameters.clone())]), None);
        let page = read_tables(&[
            (Section::Service, parameters),
            (
                Section::Other,
                table(&["Code", "Description"], &[&["A", "a"]]),
            ),
        ])
        .unwrap();
        assert_eq!(codes(&page), ["A"]);
        assert_eq!(
            page.diagnostics[0].to_string(),
            "line 1: skipped: the table has no `Error Code` column"
        );
    }
}
