//! The services read from the sources: each one's tables, by SDK.

use super::errors_go::{read_go_errors, GoTable};
use super::{module_name, SdkError};
use crate::model::{Entry, Page};
use crate::pages::entries;
use std::collections::BTreeMap;
use std::path::Path;

/// One service read from the SDKs: its newest API version's tables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service {
    /// The directory name in the SDK (`cvm`).
    pub name: String,
    /// The API version directory (`v20170312`).
    pub version: String,
    /// The Chinese SDK's table, if it has the service.
    pub chinese: Option<GoTable>,
    /// The English SDK's table, if it has the service.
    pub english: Option<GoTable>,
}

/// Every service of either SDK: the Chinese SDK's under `zh_dir`
/// (`<service>/<vYYYYMMDD>/errors.go`, newest version) with the English SDK's table of
/// the same version under `en_dir` when it has one (else its newest), and the services
/// only the English SDK has (the international site's), at their newest version. Sorted
/// by name.
pub fn read_sdks(zh_dir: &Path, en_dir: &Path) -> Result<Vec<Service>, SdkError> {
    let zh_names = subdirs(zh_dir)?;
    let en_names = subdirs(en_dir)?;
    let mut names: Vec<&String> = zh_names.iter().chain(&en_names).collect();
    names.sort();
    names.dedup();
    let mut services = Vec::new();
    for name in names {
        let zh_versions = newest_first(zh_dir, name)?;
        let en_versions = newest_first(en_dir, name)?;
        // The Chinese SDK's version decides; the English table follows it if it can.
        let Some(version) = zh_versions.first().or(en_versions.first()).cloned() else {
            continue;
        };
        let en_version = if en_versions.contains(&version) {
            Some(&version)
        } else {
            en_versions.first()
        };
        let chinese = match zh_versions.first() {
            Some(v) => Some(read_table(&zh_dir.join(name).join(v))?),
            None => None,
        };
        let english = match en_version {
            Some(v) => Some(read_table(&en_dir.join(name).join(v))?),
            None => None,
        };
        services.push(Service {
            name: name.clone(),
            version,
            chinese,
            english,
        });
    }
    Ok(services)
}

/// The API versions of service `name` under `dir`, newest first; none when that SDK
/// lacks the service.
fn newest_first(dir: &Path, name: &str) -> Result<Vec<String>, SdkError> {
    let service = dir.join(name);
    if !service.is_dir() {
        return Ok(Vec::new());
    }
    let mut versions = subdirs(&service)?;
    versions.reverse();
    Ok(versions)
}

/// The sorted names of the directories in `dir`.
pub(super) fn subdirs(dir: &Path) -> Result<Vec<String>, SdkError> {
    let entries = std::fs::read_dir(dir).map_err(|e| SdkError::Io(dir.to_owned(), e))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| SdkError::Io(dir.to_owned(), e))?;
        if entry.path().is_dir() {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    names.sort();
    Ok(names)
}

fn read_table(dir: &Path) -> Result<GoTable, SdkError> {
    let path = dir.join("errors.go");
    let bytes = std::fs::read(&path).map_err(|e| SdkError::Io(path.clone(), e))?;
    read_go_errors(&bytes).map_err(|e| SdkError::GoSdk(path, e))
}

impl Service {
    /// `v20170312` → `2017-03-12`.
    pub fn api_version(&self) -> String {
        let digits = self.version.trim_start_matches('v');
        match (digits.get(..4), digits.get(4..6), digits.get(6..8)) {
            (Some(y), Some(m), Some(d)) if digits.len() == 8 => format!("{y}-{m}-{d}"),
            _ => self.version.clone(),
        }
    }

    /// The module's name: the service's, with `_` added to a Rust keyword (`as_`).
    pub fn module(&self) -> String {
        module_name(&self.name)
    }

