//! `tc-errors import-sdk ZH_DIR EN_DIR [--catalogs DIR]`: every catalog from the Go SDKs'
//! `errors.go` tables and the seed pages.

use crate::stderr::error_line;
use std::path::{Path, PathBuf};
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
}

/// Regenerates the catalogs crate at `--catalogs` (its `src/services/`, `src/services.rs`
/// and the features of its `Cargo.toml`); exit status 1 when a source cannot be read.
pub fn run(args: &Args) -> ExitCode {
    match regenerate(&args.zh_dir, &args.en_dir, &args.catalogs) {
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

/// Writes the files whose contents changed; returns how many changed, of how many.
fn regenerate(zh_dir: &Path, en_dir: &Path, catalogs: &Path) -> Result<(usize, usize), SdkError> {
    let services = sdk::read_sdks(zh_dir, en_dir)?;
    let seeds = sdk::read_seeds(&catalogs.join("pages/seeds.tsv"))?;
    let cargo_toml_path = catalogs.join("Cargo.toml");
    let cargo_toml = std::fs::read_to_string(&cargo_toml_path)
        .map_err(|e| SdkError::Io(cargo_toml_path.clone(), e))?;
    let files = sdk::generate(&services, &seeds, &cargo_toml)?;
    let services_dir = catalogs.join("src/services");
    std::fs::create_dir_all(&services_dir).map_err(|e| SdkError::Io(services_dir, e))?;
    let mut written = 0;
    for (path, contents) in &files {
        let path = catalogs.join(path);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(contents.as_str()) {
            continue;
        }
        std::fs::write(&path, contents).map_err(|e| SdkError::Io(path.clone(), e))?;
        written += 1;
    }
    Ok((written, files.len()))
}
