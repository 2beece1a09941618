//! `tc-errors import-sdk ZH_DIR EN_DIR [--distill] [--catalogs DIR] [--max-bytes N]`:
//! every catalog from the Go SDKs' sources and the seed pages; with `--distill`, first
//! those sources from checkouts of the SDKs.

use crate::parse::read::{byte_count, DEFAULT_MAX_BYTES};
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
    /// Read at most this many bytes of each file; a larger one is an error (exit status
    /// 1). A number, or with a suffix K, M or G (KiB, MiB, GiB); the default is 64 MiB.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_BYTES, value_parser = byte_count)]
    pub max_bytes: u64,
}

/// Regenerates the catalogs crate (its `src/services/`, `src/services.rs` and the
/// features of its `Cargo.toml`), with `--distill` its sources first; exit status 1, with nothing written, when a source
/// cannot be read, a service's name would break the crate or the output has a symbolic
/// link.
pub fn run(args: &Args) -> ExitCode {
    match regenerate(args) {
        Ok((written, total)) => {
            error_line(format_args!("{total} files generated, {written} changed"));
            ExitCode::SUCCESS
        }
        Err(error @ SdkError::TooLarge(..)) => {
            error_line(format_args!("{error} (raise it with --max-bytes)"));
            ExitCode::FAILURE
        }
        Err(error) => {
            error_line(error);
            ExitCode::FAILURE
        }
    }
}

/// Writes the files whose contents changed; returns how many changed, of how many.
fn regenerate(args: &Args) -> Result<(usize, usize), SdkError> {
    let (zh_dir, en_dir) = if args.distill {
        let sources = args.catalogs.join("sources/go-sdk");
        distill(args, &sources)?;
        (sources.join("zh"), sources.join("en"))
    } else {
        (args.zh_dir.clone(), args.en_dir.clone())
    };
    let sources = sdk::read_sdks(&zh_dir, &en_dir, args.max_bytes)?;
    skipped(&sources.not_versions);
    if args.distill {
        error_line(sources.counts());
    }
    let seeds = sdk::read_seeds(&args.catalogs.join("pages/seeds.tsv"), args.max_bytes)?;
    let cargo_toml_path = args.catalogs.join("Cargo.toml");
    let cargo_toml =
        String::from_utf8(sdk::read_file(&cargo_toml_path, args.max_bytes)?).map_err(|error| {
            let error = std::io::Error::new(std::io::ErrorKind::InvalidData, error);
            SdkError::Io(cargo_toml_path.clone(), error)
        })?;
    let files = sdk::generate(&sources.services, &seeds, &cargo_toml)?;
    let written = sdk::write_files(&args.catalogs, &files)?;
    Ok((written, files.len()))
}

/// Writes the sources distilled from the checkouts into `sources`, and removes the ones
/// the SDKs no longer have.
fn distill(args: &Args, sources: &Path) -> Result<(), SdkError> {
    let distilled = sdk::distill(&args.zh_dir, &args.en_dir, args.max_bytes)?;
    skipped(&distilled.not_versions);
    let stale = distilled.stale_files(sources)?;
    let written = sdk::write_files(sources, &distilled.files)?;
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

/// Reports the directories of a service that are not API versions.
fn skipped(dirs: &[PathBuf]) {
    for dir in dirs {
        let dir = dir.display();
        error_line(format_args!(
            "{dir}: skipped, not an API version (vYYYYMMDD)"
        ));
    }
}
