//! Changes to a read page before it is rendered: the same service's page in the other
//! language merged in, and codes Tencent renamed given their current spelling.

use crate::model::{Entry, Page};
use crate::pages::entries;
use std::collections::HashMap;
use std::fmt;
use tc_errors_internals::naming::check_code;

impl Page {
    /// Adds the texts of `other`, the same service's page in another language: an entry
    /// takes each text it lacks from `other`'s entry with the same code, and `other`'s
    /// codes this page lacks are appended in `other`'s order. `other`'s diagnostics are
    /// its own (their lines are in the other page) and are not carried over.
    pub fn merge(&mut self, other: Page) {
        let mut index: HashMap<String, usize> = (self.entries.iter().enumerate())
            .map(|(i, entry)| (entry.code.clone(), i))
            .collect();
        for theirs in other.entries {
            match index.get(&theirs.code) {
                Some(&at) => {
                    let ours = &mut self.entries[at];
                    if ours.english.is_none() {
                        ours.english = theirs.english;
                    }
                    if ours.chinese.is_none() {
                        ours.chinese = theirs.chinese;
                    }
                }
                None => {
                    index.insert(theirs.code.clone(), self.entries.len());
                    self.entries.push(theirs);
                }
            }
        }
        entries::settle(&mut self.entries, self.uses_common);
    }

    /// Gives the entry for `old` its current spelling `new`, keeping `old` as an alias
    /// (`#[alias("old")]`), so that both spellings parse to one variant.
    pub fn rename(&mut self, old: &str, new: &str) -> Result<(), RenameError> {
        check_code(new).map_err(|problem| RenameError::BadNew {
            new: new.to_owned(),
            problem: problem.to_string(),
        })?;
        if self.entries.iter().any(|entry| entry.code == new) {
            return Err(RenameError::NewIsListed(new.to_owned()));
        }
        let entry: &mut Entry = self
            .entries
            .iter_mut()
            .find(|entry| entry.code == old)
            .ok_or_else(|| RenameError::OldNotListed(old.to_owned()))?;
        entry
            .aliases
            .push(std::mem::replace(&mut entry.code, new.to_owned()));
        entries::settle(&mut self.entries, self.uses_common);
        Ok(())
    }
}

/// Why [`Page::rename`] refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RenameError {
    /// The page has no entry with the old spelling.
    OldNotListed(String),
    /// The page already lists the new spelling as a code of its own.
    NewIsListed(String),
    /// The new spelling is not an error code.
    BadNew {
        /// The new spelling.
        new: String,
        /// What is wrong with it.
        problem: String,
    },
}

impl fmt::Display for RenameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenameError::OldNotListed(code) => write!(f, "the page does not list `{code}`"),
            RenameError::NewIsListed(code) => {
                write!(f, "the page already lists `{code}` as a code of its own")
            }
            RenameError::BadNew { new, problem } => {
                write!(
                    f,
                    "the new spelling {new:?} is not an error code: {problem}"
                )
            }
        }
    }
}

impl std::error::Error for RenameError {}

#[cfg(test)]
mod tests {
    use super::RenameError;
    use crate::model::{Entry, Page};
    use crate::pages::read;

    const ENGLISH: &str = "\
### Service Error Codes

| Error Code | Description |
|---|---|
| InvalidDisk.SnapshotCreating | The cloud disk is busy. |
| ZoneNotMatch | The zone does not match. |
";

    const CHINESE: &str = "\
### 业务错误码

| 错误码 | 说明 |
|---|---|
| InvalidDisk.SnapshotCreating | 云盘正忙，请稍后重试。 |
| InvalidDisk.Expired | 云盘已过期。 |
";

    #[test]
    fn an_english_and_a_chinese_page_give_one_catalog_with_both_texts() {
        let mut page = read(ENGLISH.as_bytes()).unwrap();
        page.merge(read(CHINESE.as_bytes()).unwrap());
        let texts: Vec<(&str, Option<&str>, Option<&str>)> = page
            .entries
            .iter()
            .map(|e| (e.code.as_str(), e.english.as_deref(), e.chinese.as_deref()))
            .collect();
        assert_eq!(
            texts,
            [
                (
                    "InvalidDisk.SnapshotCreating",
                    Some("The cloud disk is busy."),
                    Some("云盘正忙，请稍后重试。")
                ),
                ("ZoneNotMatch", Some("The zone does not match."), None),
                ("InvalidDisk.Expired", None, Some("云盘已过期。")),
            ]
        );
        // The Chinese text says to try again later: the kind is decided on the merge.
        assert_eq!(page.entries[0].kind, Some(tc_errors::ErrorKind::Transient));
    }

    #[test]
    fn a_renamed_code_keeps_its_old_spelling_as_an_alias() {
        let mut page = read(ENGLISH.as_bytes()).unwrap();
        page.rename("ZoneNotMatch", "ResourceUnavailable.ZoneNotMatch")
            .unwrap();
        assert_eq!(page.entries[1].code, "ResourceUnavailable.ZoneNotMatch");
        assert_eq!(page.entries[1].aliases, ["ZoneNotMatch"]);
        assert_eq!(
            page.rename("Nope", "A.B"),
            Err(RenameError::OldNotListed("Nope".into()))
        );
        assert_eq!(
            page.rename("InvalidDisk.Busy", "ResourceUnavailable.ZoneNotMatch"),
            Err(RenameError::NewIsListed(
                "ResourceUnavailable.ZoneNotMatch".into()
            ))
        );
    }
    #[test]
    fn a_rename_to_what_is_no_code_is_refused() {
        let mut page = read(ENGLISH.as_bytes()).unwrap();
        for bad in ["Bad Code\"", "x y", "Ünï.Code", "", ".A", "1A", "A..B"] {
            let error = page.rename("ZoneNotMatch", bad).unwrap_err();
            assert!(
                matches!(&error, RenameError::BadNew { new, .. } if new == bad),
                "{error}"
            );
        }
        assert_eq!(page.entries[1].code, "ZoneNotMatch");
        assert_eq!(
            page.rename("ZoneNotMatch", "x y").unwrap_err().to_string(),
            "the new spelling \"x y\" is not an error code: error code contains white space; \
             codes are `Category.Detail`"
        );
    }
    /// A page of `count` codes `C.N<i>` from `first` on, each with one text.
    fn numbered(first: usize, count: usize, chinese: bool) -> Page {
        let entries = (first..first + count)
            .map(|i| {
                let text = Some(format!("text {i}"));
                Entry {
                    line: i,
                    code: format!("C.N{i}"),
                    english: text.clone().filter(|_| !chinese),
                    chinese: text.filter(|_| chinese),
                    aliases: Vec::new(),
                    docs: Vec::new(),
                    name: None,
                    kind: None,
                }
            })
            .collect();
        Page {
            uses_common: false,
            entries,
            diagnostics: Vec::new(),
        }
    }

    #[test]
    fn a_merge_of_large_pages_looks_each_code_up_once() {
        // Looking every code up in a list made this ~10^9 comparisons.
        let rows = 50_000;
        let mut page = numbered(0, rows, false);
        page.merge(numbered(rows / 2, rows, true));
        assert_eq!(page.entries.len(), rows * 3 / 2);
        let both = (page.entries.iter())
            .filter(|entry| entry.english.is_some() && entry.chinese.is_some())
            .count();
        assert_eq!(both, rows / 2);
        assert_eq!(page.entries[rows].code, format!("C.N{rows}"));
    }
}
