//! `tc-errors import-sdk ZH_DIR EN_DIR [--distill] [--catalogs DIR]`: every catalog from
//! the Go SDKs' sources and the seed pages; with `--distill`, first those sources from
//! checkouts of the SDKs.

use crate::stderr::error_line;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tc_errors_importer::sdk::{self, SdkError};

/// The command line of `import-sdk`, as clap reads it.
#[derive(clap::Args)]
pub struct Args {
    /// The Chinese SDK's tables (`catalogs/sources/go-sdk/zh`), or with `--distill` a
    /// checkout of `tencentcloud-sdk-go`.
    pub zh_dir: PathBuf,
    /// The English SDK's tables (`catalogs/sources/go-sdk/en`), or with `--distill` a
    /// checkout of `tencentcloud-sdk-go-intl-en`.
    pub en_dir: PathBuf,
    /// ZH_DIR and EN_DIR are checkouts of the SDKs: first write the catalogs' sources
    /// (`sources/go-sdk/` of the catalogs crate: every version's `errors.go` and the
    /// actions of its `client.go` and `models.go`), then import those.
    #[arg(long)]
    pub distill: bool,
    /// The catalogs crate.
    #[arg(long, default_value = "catalogs", value_name = "DIR")]
    pub catalogs: PathBuf,
}

/// Regenerates the catalogs crate at `--catalogs` (its `src/services/`, `src/services.rs`
/// and the features of its `Cargo.toml`), with `--distill` its sources first; exit
/// status 1 when a source cannot be read.
pub fn run(args: &Args) -> ExitCode {
    let sources = args.catalogs.join("sources/go-sdk");
    let dirs = if args.distill {
        match distill(&args.zh_dir, &args.en_dir, &sources) {
            Ok(()) => (sources.join("zh"), sources.join("en")),
            Err(error) => {
                error_line(error);
                return ExitCode::FAILURE;
            }
        }
    } else {
        (args.zh_dir.clone(), args.en_dir.clone())
    };
    match regenerate(&dirs.0, &dirs.1, &args.catalogs) {
        Ok((written, total)) => {
            error_line(format_args!("{total} files generated, {written} changed"));
            ExitCode::SUCCESS
        }
        Err(error) => {
            error_line(error);
            ExitCode::FAILURE
        }
    }
}

/// Writes the sources distilled from the checkouts into `sources`, and removes the ones
/// the SDKs no longer have.
fn distill(zh_checkout: &Path, en_checkout: &Path, sources: &Path) -> Result<(), SdkError> {
    let distilled = sdk::distill(zh_checkout, en_checkout)?;
    skipped(&distilled.not_versions);
    let stale = distilled.stale_files(sources)?;
    let written = write_changed(sources, &distilled.files)?;
    for path in &stale {
        let path = sources.join(path);
        std::fs::remove_file(&path).map_err(|e| SdkError::Io(path.clone(), e))?;
    }
    error_line(format_args!(
        "{} source files distilled, {written} changed, {} removed",
        distilled.files.len(),
        stale.len()
    ));
    Ok(())
}

/// Writes the files whose contents changed; returns how many changed, of how many.
fn regenerate(zh_dir: &Path, en_dir: &Path, catalogs: &Path) -> Result<(usize, usize), SdkError> {
    let sources = sdk::read_sdks(zh_dir, en_dir)?;
    skipped(&sources.not_versions);
    error_line(sources.counts());
    let services = sources.services;
    let seeds = sdk::read_seeds(&catalogs.join("pages/seeds.tsv"))?;
    let cargo_toml_path = catalogs.join("Cargo.toml");
    let cargo_toml = std::fs::read_to_string(&cargo_toml_path)
        .map_err(|e| SdkError::Io(cargo_toml_path.clone(), e))?;
    let files = sdk::generate(&services, &seeds, &cargo_toml)?;
    Ok((write_changed(catalogs, &files)?, files.len()))
}

/// Reports the directories of a service that are not API versions.
fn skipped(dirs: &[PathBuf]) {
    for dir in dirs {
        let dir = dir.display();
        error_line(format_args!(
            "{dir}: skipped, not an API version (vYYYYMMDD)"
        ));
    }
}

/// Writes each file under `root` whose contents changed (making its directory); returns
/// how many changed.
fn write_changed(root: &Path, files: &[(PathBuf, impl AsRef<[u8]>)]) -> Result<usize, SdkError> {
    let mut written = 0;
    for (path, contents) in files {
        let path = root.join(path);
        let contents = contents.as_ref();
        if std::fs::read(&path).is_ok_and(|old| old == contents) {
            continue;
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| SdkError::Io(dir.to_owned(), e))?;
        }
        std::fs::write(&path, contents).map_err(|e| SdkError::Io(path.clone(), e))?;
        written += 1;
    }
    Ok(written)
}
