//! The services read from the sources: each one's API versions, and what each SDK has
//! of them.

use super::actions::{read_actions, Action, ACTIONS_FILE};
use super::errors_go::{read_go_errors, GoTable};
use super::input::{check_holds_services, read_file, subdirs};
use super::{module_name, ApiVersion, SdkError};
use crate::model::{Entry, Page};
use crate::pages::entries;
use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// One service read from the sources: every API version either SDK has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service {
    /// The directory name in the SDK (`cvm`).
    pub name: String,
    /// Its API versions, oldest first.
    pub versions: Vec<ServiceVersion>,
}

/// One API version of a service, as each SDK has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceVersion {
    /// The version (`2017-03-12`).
    pub version: ApiVersion,
    /// The Chinese SDK's, if it has this version.
    pub chinese: Option<SdkVersion>,
    /// The English SDK's, if it has this version.
    pub english: Option<SdkVersion>,
}

/// One SDK's sources of one API version of a service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SdkVersion {
    /// Its `errors.go`.
    pub table: GoTable,
    /// Its `actions.txt`.
    pub actions: Vec<Action>,
}

/// What [`read_sdks`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sources {
    /// Every service of either SDK, sorted by name.
    pub services: Vec<Service>,
    /// The directories of a service that are not API versions (`vYYYYMMDD`), skipped.
    pub not_versions: Vec<PathBuf>,
}

/// What the sources hold, as the import reports it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Services.
    pub services: usize,
    /// API versions, over every service.
    pub versions: usize,
    /// Actions, over every version ([`ServiceVersion::actions`]).
    pub actions: usize,
    /// (action, code) pairs.
    pub pairs: usize,
    /// Actions whose request takes a `ClientToken`.
    pub client_token: usize,
    /// Actions both SDKs have with lists of different codes.
    pub differing: usize,
    /// Codes a version declares that none of its actions lists.
    pub unlisted: usize,
}

impl Sources {
    /// What the sources hold.
    pub fn counts(&self) -> Counts {
        let mut counts = Counts {
            services: self.services.len(),
            ..Counts::default()
        };
        for version in self.services.iter().flat_map(|s| &s.versions) {
            let actions = version.actions();
            counts.versions += 1;
            counts.actions += actions.len();
            counts.pairs += actions.iter().map(|a| a.codes.len()).sum::<usize>();
            counts.client_token += actions.iter().filter(|a| a.client_token).count();
            counts.differing += version.differing_actions();
            counts.unlisted += version.unlisted().len();
        }
        counts
    }
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} services, {} API versions, {} actions ({} take a ClientToken) listing {} codes; \
             {} actions listed differently by the two SDKs (the Chinese lists kept); \
             {} codes declared but listed by no action",
            self.services,
            self.versions,
            self.actions,
            self.client_token,
            self.pairs,
            self.differing,
            self.unlisted
        )
    }
}

/// Every service of either SDK, with every API version either has: the Chinese SDK's
/// sources under `zh_dir`, the English SDK's under `en_dir`, each
/// `<service>/<vYYYYMMDD>/errors.go` and, if the version's actions are known,
/// `actions.txt` beside it.
///
/// # Errors
///
/// A file that cannot be read, is larger than `max_bytes` or is malformed, with its path
/// and line; either directory without a service.
pub fn read_sdks(zh_dir: &Path, en_dir: &Path, max_bytes: u64) -> Result<Sources, SdkError> {
    check_holds_services(zh_dir)?;
    check_holds_services(en_dir)?;
    let mut not_versions = Vec::new();
    // Service → version → (Chinese, English).
    type Found = BTreeMap<String, BTreeMap<ApiVersion, [Option<SdkVersion>; 2]>>;
    let mut found = Found::new();
    for (slot, dir) in [zh_dir, en_dir].into_iter().enumerate() {
        for name in subdirs(dir)? {
            let versions = found.entry(name.clone()).or_default();
            for version_dir in subdirs(&dir.join(&name))? {
                let path = dir.join(&name).join(&version_dir);
                match ApiVersion::from_dir(&version_dir) {
                    Some(version) => {
                        versions.entry(version).or_default()[slot] =
                            Some(read_version(&path, max_bytes)?);
                    }
                    None => not_versions.push(path),
                }
            }
        }
    }
    let services = found
        .into_iter()
        .filter(|(_, versions)| !versions.is_empty())
        .map(|(name, versions)| Service {
            name,
            versions: versions
                .into_iter()
                .map(|(version, [chinese, english])| ServiceVersion {
                    version,
                    chinese,
                    english,
                })
                .collect(),
        })
        .collect();
    Ok(Sources {
        services,
        not_versions,
    })
}

