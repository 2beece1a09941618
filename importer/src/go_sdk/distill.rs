//! `import-sdk --distill`: from checkouts of Tencent's two Go SDKs, the sources the
//! catalogs are generated from. For each SDK and each version of each of its services,
//! `<lang>/<service>/<vYYYYMMDD>/errors.go` as Tencent wrote it and the distilled
//! [`actions.txt`](super::actions) of its `client.go` and `models.go`; and each SDK's
//! `LICENSE`.

use super::actions::{write_actions, Action, ACTIONS_FILE};
use super::errors_go::utf8;
use super::input::{read_file, subdirs};
use super::{read_go_client, read_go_errors, read_go_models, ApiVersion, SdkError};
use super::{GoSdkError, GoSdkErrorReason};
use std::path::{Path, PathBuf};

/// The sources distilled from the checkouts.
#[derive(Debug, Default)]
pub struct Distilled {
    /// Every file, as (path under the sources directory, contents), in path order.
    pub files: Vec<(PathBuf, String)>,
    /// The directories of a service that are not API versions (`vYYYYMMDD`), skipped.
    pub not_versions: Vec<PathBuf>,
}

/// The language directories of the sources: the Chinese SDK's, then the English SDK's.
pub const LANGUAGES: [&str; 2] = ["zh", "en"];

/// The shared code of the SDK, beside the services under `tencentcloud/`.
const NOT_A_SERVICE: &str = "common";

/// Reads the checkouts of the Chinese SDK (`tencentcloud-sdk-go`) and the English one
/// (`tencentcloud-sdk-go-intl-en`): each holds `LICENSE` and
/// `tencentcloud/<service>/<vYYYYMMDD>/{errors.go,client.go,models.go}`.
///
/// # Errors
///
/// A file that cannot be read, is larger than `max_bytes` or is malformed, with its path
/// and line; an action whose request type `models.go` lacks.
pub fn distill(
    zh_checkout: &Path,
    en_checkout: &Path,
    max_bytes: u64,
) -> Result<Distilled, SdkError> {
    let mut distilled = Distilled::default();
    for (lang, checkout) in LANGUAGES.into_iter().zip([zh_checkout, en_checkout]) {
        let license = checkout.join("LICENSE");
        let text = String::from_utf8(read_file(&license, max_bytes)?).map_err(|error| {
            let error = std::io::Error::new(std::io::ErrorKind::InvalidData, error);
            SdkError::Io(license.clone(), error)
        })?;
        distilled
            .files
            .push((Path::new(lang).join("LICENSE"), text));
        let root = checkout.join("tencentcloud");
        for service in subdirs(&root)? {
            if service == NOT_A_SERVICE {
                continue;
            }
            for dir in subdirs(&root.join(&service))? {
                let Some(version) = ApiVersion::from_dir(&dir) else {
                    distilled.not_versions.push(root.join(&service).join(dir));
                    continue;
                };
                let from = root.join(&service).join(version.dir());
                let to = Path::new(lang).join(&service).join(version.dir());
                let path = from.join("errors.go");
                let bytes = read_file(&path, max_bytes)?;
                // Kept as Tencent wrote it, once it reads (so it is UTF-8).
                let go = |e| SdkError::GoSdk(path.clone(), e);
                read_go_errors(&bytes).map_err(go)?;
                let errors = utf8(&bytes).map_err(go)?.to_owned();
                let actions = version_actions(&from, max_bytes)?;
                let sdk_dir = format!("tencentcloud/{service}/{}", version.dir());
                distilled.files.push((to.join("errors.go"), errors));
                let text = write_actions(&sdk_dir, &actions);
                distilled.files.push((to.join(ACTIONS_FILE), text));
            }
        }
    }
    distilled.files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(distilled)
}

/// The actions of the version in `dir`: `client.go`'s, each with whether its request in
/// `models.go` takes a `ClientToken`.
fn version_actions(dir: &Path, max_bytes: u64) -> Result<Vec<Action>, SdkError> {
    let client = dir.join("client.go");
    let models = dir.join("models.go");
    let actions = read_go_client(&read_file(&client, max_bytes)?)
        .map_err(|e| SdkError::GoSdk(client.clone(), e))?;
    let requests =
        read_go_models(&read_file(&models, max_bytes)?).map_err(|e| SdkError::GoSdk(models, e))?;
    actions
        .into_iter()
        .map(|action| {
            let Some(request) = requests.get(&action.name) else {
                let reason = GoSdkErrorReason::NoRequest {
                    name: action.name.clone(),
                };
                return Err(SdkError::GoSdk(
                    client.clone(),
                    GoSdkError {
                        line: action.line,
                        reason,
                    },
                ));
            };
            Ok(Action {
                name: action.name,
                client_token: request.client_token,
                codes: action.codes,
            })
        })
        .collect()
}