    /// The service's table as a page: the Chinese SDK's order, the English SDK's codes
    /// the Chinese lacks after them, each code with the texts it has. A description that
    /// only repeats the code says nothing and is left out.
    pub fn page(&self) -> Page {
        let mut entries: Vec<Entry> = Vec::new();
        let mut index: BTreeMap<String, usize> = BTreeMap::new();
        let tables = (self.chinese.iter().map(|table| (table, true)))
            .chain(self.english.iter().map(|table| (table, false)));
        for (table, chinese) in tables {
            for code in &table.codes {
                let text = code
                    .text
                    .as_deref()
                    .map(clean_text)
                    .filter(|text| !text.is_empty() && *text != code.code);
                let at = *index.entry(code.code.clone()).or_insert_with(|| {
                    entries.push(Entry {
                        line: code.line,
                        code: code.code.clone(),
                        english: None,
                        chinese: None,
                        aliases: Vec::new(),
                        docs: Vec::new(),
                        name: None,
                        kind: None,
                    });
                    entries.len() - 1
                });
                let slot = if chinese {
                    &mut entries[at].chinese
                } else {
                    &mut entries[at].english
                };
                *slot = text;
            }
        }
        // A service's re-listed common codes keep its wording; `use common;` brings the rest.
        let mut page = Page {
            uses_common: true,
            entries,
            diagnostics: Vec::new(),
        };
        entries::settle(&mut page.entries, page.uses_common);
        page
    }
}

/// `text` with control characters dropped and white space folded: the SDKs' comments
/// hold a stray backspace or two.
fn clean_text(text: &str) -> String {
    let visible: String = text.chars().filter(|c| !c.is_control()).collect();
    tc_errors_internals::text::fold_whitespace(&visible)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `errors.go` files declaring one code each, at `lang/service/version`.
    fn sdk_tree(root: &Path, files: &[(&str, &str, &str, &str)]) {
        for (lang, service, version, code) in files {
            let dir = root.join(lang).join(service).join(version);
            std::fs::create_dir_all(&dir).unwrap();
            let name = code.to_uppercase().replace('.', "_");
            let go = format!(
                "package {version}\n\nconst (\n\t// {code} in {lang}.\n\t{name} = \"{code}\"\n)\n"
            );
            std::fs::write(dir.join("errors.go"), go).unwrap();
        }
    }

    fn codes(table: &Option<GoTable>) -> Vec<&str> {
        table
            .iter()
            .flat_map(|t| &t.codes)
            .map(|c| c.code.as_str())
            .collect()
    }

    #[test]
    fn services_of_either_sdk_are_read_at_the_chinese_version() {
        let root = std::env::temp_dir().join(format!("tc-errors-sdks-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        sdk_tree(
            &root,
            &[
                ("zh", "both", "v20200101", "Old.Code"),
                ("zh", "both", "v20210101", "New.Code"),
                ("en", "both", "v20200101", "Old.Code"),
                ("zh", "chinese", "v20200101", "Zh.Code"),
                ("en", "english", "v20190101", "Older.Code"),
                ("en", "english", "v20220101", "En.Code"),
            ],
        );
        let services = read_sdks(&root.join("zh"), &root.join("en")).unwrap();
        std::fs::remove_dir_all(&root).unwrap();
        let read: Vec<(&str, &str, Vec<&str>, Vec<&str>)> = services
            .iter()
            .map(|s| {
                (
                    s.name.as_str(),
                    s.version.as_str(),
                    codes(&s.chinese),
                    codes(&s.english),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                // The English SDK lacks the newest version: its newest stands in.
                ("both", "v20210101", vec!["New.Code"], vec!["Old.Code"]),
                ("chinese", "v20200101", vec!["Zh.Code"], vec![]),
                ("english", "v20220101", vec![], vec!["En.Code"]),
            ]
        );
        let english_only = services[2].page();
        assert_eq!(english_only.entries.len(), 1);
        assert_eq!(
            english_only.entries[0].english.as_deref(),
            Some("En.Code in en.")
        );
        assert_eq!(english_only.entries[0].chinese, None);
    }
}
