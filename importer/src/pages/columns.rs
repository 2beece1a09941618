//! Which column of a table is which, and reading a row through them into an entry.

use crate::model::Entry;
use crate::pages::source::TableRow;
use crate::pages::text;
use tc_errors_internals::naming::check_code;

/// Which cell of a row holds what.
#[derive(Debug, PartialEq, Eq)]
pub struct Columns {
    count: usize,
    code: usize,
    description: usize,
    /// The language of the descriptions: the header's (`错误码`, `说明` are Chinese).
    chinese: bool,
    /// The other columns, with their headers, in sentence case.
    extra: Vec<(usize, String)>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum ColumnsError {
    NoCode,
    NoDescription,
}

impl ColumnsError {
    pub fn message(&self) -> String {
        match self {
            ColumnsError::NoCode => "the table has no `Error Code` column".into(),
            ColumnsError::NoDescription => "the table has no `Description` column".into(),
        }
    }
}

impl Columns {
    pub fn of(header: &[String]) -> Result<Columns, ColumnsError> {
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
    pub fn read(&self, row: &TableRow) -> Result<Entry, String> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn headers_and_stops() {
        assert_eq!(sentence_case("Error Type"), "Error type");
        assert_eq!(sentence_case(""), "");
        assert_eq!(full_stop("Key does not exist."), "Key does not exist.");
        assert_eq!(full_stop("token error"), "token error.");
    }
}