impl Distilled {
    /// The files under `sources` (the directory the files go to) in a language
    /// directory that the distilled sources no longer have: versions or services the
    /// SDKs dropped. Sorted.
    ///
    /// # Errors
    ///
    /// A directory that cannot be read.
    pub fn stale_files(&self, sources: &Path) -> Result<Vec<PathBuf>, SdkError> {
        let fresh: std::collections::HashSet<&Path> =
            self.files.iter().map(|(path, _)| path.as_path()).collect();
        let mut stale = Vec::new();
        let mut dirs: Vec<PathBuf> = LANGUAGES.iter().map(PathBuf::from).collect();
        while let Some(dir) = dirs.pop() {
            let entries = match std::fs::read_dir(sources.join(&dir)) {
                Ok(entries) => entries,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(SdkError::Io(sources.join(&dir), e)),
            };
            for entry in entries {
                let entry = entry.map_err(|e| SdkError::Io(sources.join(&dir), e))?;
                let path = dir.join(entry.file_name());
                if entry.path().is_dir() {
                    dirs.push(path);
                } else if !fresh.contains(path.as_path()) {
                    stale.push(path);
                }
            }
        }
        stale.sort();
        Ok(stale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::go_sdk::read_actions;

    /// Writes `files` (path, contents) under `root`.
    fn tree(root: &Path, files: &[(&str, &str)]) {
        for (path, contents) in files {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, contents).unwrap();
        }
    }

    const ERRORS: &str =
        "package v20200101\n\nconst (\n\t// 忙。\n\tBUSY = \"InvalidDisk.Busy\"\n)\n";
    const CLIENT: &str = "// RunInstances\n//\n// 可能返回的错误码:\n//  BUSY = \"InvalidDisk.Busy\"\n\
        func (c *Client) RunInstances(request *RunInstancesRequest) (response *RunInstancesResponse, err error) {\n";
    const MODELS: &str = "type RunInstancesRequest struct {\n\tClientToken *string\n}\n";

    #[test]
    fn each_version_keeps_its_errors_go_and_gets_its_actions() {
        let root = std::env::temp_dir().join(format!("tc-errors-distill-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for lang in ["zh", "en"] {
            tree(
                &root.join(lang),
                &[
                    ("LICENSE", "Apache"),
                    ("tencentcloud/common/http/request.go", "package http"),
                    ("tencentcloud/cvm/v20200101/errors.go", ERRORS),
                    ("tencentcloud/cvm/v20200101/client.go", CLIENT),
                    ("tencentcloud/cvm/v20200101/models.go", MODELS),
                    ("tencentcloud/cvm/go.mod", "module cvm"),
                ],
            );
        }
        tree(
            &root.join("en"),
            &[("tencentcloud/cvm/latest/errors.go", ERRORS)],
        );
        let distilled = distill(&root.join("zh"), &root.join("en"), u64::MAX).unwrap();
        let paths: Vec<&str> = (distilled.files.iter())
            .map(|(path, _)| path.to_str().unwrap())
            .collect();
        assert_eq!(
            paths,
            [
                "en/LICENSE",
                "en/cvm/v20200101/actions.txt",
                "en/cvm/v20200101/errors.go",
                "zh/LICENSE",
                "zh/cvm/v20200101/actions.txt",
                "zh/cvm/v20200101/errors.go",
            ]
        );
        assert_eq!(distilled.files[5].1, ERRORS);
        let actions = read_actions(distilled.files[4].1.as_bytes()).unwrap();
        assert_eq!(
            actions,
            [Action {
                name: "RunInstances".into(),
                client_token: true,
                codes: vec!["InvalidDisk.Busy".into()],
            }]
        );
        assert_eq!(
            distilled.not_versions,
            [root.join("en/tencentcloud/cvm/latest")]
        );

        // What a previous distillation left that this one does not write is stale.
        let sources = root.join("sources");
        tree(
            &sources,
            &[
                ("zh/cvm/v20200101/errors.go", ERRORS),
                ("zh/cvm/v20100101/errors.go", ERRORS),
            ],
        );
        assert_eq!(
            distilled.stale_files(&sources).unwrap(),
            [Path::new("zh/cvm/v20100101/errors.go")]
        );

        std::fs::write(root.join("zh/tencentcloud/cvm/v20200101/models.go"), "").unwrap();
        let error = distill(&root.join("zh"), &root.join("en"), u64::MAX).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!(
                "{}:line 5: action \"RunInstances\" has no request type in models.go",
                root.join("zh/tencentcloud/cvm/v20200101/client.go")
                    .display()
            )
        );
        std::fs::remove_dir_all(&root).unwrap();
    }
}
