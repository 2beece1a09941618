//! `tc-errors import-sdk ZH_DIR EN_DIR [--catalogs DIR] [--max-bytes N]`: every catalog
//! from the Go SDKs' `errors.go` tables and the seed pages.

use crate::parse::read::{byte_count, DEFAULT_MAX_BYTES};
use crate::stderr::error_line;
use std::path::PathBuf;
use std::process::ExitCode;
use tc_errors_importer::sdk::{self, SdkError};

/// The command line of `import-sdk`, as clap reads it.
#[derive(clap::Args)]
pub struct Args {
    /// The Chinese SDK's tables.
    pub zh_dir: PathBuf,
    /// The English SDK's tables.
    pub en_dir: PathBuf,
    /// The catalogs crate.
    #[arg(long, default_value = "catalogs", value_name = "DIR")]
    pub catalogs: PathBuf,
    /// Read at most this many bytes of each file; a larger one is an error (exit status
    /// 1). A number, or with a suffix K, M or G (KiB, MiB, GiB); the default is 64 MiB.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_BYTES, value_parser = byte_count)]
    pub max_bytes: u64,
}

/// Regenerates the catalogs crate (its `src/services/`, `src/services.rs` and the
/// features of its `Cargo.toml`); exit status 1, with nothing written, when a source
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
    let services = sdk::read_sdks(&args.zh_dir, &args.en_dir, args.max_bytes)?;
    let seeds = sdk::read_seeds(&args.catalogs.join("pages/seeds.tsv"), args.max_bytes)?;
    let cargo_toml_path = args.catalogs.join("Cargo.toml");
    let cargo_toml =
        String::from_utf8(sdk::read_file(&cargo_toml_path, args.max_bytes)?).map_err(|error| {
            let error = std::io::Error::new(std::io::ErrorKind::InvalidData, error);
            SdkError::Io(cargo_toml_path.clone(), error)
        })?;
    let files = sdk::generate(&services, &seeds, &cargo_toml)?;
    let written = sdk::write_files(&args.catalogs, &files)?;
    Ok((written, files.len()))
}
