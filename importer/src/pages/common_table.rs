//! The page's common-code table held against the runtime's common set, which decides
//! `use common;`.

use crate::model::{Diagnostic, Entry};
use crate::pages::source::Table;
use crate::pages::tables::Section;
use tc_errors::CommonError;
use tc_errors::ErrorCode;

/// Whether the block can say `use common;`: the page has a common-code table and every
/// code in it is the runtime's. If not, a note says which codes are not.
pub fn common_table_is_runtimes(
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
    diagnostics.push(Diagnostic::note(
        first_common.line,
        format!(
            "the common-code table lists codes the runtime's common set lacks ({}), so its rows are entries of the block",
            named.join(", ")
        ),
    ));
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Severity;
    use crate::pages::entries::read_tables;
    use crate::pages::entries::tests::{codes, table};

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
        let page = read_tables(&tables).unwrap();
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
        let page = read_tables(&tables).unwrap();
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
}
