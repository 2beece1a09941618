//! From the tables of a page to the entries of a block: which column is which, which
//! rows can be read, whether the common table is the runtime's, repeated codes, kinds.

use crate::tables::{Section, Table, TableRow};
use crate::{collisions, text, Diagnostic, Entry, Page, Severity};
use std::collections::HashMap;
use tc_errors::{CommonError, ErrorKind};
use tc_errors_internals::naming::check_code;

/// The entries and diagnostics of a page's tables; `None` when no table has a code
/// column.
pub fn page(tables: &[(Section, Table)]) -> Option<Page> {
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
                        Err(message) => diagnostics.push(skipped(row.line, message)),
                    }
                }
            }
            Err(ColumnsError::NoCode) if *section == Section::Other => {}
            Err(error) => diagnostics.push(skipped(table.line, error.message())),
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

/// Which cell of a row holds what.
#[derive(Debug, PartialEq, Eq)]
struct Columns {
    count: usize,
    code: usize,
    description: usize,
    /// The language of the descriptions: the header's (`错误码`, `说明` are Chinese).
    chinese: bool,
    /// The other columns, with their headers, in sentence case.
    extra: Vec<(usize, String)>,
}

#[derive(Debug, PartialEq, Eq)]
enum ColumnsError {
    NoCode,
    NoDescription,
}

impl ColumnsError {
    fn message(&self) -> String {
        match self {
            ColumnsError::NoCode => "the table has no `Error Code` column".into(),
            ColumnsError::NoDescription => "the table has no `Description` column".into(),
        }
    }
}

impl Columns {
    fn of(header: &[String]) -> Result<Columns, ColumnsError> {
        let header: Vec<String> = header.iter().map(|cell| text::clean(cell)).collect();
        let find = |words: &[&str]| {
            header.iter().position(|cell| {
                let cell = cell.to_lowercase();
                words.iter().any(|word| cell.contains(word))
            })
        };
        let code = find(&["code", "错误码"]).ok_or(ColumnsError::NoCode)?;
        let chinese = header[code].contains("错误码");
        let description = find(&["description", "说明", "描述"])
            // A two-column table needs no header to say which column describes.
            .or_else(|| (header.len() == 2).then(|| 1 - code))
            .ok_or(ColumnsError::NoDescription)?;
        let extra = header
            .iter()
            .enumerate()
            .filter(|&(i, cell)| i != code && i != description && !cell.is_empty())
            .map(|(i, cell)| (i, sentence_case(cell)))
            .collect();
        Ok(Columns {
            count: header.len(),
            code,
            description,
            chinese,
            extra,
        })
    }

    /// The entry of a row, or why it cannot be read. An empty description is no reason:
    /// the code is declared alone.
    fn read(&self, row: &TableRow) -> Result<Entry, String> {
        if row.cells.len() != self.count {
            return Err(format!(
                "the row has {} cells but the table has {} columns (is there an unescaped `|`?)",
                row.cells.len(),
                self.count
            ));
        }
        let code = text::clean(&row.cells[self.code]);
        let code = code
            .strip_prefix('`')
            .and_then(|code| code.strip_suffix('`'))
            .unwrap_or(&code);
        if code.is_empty() {
            return Err("the code cell is empty".into());
        }
        if let Err(problem) = check_code(code) {
            return Err(format!("`{code}` is not an error code: {problem}"));
        }
        let description = Some(text::clean(&row.cells[self.description]))
            .filter(|description| !description.is_empty());
        let (english, chinese) = if self.chinese {
            (None, description)
        } else {
            (description, None)
        };
        let docs = self
            .extra
            .iter()
            .filter_map(|(i, header)| {
                let value = text::clean(&row.cells[*i]);
                (!value.is_empty()).then(|| format!("{header}: {}", full_stop(&value)))
            })
            .collect();
        Ok(Entry {
            line: row.line,
            code: code.to_owned(),
            english,
            chinese,
            aliases: Vec::new(),
            docs,
            name: None,
            kind: None,
        })
    }
}

/// `Error Type` → `Error type`.
fn sentence_case(header: &str) -> String {
    let mut chars = header.chars();
    chars
        .next()
        .map(|first| {
            first
                .to_uppercase()
                .chain(chars.flat_map(char::to_lowercase))
                .collect()
        })
        .unwrap_or_default()
}

