//! Choosing a `#[name(…)]` for each code whose variant name, by the macro's rule, another
//! code already has (the rule itself is in `naming.rs`, shared with the macro).

use crate::model::Entry;
use std::collections::HashSet;
use tc_errors::CommonError;
use tc_errors::ErrorCode;
use tc_errors_internals::naming::{is_valid_variant_name, variant_name};

/// Sets `name` on each entry whose rule-given name collides with another entry's or,
/// with `use common;`, with a common variant's.
///
/// The rule-given name goes to the common code if one of the colliding codes is common,
/// else to the first code in page order that is written as its name is (every segment
/// starts with a capital), else to the first in page order. Every other code, in page
/// order, takes the name with `Lower` appended when the code has a segment starting in
/// lower case, else the name with the smallest free number from 2 up.
pub fn name(entries: &mut [Entry], uses_common: bool) {
    let is_common_variant = |code: &str| uses_common && CommonError::from_code(code).is_some();
    let mut taken: HashSet<String> = HashSet::new();
    if uses_common {
        // A common variant's name is the one `Debug` prints, whatever rule gave it.
        taken.extend(CommonError::ALL.iter().map(|common| format!("{common:?}")));
    }
    let mut order: Vec<usize> = (0..entries.len())
        .filter(|&i| !is_common_variant(&entries[i].code))
        .collect();
    order.sort_by_key(|&i| (!is_written_as_named(&entries[i].code), i));
    let mut unnamed = Vec::new();
    for i in order {
        let plain = variant_name(&entries[i].code);
        if !(is_valid_variant_name(&plain) && taken.insert(plain)) {
            unnamed.push(i);
        }
    }
    unnamed.sort_unstable();
    for i in unnamed {
        let plain = variant_name(&entries[i].code);
        let lower = has_lower_case_segment(&entries[i].code).then(|| format!("{plain}Lower"));
        // Of `taken.len() + 1` numbers one is free: the search ends even for a name that
        // no number makes valid.
        let numbered = (2..taken.len() + 3).map(|n| format!("{plain}{n}"));
        let chosen = lower
            .into_iter()
            .chain(numbered)
            .find(|name| is_valid_variant_name(name) && !taken.contains(name));
        if let Some(chosen) = chosen {
            taken.insert(chosen.clone());
            entries[i].name = Some(chosen);
        }
    }
}

/// Whether the code's name is the code without its dots (`InvalidDisk.Busy`), not a
/// re-capitalised one (`MissingParameter.cmq`).
fn is_written_as_named(code: &str) -> bool {
    variant_name(code) == code.replace('.', "")
}

fn has_lower_case_segment(code: &str) -> bool {
    code.split('.')
        .any(|segment| segment.starts_with(|c: char| c.is_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(codes: &[&str]) -> Vec<Entry> {
        codes
            .iter()
            .enumerate()
            .map(|(i, code)| Entry {
                line: i + 1,
                code: code.to_string(),
                english: Some("d".into()),
                chinese: None,
                aliases: Vec::new(),
                docs: Vec::new(),
                name: None,
                kind: None,
            })
            .collect()
    }

    fn names(codes: &[&str], uses_common: bool) -> Vec<Option<String>> {
        let mut entries = entries(codes);
        name(&mut entries, uses_common);
        entries.into_iter().map(|entry| entry.name).collect()
    }

    #[test]
    fn codes_that_do_not_collide_need_no_name() {
        assert_eq!(
            names(&["InvalidDisk.Busy", "MissingParameter.cmq"], true),
            [None, None]
        );
    }

    #[test]
    fn the_code_written_as_named_keeps_the_name() {
        assert_eq!(
            names(&["MissingParameter.cmq", "MissingParameter.Cmq"], false),
            [Some("MissingParameterCmqLower".into()), None]
        );
        assert_eq!(
            names(&["A.BC", "AB.C", "A.b.C"], false),
            [None, Some("ABC2".into()), Some("ABCLower".into())]
        );
    }

    #[test]
    fn a_common_variant_keeps_its_name() {
        // `internalError` would be `InternalError`, the common variant's name.
        assert_eq!(
            names(&["InternalError", "internalError"], true),
            [None, Some("InternalErrorLower".into())]
        );
        assert_eq!(
            names(&["Internal.Error"], true),
            [Some("InternalError2".into())]
        );
        assert_eq!(names(&["Internal.Error"], false), [None]);
    }

    #[test]
    fn a_keyword_gets_another_name() {
        assert_eq!(names(&["self"], false), [Some("SelfLower".into())]);
        assert_eq!(names(&["Self"], false), [Some("Self2".into())]);
    }
    #[test]
    fn a_name_no_number_makes_valid_ends_the_search() {
        // Not a code the reader takes, but the search must still end.
        assert_eq!(names(&["Bad Code", "Bad Code"], false), [None, None]);
    }
}
