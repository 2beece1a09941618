//! Every service's catalog from the `errors.go` tables of Tencent's two Go SDKs: the
//! Chinese SDK's texts, the English SDK's where it has the service, merged by code (a
//! service only the English SDK has is read from it alone); the
//! seed services combined with their error-code pages; and the files that declare them
//! (one module per service, the crate's feature list and its registry).
//!
//! [`read_go_errors`] reads one `errors.go` (the rules are in `errors_go.rs`);
//! [`read_sdks`] and [`read_seeds`] read the trees and the seed list.
//!
//! [`generate`] is pure: the same sources give the same files, byte for byte, so running
//! the command twice changes nothing and a test can check the crate against its sources.

use crate::model::{Entry, Page};
use crate::pages::entries;
use crate::pages::ImportError;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

mod errors_go;
mod files;
mod input;
mod naming;
mod output;

pub use errors_go::{read_go_errors, GoCode, GoSdkError, GoSdkErrorReason, GoTable};
pub use files::{generate, service_module, FEATURES_BEGIN, FEATURES_END};
pub use input::read_file;
use input::{check_holds_services, subdirs};
pub use naming::{check_names, module_name, NameError};
pub use output::write_files;

/// A service whose module combines its SDK table with an error-code page: the page's
/// rows keep their text, the SDK adds the other language and the codes the page lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seed {
    /// The service, as in the SDK (`cbs`).
    pub service: String,
    /// The page's bytes.
    pub page: Vec<u8>,
    /// The enum's name, when it is not the default.
    pub enum_name: Option<String>,
    /// The service's full name, for the module's first line.
    pub title: Option<String>,
    /// Codes renamed since the page was written: `(old, new)`.
    pub renames: Vec<(String, String)>,
}

/// The seeds listed in `seeds.tsv` (a header line, then `service`, `page` (a file in
/// `pages_dir`), `enum` (empty for the default), `title`, and the renames as
/// `OLD=NEW` separated by spaces, tab-separated). No file read is larger than
/// `max_bytes`.
pub fn read_seeds(seeds_tsv: &Path, max_bytes: u64) -> Result<Vec<Seed>, SdkError> {
    let text = String::from_utf8(read_file(seeds_tsv, max_bytes)?).map_err(|error| {
        SdkError::Io(
            seeds_tsv.to_owned(),
            std::io::Error::new(std::io::ErrorKind::InvalidData, error),
        )
    })?;
    let dir = seeds_tsv.parent().unwrap_or(Path::new("."));
    let mut seeds = Vec::new();
    for (number, line) in text.lines().enumerate().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [service, page, enum_name, title, renames] = fields[..] else {
            return Err(SdkError::Seeds(seeds_tsv.to_owned(), number + 1));
        };
        let page_path = dir.join(page);
        let page = read_file(&page_path, max_bytes)?;
        let mut pairs = Vec::new();
        for rename in renames.split_whitespace() {
            let (old, new) = rename
                .split_once('=')
                .ok_or_else(|| SdkError::Seeds(seeds_tsv.to_owned(), number + 1))?;
            pairs.push((old.to_owned(), new.to_owned()));
        }
        let some = |text: &str| Some(text.to_owned()).filter(|text| !text.is_empty());
        seeds.push(Seed {
            service: service.to_owned(),
            page,
            enum_name: some(enum_name),
            title: some(title),
            renames: pairs,
        });
    }
    Ok(seeds)
}

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

/// A file that could not be read, with where.
#[derive(Debug)]
pub enum SdkError {
    /// A directory or file could not be read.
    Io(PathBuf, std::io::Error),
    /// An `errors.go` is malformed.
    GoSdk(PathBuf, GoSdkError),
    /// A seed page is malformed.
    Page(String, ImportError),
    /// A seed's rename does not apply.
    Rename(String, crate::pages::merge::RenameError),
    /// A service or enum name that cannot name a catalog.
    Header(String, crate::render::HeaderError),
    /// `Cargo.toml` lacks the markers around its generated features.
    NoFeatureMarkers,
    /// A line of `seeds.tsv` is not five tab-separated fields with `OLD=NEW` renames.
    Seeds(PathBuf, usize),
    /// A file is larger than the byte limit (the limit).
    TooLarge(PathBuf, u64),
    /// A directory's name is not UTF-8.
    NotUtf8Name(PathBuf),
    /// An SDK directory holds no `<service>/<version>/errors.go`.
    NoService(PathBuf),
    /// A service directory's name would break the catalogs crate.
    Name(NameError),
    /// A path of the output is a symbolic link, which is not written through.
    Symlink(PathBuf),
}

impl fmt::Display for SdkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SdkError::Io(path, error) => write!(f, "{}: {error}", path.display()),
            SdkError::GoSdk(path, error) => write!(f, "{}:{error}", path.display()),
            SdkError::Page(service, error) => write!(f, "the page of `{service}`: {error}"),
            SdkError::Rename(service, error) => write!(f, "`{service}`: {error}"),
            SdkError::Header(service, error) => write!(f, "`{service}`: {error}"),
            SdkError::Seeds(path, line) => write!(
                f,
                "{}:{line}: expected service, page, enum, title and OLD=NEW renames, tab-separated",
                path.display()
            ),
            SdkError::TooLarge(path, limit) => write!(
                f,
                "{}: it is larger than the limit of {limit} bytes",
                path.display()
            ),
            SdkError::NotUtf8Name(path) => write!(
                f,
                "{}: the directory {:?} has a name that is not UTF-8",
                path.parent().unwrap_or(path).display(),
                path.file_name().unwrap_or_default()
            ),
            SdkError::NoService(dir) => write!(
                f,
                "{}: no service here (expected `<service>/<vYYYYMMDD>/errors.go`, as in the \
                 SDK's `tencentcloud/` directory); nothing written",
                dir.display()
            ),
            SdkError::Name(error) => write!(f, "{error}; nothing written"),
            SdkError::Symlink(path) => write!(
                f,
                "{}: a symbolic link, which import-sdk does not write through; nothing written",
                path.display()
            ),
            SdkError::NoFeatureMarkers => write!(
                f,
                "Cargo.toml has no `{FEATURES_BEGIN}` … `{FEATURES_END}` lines around its generated features"
            ),
        }
    }
}

impl std::error::Error for SdkError {}

/// Every service of either SDK: the Chinese SDK's under `zh_dir`
/// (`<service>/<vYYYYMMDD>/errors.go`, newest version) with the English SDK's table of
/// the same version under `en_dir` when it has one (else its newest), and the services
/// only the English SDK has (the international site's), at their newest version. Sorted
/// by name. Either directory without a service is an error; no file read is larger
/// than `max_bytes`.
pub fn read_sdks(zh_dir: &Path, en_dir: &Path, max_bytes: u64) -> Result<Vec<Service>, SdkError> {
    check_holds_services(zh_dir)?;
    check_holds_services(en_dir)?;
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
            Some(v) => Some(read_table(&zh_dir.join(name).join(v), max_bytes)?),
            None => None,
        };
        let english = match en_version {
            Some(v) => Some(read_table(&en_dir.join(name).join(v), max_bytes)?),
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

fn read_table(dir: &Path, max_bytes: u64) -> Result<GoTable, SdkError> {
    let path = dir.join("errors.go");
    let bytes = read_file(&path, max_bytes)?;
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
        let services = read_sdks(&root.join("zh"), &root.join("en"), u64::MAX).unwrap();
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