/// `text` ending with a full stop (or the `?`/`!` it has).
fn full_stop(text: &str) -> String {
    if text.ends_with(['.', '?', '!']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// Whether the block can say `use common;`: the page has a common-code table and every
/// code in it is the runtime's. If not, a note says which codes are not.
fn common_table_is_runtimes(
    tables: &[(Section, Table)],
    read: &[(Section, Entry)],
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    let Some((_, first_common)) = tables
        .iter()
        .find(|(section, _)| *section == Section::Common)
    else {
        return false;
    };
    let common_rows = read
        .iter()
        .filter(|(section, _)| *section == Section::Common);
    let mut strangers: Vec<&str> = Vec::new();
    for (_, entry) in common_rows.clone() {
        let code = entry.code.as_str();
        if CommonError::from_code(code).is_none() && !strangers.contains(&code) {
            strangers.push(code);
        }
    }
    if common_rows.count() == 0 {
        return false;
    }
    if strangers.is_empty() {
        return true;
    }
    let mut named: Vec<String> = strangers
        .iter()
        .take(3)
        .map(|code| format!("`{code}`"))
        .collect();
    if strangers.len() > 3 {
        named.push(format!("{} more", strangers.len() - 3));
    }
    diagnostics.push(note(
        first_common.line,
        format!(
            "the common-code table lists codes the runtime's common set lacks ({}), so its rows are entries of the block",
            named.join(", ")
        ),
    ));
    false
}

/// A row's texts and doc lines.
type RowText = (Option<String>, Option<String>, Vec<String>);

/// The entries in page order, the common table's rows left to `use common;` when it is
/// used, and each repeated code folded into its first entry.
fn merge_repeats(
    read: Vec<(Section, Entry)>,
    uses_common: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    // Per code: its entry, and each text the page has given it so far.
    let mut seen: HashMap<String, (usize, Vec<RowText>)> = HashMap::new();
    for (section, entry) in read {
        if uses_common && section == Section::Common {
            continue;
        }
        let text = (
            entry.english.clone(),
            entry.chinese.clone(),
            entry.docs.clone(),
        );
        let Some((first, texts)) = seen.get_mut(&entry.code) else {
            seen.insert(entry.code.clone(), (entries.len(), vec![text]));
            entries.push(entry);
            continue;
        };
        let kept = &mut entries[*first];
        let outcome = if texts.contains(&text) {
            "the text is the same"
        } else {
            let given: Vec<&str> = [&entry.english, &entry.chinese]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect();
            let mut also = format!("Also listed as: {}", given.join(" / "));
            if !entry.docs.is_empty() {
                also = format!("{also} ({})", entry.docs.join(" "));
            }
            kept.docs.push(also);
            texts.push(text);
            "its text is kept as a doc line of that entry"
        };
        diagnostics.push(note(
            entry.line,
            format!(
                "`{}` is listed again (first on line {}); {outcome}",
                entry.code, kept.line
            ),
        ));
    }
    entries
}

/// Words that tell the caller to try again later, in either language.
const LATER: &[&str] = &[
    "try again later",
    "请稍后重试",
    "稍后再试",
    "稍后重试",
    "请稍后再试",
];

/// Whether `text` tells the caller to try again later, in English (any capitalisation)
/// or in Chinese: the rule that marks an entry `#[kind(Transient)]`.
pub fn says_try_again_later(text: &str) -> bool {
    let text = text.to_lowercase();
    LATER.iter().any(|words| text.contains(words))
}

/// `#[kind(Transient)]` for a code whose text (either language) says to try again later,
/// unless its category is retryable already.
fn kind_attribute(entry: &Entry) -> Option<ErrorKind> {
    let says_later = [&entry.english, &entry.chinese]
        .into_iter()
        .flatten()
        .any(|text| says_try_again_later(text));
    (says_later && !ErrorKind::of_code(&entry.code).is_retryable()).then_some(ErrorKind::Transient)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(header: &[&str], rows: &[&[&str]]) -> Table {
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

    fn codes(page: &Page) -> Vec<&str> {
        page.entries
            .iter()
            .map(|entry| entry.code.as_str())
            .collect()
    }

    #[test]
    fn columns_are_found_by_their_headers() {
        let columns = Columns::of(&[
            " <b>Error Code</b>".into(),
            "Error Type".into(),
            "Description".into(),
        ])
        .unwrap();
        assert_eq!(
            columns,
            Columns {
                count: 3,
                code: 0,
                description: 2,
                chinese: false,
                extra: vec![(1, "Error type".into())]
            }
        );
        assert_eq!(
            Columns::of(&["Description".into(), "Code".into()])
                .unwrap()
                .description,
            0
        );
        assert_eq!(
            Columns::of(&["Code".into(), "Meaning".into()])
                .unwrap()
                .description,
            1
        );
        assert_eq!(
            Columns::of(&["Parameter".into(), "Type".into()]),
            Err(ColumnsError::NoCode)
        );
        assert_eq!(
            Columns::of(&["Code".into(), "A".into(), "B".into()]),
            Err(ColumnsError::NoDescription)
        );
        // Found by fuzzing: the code in a third column, and no description column.
        assert_eq!(
            Columns::of(&["A".into(), "B".into(), "Code".into()]),
            Err(ColumnsError::NoDescription)
        );
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
        let page = page(&tables).unwrap();
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
    fn a_table_of_the_runtimes_common_codes_becomes_use_common() {
        let tables = vec![
            (
                Section::Common,
                table(
                    &["Error Code", "Description"],
                    &[&["InternalError", "Internal error."]],
                ),
            ),
            (
                Section::Service,
                table(
                    &["Error Code", "Description"],
                    &[&["InternalError", "Ours."], &["A.B", "b"]],
                ),
            ),
        ];
        let page = page(&tables).unwrap();
        assert!(page.uses_common);
        assert_eq!(codes(&page), ["InternalError", "A.B"]);
        assert_eq!(page.entries[0].english.as_deref(), Some("Ours."));
        assert!(page.diagnostics.is_empty());
    }

    #[test]
    fn a_common_table_with_other_codes_is_imported_row_by_row() {
        let tables = vec![(
            Section::Common,
            table(
                &["Error Code", "Description"],
                &[&["InternalError", "Internal."], &["My.Code", "Mine."]],
            ),
        )];
        let page = page(&tables).unwrap();
        assert!(!page.uses_common);
        assert_eq!(codes(&page), ["InternalError", "My.Code"]);
        assert_eq!(page.diagnostics.len(), 1);
        assert_eq!(page.diagnostics[0].severity, Severity::Note);
        assert!(
            page.diagnostics[0].message.contains("(`My.Code`)"),
            "{:?}",
            page.diagnostics
        );
    }

    #[test]
    fn repeated_codes_are_one_entry_that_keeps_every_text() {
        let tables = vec![(
            Section::Service,
            table(
                &["Error Code", "Error Type", "Description"],
                &[
                    &["AuthFailure", "To the API", "Not authorized for the API."],
                    &[
                        "AuthFailure",
                        "To the resource",
                        "Not authorized for the resource.",
                    ],
                    &["AuthFailure", "To the API", "Not authorized for the API."],
                ],
            ),
        )];
        let page = page(&tables).unwrap();
        assert_eq!(codes(&page), ["AuthFailure"]);
        assert_eq!(
            page.entries[0].docs,
            [
                "Error type: To the API.",
                "Also listed as: Not authorized for the resource. (Error type: To the resource.)"
            ]
        );
        let messages: Vec<String> = page.diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "line 4: note: `AuthFailure` is listed again (first on line 3); its text is kept as a doc line of that entry",
                "line 5: note: `AuthFailure` is listed again (first on line 3); the text is the same",
            ]
        );
    }

    /// The kind decided for `code` with these texts.
    fn kind_of(code: &str, english: Option<&str>, chinese: Option<&str>) -> Option<ErrorKind> {
        kind_attribute(&Entry {
            line: 1,
            code: code.into(),
            english: english.map(Into::into),
            chinese: chinese.map(Into::into),
            aliases: Vec::new(),
            docs: Vec::new(),
            name: None,
            kind: None,
        })
    }

    #[test]
    fn try_again_later_is_transient_unless_the_category_retries() {
        assert_eq!(
            kind_of(
                "InvalidDisk.SnapshotCreating",
                Some("Busy. Try again later."),
                None
            ),
            Some(ErrorKind::Transient)
        );
        assert_eq!(
            kind_of("ResourceCreating", Some("please TRY AGAIN LATER"), None),
            Some(ErrorKind::Transient)
        );
        assert_eq!(
            kind_of("InternalError.X", Some("Try again later."), None),
            None
        );
        assert_eq!(
            kind_of("InvalidParameter.X", Some("Verify it and try again."), None),
            None
        );
        for chinese in ["云盘正忙，请稍后重试。", "系统繁忙，请稍后再试", "稍后重试"]
        {
            assert_eq!(
                kind_of("InvalidDisk.SnapshotCreating", None, Some(chinese)),
                Some(ErrorKind::Transient),
                "{chinese}"
            );
        }
        assert_eq!(
            kind_of("InvalidDisk.SnapshotCreating", None, Some("云盘正忙。")),
            None
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
        let page = page(&tables).unwrap();
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
        assert_eq!(page(&[(Section::Other, parameters.clone())]), None);
        let page = page(&[
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

    #[test]
    fn headers_and_stops() {
        assert_eq!(sentence_case("Error Type"), "Error type");
        assert_eq!(sentence_case(""), "");
        assert_eq!(full_stop("Key does not exist."), "Key does not exist.");
        assert_eq!(full_stop("token error"), "token error.");
    }
}
