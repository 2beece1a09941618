//! Codes a page lists more than once: one entry each, keeping every text the page gave.

use crate::model::{Diagnostic, Entry};
use crate::pages::tables::Section;
use std::collections::HashMap;

/// A row's texts and doc lines.
type RowText = (Option<String>, Option<String>, Vec<String>);

/// The entries in page order, the common table's rows left to `use common;` when it is
/// used, and each repeated code folded into its first entry.
pub fn merge_repeats(
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
        diagnostics.push(Diagnostic::note(
            entry.line,
            format!(
                "`{}` is listed again (first on line {}); {outcome}",
                entry.code, kept.line
            ),
        ));
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::entries::read_tables;
    use crate::pages::entries::tests::{codes, table};

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
        let page = read_tables(&tables).unwrap();
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
}