/// One SDK's `errors.go` and `actions.txt` (none: no actions) in `dir`.
fn read_version(dir: &Path, max_bytes: u64) -> Result<SdkVersion, SdkError> {
    let path = dir.join("errors.go");
    let bytes = read_file(&path, max_bytes)?;
    let table = read_go_errors(&bytes).map_err(|e| SdkError::GoSdk(path, e))?;
    let path = dir.join(ACTIONS_FILE);
    let actions = if path.exists() {
        let bytes = read_file(&path, max_bytes)?;
        read_actions(&bytes).map_err(|e| SdkError::GoSdk(path, e))?
    } else {
        Vec::new()
    };
    Ok(SdkVersion { table, actions })
}

impl Service {
    /// The module's name: the service's, with `_` added to a Rust keyword (`as_`).
    pub fn module(&self) -> String {
        module_name(&self.name)
    }

    /// The service's codes as a page: the union of every version's, newest version
    /// first, in each the Chinese SDK's order and then the English SDK's codes the
    /// Chinese lacks. Each language's text is the one of the newest version that has the
    /// code with a text in that language; a description that only repeats the code says
    /// nothing and is left out.
    pub fn page(&self) -> Page {
        let mut entries: Vec<Entry> = Vec::new();
        let mut index: BTreeMap<&str, usize> = BTreeMap::new();
        for version in self.versions.iter().rev() {
            let tables = (version.chinese.iter().map(|sdk| (&sdk.table, true)))
                .chain(version.english.iter().map(|sdk| (&sdk.table, false)));
            for (table, chinese) in tables {
                for code in &table.codes {
                    let at = *index.entry(&code.code).or_insert_with(|| {
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
                    if slot.is_none() {
                        *slot = code
                            .text
                            .as_deref()
                            .map(clean_text)
                            .filter(|text| !text.is_empty() && *text != code.code);
                    }
                }
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

impl ServiceVersion {
    /// The version's actions, by name: each with the Chinese SDK's list when it has the
    /// action, else the English SDK's.
    pub fn actions(&self) -> Vec<&Action> {
        let mut actions: BTreeMap<&str, &Action> = BTreeMap::new();
        // The English lists first, so that the Chinese ones replace them.
        for sdk in self.english.iter().chain(&self.chinese) {
            for action in &sdk.actions {
                actions.insert(&action.name, action);
            }
        }
        actions.into_values().collect()
    }

    /// The codes the version declares (in either SDK's `errors.go`) that none of its
    /// [`actions`](Self::actions) lists, in declaration order.
    pub fn unlisted(&self) -> Vec<&str> {
        let listed: HashSet<&str> = (self.actions().into_iter())
            .flat_map(|action| &action.codes)
            .map(String::as_str)
            .collect();
        let mut seen = HashSet::new();
        (self.chinese.iter().chain(&self.english))
            .flat_map(|sdk| &sdk.table.codes)
            .map(|code| code.code.as_str())
            .filter(|code| !listed.contains(code) && seen.insert(*code))
            .collect()
    }

    /// How many actions both SDKs have with lists of different codes (the Chinese one is
    /// the action's).
    pub fn differing_actions(&self) -> usize {
        let (Some(chinese), Some(english)) = (&self.chinese, &self.english) else {
            return 0;
        };
        let english: BTreeMap<&str, &Action> = english
            .actions
            .iter()
            .map(|a| (a.name.as_str(), a))
            .collect();
        (chinese.actions.iter())
            .filter(|action| {
                english
                    .get(action.name.as_str())
                    .is_some_and(|other| !same_codes(action, other))
            })
            .count()
    }
}

/// Whether two actions list the same codes, in whatever order.
fn same_codes(one: &Action, other: &Action) -> bool {
    let set = |action: &Action| action.codes.iter().cloned().collect::<HashSet<String>>();
    set(one) == set(other)
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

    /// `(lang, service, version, [(code, text)])`.
    type Version<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, &'a str)]);

    /// Writes, at `lang/service/version`, an `errors.go` declaring each code with its
    /// text (none when empty) and an `actions.txt` where one action lists them all.
    fn sdk_tree(root: &Path, files: &[Version]) {
        for (lang, service, version, codes) in files {
            let dir = root.join(lang).join(service).join(version);
            std::fs::create_dir_all(&dir).unwrap();
            let mut go = format!("package {version}\n\nconst (\n");
            for (code, text) in *codes {
                let name = code.to_uppercase().replace('.', "_");
                go.push_str(&format!("\t// {text}\n\t{name} = \"{code}\"\n\n"));
            }
            go.push_str(")\n");
            std::fs::write(dir.join("errors.go"), go).unwrap();
            let listed: Vec<&str> = codes.iter().map(|(code, _)| *code).collect();
            let actions = format!("DoIt: {}\n", listed.join(" "));
            std::fs::write(dir.join(ACTIONS_FILE), actions).unwrap();
        }
    }

    #[test]
    fn every_version_of_either_sdk_is_read_and_the_newest_text_wins_per_language() {
        let root = std::env::temp_dir().join(format!("tc-errors-sdks-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        sdk_tree(
            &root,
            &[
                (
                    "zh",
                    "both",
                    "v20200101",
                    &[("Old.Code", "旧"), ("Both.Code", "旧文")],
                ),
                (
                    "zh",
                    "both",
                    "v20210101",
                    &[("Both.Code", ""), ("New.Code", "新")],
                ),
                ("en", "both", "v20200101", &[("Both.Code", "old text")]),
                ("en", "both", "v20190101", &[("Both.Code", "older text")]),
                ("zh", "both", "latest", &[]),
                ("en", "english", "v20220101", &[("En.Code", "English")]),
            ],
        );
        let sources = read_sdks(&root.join("zh"), &root.join("en"), u64::MAX).unwrap();
        std::fs::remove_dir_all(&root).unwrap();
        assert_eq!(sources.not_versions, [root.join("zh/both/latest")]);
        let versions: Vec<(&str, Vec<String>)> = sources
            .services
            .iter()
            .map(|s| {
                let versions = s.versions.iter().map(|v| v.version.to_string());
                (s.name.as_str(), versions.collect())
            })
            .collect();
        assert_eq!(
            versions,
            [
                (
                    "both",
                    vec![
                        "2019-01-01".into(),
                        "2020-01-01".into(),
                        "2021-01-01".into()
                    ]
                ),
                ("english", vec!["2022-01-01".into()]),
            ]
        );
        let entries: Vec<(String, Option<String>, Option<String>)> = sources.services[0]
            .page()
            .entries
            .into_iter()
            .map(|e| (e.code, e.chinese, e.english))
            .collect();
        let some = |text: &str| Some(text.to_owned());
        assert_eq!(
            entries,
            [
                // The newest version's codes first; its empty text gives way to an older one.
                ("Both.Code".into(), some("旧文"), some("old text")),
                ("New.Code".into(), some("新"), None),
                ("Old.Code".into(), some("旧"), None),
            ]
        );
        let english_only = sources.services[1].page();
        assert_eq!(english_only.entries.len(), 1);
        assert_eq!(english_only.entries[0].english, some("English"));
        assert_eq!(english_only.entries[0].chinese, None);
    }

    fn sdk(codes: &[&str], actions: &[(&str, bool, &[&str])]) -> SdkVersion {
        let table = GoTable {
            codes: (codes.iter().enumerate())
                .map(|(line, code)| crate::go_sdk::GoCode {
                    code: (*code).to_owned(),
                    text: None,
                    line,
                })
                .collect(),
        };
        let actions = (actions.iter())
            .map(|(name, client_token, codes)| Action {
                name: (*name).to_owned(),
                client_token: *client_token,
                codes: codes.iter().map(|&c| c.to_owned()).collect(),
            })
            .collect();
        SdkVersion { table, actions }
    }

    #[test]
    fn a_version_takes_the_chinese_lists_and_the_english_ones_the_chinese_sdk_lacks() {
        let version = ServiceVersion {
            version: ApiVersion::from_dir("v20170312").unwrap(),
            chinese: Some(sdk(
                &["A", "B", "C"],
                &[
                    ("RunInstances", true, &["A", "B"]),
                    ("StopInstances", false, &["A"]),
                ],
            )),
            english: Some(sdk(
                &["A", "B", "D", "E"],
                &[
                    ("DescribeOld", false, &["D"]),
                    ("RunInstances", false, &["A"]),
                    ("StopInstances", false, &["A"]),
                ],
            )),
        };
        let actions: Vec<(&str, bool, &[String])> = (version.actions().into_iter())
            .map(|a| (a.name.as_str(), a.client_token, &a.codes[..]))
            .collect();
        let strings = |codes: &[&str]| codes.iter().map(|&c| c.to_owned()).collect::<Vec<_>>();
        assert_eq!(
            actions,
            [
                ("DescribeOld", false, &strings(&["D"])[..]),
                ("RunInstances", true, &strings(&["A", "B"])[..]),
                ("StopInstances", false, &strings(&["A"])[..]),
            ]
        );
        assert_eq!(version.unlisted(), ["C", "E"]);
        assert_eq!(version.differing_actions(), 1);
        let sources = Sources {
            services: vec![Service {
                name: "cvm".into(),
                versions: vec![version],
            }],
            not_versions: Vec::new(),
        };
        let counts = sources.counts();
        assert_eq!(
            (
                counts.actions,
                counts.pairs,
                counts.client_token,
                counts.differing,
                counts.unlisted
            ),
            (3, 4, 1, 1, 2)
        );
    }
}
