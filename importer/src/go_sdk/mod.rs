//! Every service's catalog from Tencent's two Go SDKs: the union of the codes of every
//! API version in both, each language's text from the newest version that has one (the
//! Chinese SDK's Chinese, the English SDK's English), and each version's actions (the
//! Chinese SDK's lists, the English SDK's for the actions only it has); the seed services
//! combined with their error-code pages; and the files that declare them (one module per
//! service, the crate's feature list and its registry).
//!
//! [`distill`] turns checkouts of the SDKs into the sources: every version's `errors.go`
//! and an [`actions.txt`](ACTIONS_FILE) from its `client.go` ([`read_go_client`]) and
//! `models.go` ([`read_go_models`]). [`read_go_errors`] reads one `errors.go` (the rules
//! are in `errors_go.rs`); [`read_sdks`] and [`read_seeds`] read the sources and the seed
//! list.
//!
//! [`generate`] is pure: the same sources give the same files, byte for byte, so running
//! the command twice changes nothing and a test can check the crate against its sources.

use crate::pages::ImportError;
use std::fmt;
use std::path::{Path, PathBuf};

mod actions;
mod blocks;
mod client_go;
mod distill;
mod errors_go;
mod files;
mod input;
mod models_go;
mod naming;
mod output;
mod service;
mod version;

pub use actions::{read_actions, write_actions, Action, ACTIONS_FILE};
pub use client_go::{read_go_client, GoAction};
pub use distill::{distill, Distilled, LANGUAGES};
pub use errors_go::{read_go_errors, GoCode, GoSdkError, GoSdkErrorReason, GoTable};
pub use files::{generate, service_module, FEATURES_BEGIN, FEATURES_END};
pub use input::read_file;
pub use models_go::{read_go_models, GoRequest};
pub use naming::{check_names, module_name, NameError};
pub use output::write_files;
pub use service::{read_sdks, Counts, SdkVersion, Service, ServiceVersion, Sources};
pub use version::ApiVersion;

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
