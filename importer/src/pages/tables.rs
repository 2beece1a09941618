//! Finding the tables of a page and the section each one is in.
//!
//! A page is read line by line: Markdown headings (`### Common Error Codes`) and one-line
//! HTML headings (`<h3>…</h3>`) open sections, and a table is either a Markdown pipe table
//! or an HTML `<table>` (seed 003 is Markdown around an HTML table). Tables inside fenced
//! code blocks are examples, not data.

use crate::pages::source::{is_fence, lines, Table};
use crate::pages::{html, markdown, text};

/// What the heading above a table says it lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// "Common Error Codes" (`公共错误码`): the codes every service shares.
    Common,
    /// "Service Error Codes" or "Business Error Codes" (`业务错误码`, `服务错误码`): the
    /// service's own codes.
    Service,
    /// Any other heading, or none yet.
    Other,
}

/// The section a heading's text opens.
pub fn section_of(heading: &str) -> Section {
    let heading = text::clean(heading).to_lowercase();
    if heading.contains("common error code") || heading.contains("公共错误码") {
        Section::Common
    } else if [
        "service error code",
        "business error code",
        "业务错误码",
        "服务错误码",
    ]
    .iter()
    .any(|words| heading.contains(words))
    {
        Section::Service
    } else {
        Section::Other
    }
}

/// The text of a Markdown (`## Text`) or one-line HTML (`<h2>Text</h2>`) heading.
fn heading_text(line: &str) -> Option<&str> {
    let line = line.trim();
    let hashes = line.len() - line.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) {
        let rest = &line[hashes..];
        return (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some(rest);
    }
    let name = text::tag_name(line);
    let is_heading = line.starts_with('<')
        && name.len() == 2
        && name.starts_with('h')
        && name.as_bytes()[1].is_ascii_digit();
    is_heading.then_some(line)
}

/// Every table of the page, in page order, with the section it is in.
pub fn find(page: &str) -> Vec<(Section, Table)> {
    let lines = lines(page);
    let mut found = Vec::new();
    let mut section = Section::Other;
    let mut in_fence = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].text;
        if is_fence(line) {
            in_fence = !in_fence;
        }
        if in_fence {
            i += 1;
            continue;
        }
        if let Some(heading) = heading_text(line) {
            section = section_of(heading);
            i += 1;
            continue;
        }
        let table = match html::table_start(line) {
            Some(start) => html::read_table(&lines[i..], start),
            None => markdown::read_table(&lines[i..]),
        };
        match table {
            Some((table, spans)) => {
                found.push((section, table));
                i += spans;
            }
            None => i += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_name_sections_in_any_capitalisation() {
        assert_eq!(section_of(" Common Error Codes"), Section::Common);
        assert_eq!(section_of("1. common error codes"), Section::Common);
        assert_eq!(section_of("Service Error Codes"), Section::Service);
        assert_eq!(section_of("Business error codes"), Section::Service);
        assert_eq!(section_of("Error Code List"), Section::Other);
        assert_eq!(
            section_of("<h3>Business Error Codes</h3>"),
            Section::Service
        );
    }

    #[test]
    fn headings_are_markdown_or_html() {
        assert_eq!(heading_text("### Common"), Some(" Common"));
        assert_eq!(heading_text("#hashtag"), None);
        assert_eq!(heading_text("####### seven"), None);
        assert_eq!(heading_text("<h2>Codes</h2>"), Some("<h2>Codes</h2>"));
        assert_eq!(heading_text("<hr>"), None);
        assert_eq!(heading_text("| a | b |"), None);
    }

    #[test]
    fn tables_are_found_with_their_sections() {
        let page = "\
## Common Error Codes

| Error Code | Description |
|---|---|
| InternalError | Internal error. |

```
| Code | Description |
|---|---|
| InFence | not data |
```

### Service Error Codes
<table><tr><th>Error Code</th><th>Description</th></tr>
<tr><td>A.B</td><td>a</td></tr></table>
";
        let tables = find(page);
        assert_eq!(tables.len(), 2);
        assert_eq!(tables[0].0, Section::Common);
        assert_eq!(tables[0].1.line, 3);
        assert_eq!(tables[0].1.rows[0].line, 5);
        assert_eq!(tables[1].0, Section::Service);
        assert_eq!(tables[1].1.rows[0].cells, ["A.B", "a"]);
        assert_eq!(tables[1].1.rows[0].line, 15);
    }
}
