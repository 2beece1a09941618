//! `tc-errors import DOC [--merge DOC] [--rename OLD=NEW]… [--enum NAME] [--service NAME]
//! [--title TEXT] [--api-version V] [--max-bytes N]`.

use crate::parse::read::{self, DEFAULT_MAX_BYTES};
use crate::stderr::error_line;
use crate::stdout;
use std::path::Path;
use std::process::ExitCode;
use tc_errors_importer::{self as import, Header, Severity};

/// The command line of `import`, as clap reads it.
#[derive(clap::Args)]
pub struct Args {
    /// The page, or `-` for standard input.
    pub doc: String,
    /// The enum's name [default: the service in upper camel case + `Error`].
    #[arg(long = "enum", value_name = "NAME")]
    pub enum_name: Option<String>,
    /// The service's short name, as in its API endpoint [default: DOC's file name
    /// without its extension].
    #[arg(long, value_name = "NAME")]
    pub service: Option<String>,
    /// The service's full name, for the module's first line (`Cloud Block Storage`).
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// The API version the page documents (`2017-03-12`).
    #[arg(long, value_name = "VERSION")]
    pub api_version: Option<String>,
    /// The same service's page in the other language: one catalog with both texts.
    #[arg(long, value_name = "DOC")]
    pub merge: Option<String>,
    /// A code Tencent renamed: the entry gets NEW as its code and OLD as an alias.
    #[arg(long = "rename", value_name = "OLD=NEW")]
    pub renames: Vec<String>,
    /// Read at most this many bytes of each page; a larger one is an error (exit status
    /// 1). A number, or with a suffix K, M or G (KiB, MiB, GiB); the default is 64 MiB.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_BYTES, value_parser = read::byte_count)]
    pub max_bytes: u64,
}

/// Prints the catalog module of the page, and a line on stderr for each row it could not
/// read as it stands. Exit status: 0 when every row is in the block, 1 when the page
/// cannot be read or a row was skipped, 2 for a bad option.
pub fn run(args: &Args) -> ExitCode {
    let header = match header(args) {
        Ok(header) => header,
        Err(message) => {
            error_line(message);
            return ExitCode::from(2);
        }
    };
    let renames = match renames(&args.renames) {
        Ok(renames) => renames,
        Err(message) => {
            error_line(message);
            return ExitCode::from(2);
        }
    };
    let Some(mut page) = read_page(&args.doc, args.max_bytes) else {
        return ExitCode::FAILURE;
    };
    let mut skipped = has_skipped_rows(&page);
    if let Some(other) = &args.merge {
        let Some(other) = read_page(other, args.max_bytes) else {
            return ExitCode::FAILURE;
        };
        skipped |= has_skipped_rows(&other);
        page.merge(other);
    }
    for (old, new) in renames {
        if let Err(error) = page.rename(old, new) {
            error_line(format_args!("--rename {old}={new}: {error}"));
            return ExitCode::from(2);
        }
    }
    let status = if skipped {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    };
    stdout::print(&page.render(&header), status)
}

/// The page in `doc` (at most `max_bytes` of it), its diagnostics reported on stderr;
/// `None` (reported) when it cannot be read.
fn read_page(doc: &str, max_bytes: u64) -> Option<import::Page> {
    let bytes = match read::read(Some(doc), max_bytes) {
        Ok(bytes) => bytes,
        Err(error) => {
            error_line(error);
            return None;
        }
    };
    match import::read(&bytes) {
        Ok(page) => {
            for diagnostic in &page.diagnostics {
                error_line(format_args!("{doc}: {diagnostic}"));
            }
            Some(page)
        }
        Err(error) => {
            error_line(format_args!("{doc}: {error}"));
            None
        }
    }
}

fn has_skipped_rows(page: &import::Page) -> bool {
    page.diagnostics
        .iter()
        .any(|diagnostic| diagnostic.severity == Severity::Skipped)
}

/// The `--rename OLD=NEW` pairs.
fn renames(args: &[String]) -> Result<Vec<(&str, &str)>, String> {
    args.iter()
        .map(|arg| {
            arg.split_once('=')
                .filter(|(old, new)| !old.is_empty() && !new.is_empty())
                .ok_or_else(|| format!("--rename {arg:?}: expected OLD=NEW"))
        })
        .collect()
}

/// The module's header from the options; the service defaults to the page's file name
/// without its extension.
fn header(args: &Args) -> Result<Header, String> {
    let service = match (&args.service, args.doc.as_str()) {
        (Some(service), _) => service.clone(),
        (None, "-") => {
            return Err("--service is needed when the page comes from standard input".into())
        }
        (None, doc) => Path::new(doc)
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default(),
    };
    let mut header = Header::new(&service, args.enum_name.as_deref())
        .map_err(|error| format!("{error} (set it with --service or --enum)"))?;
    if let Some(title) = &args.title {
        header = header.title(title);
    }
    if let Some(version) = &args.api_version {
        header = header.api_version(version);
    }
    Ok(header)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(doc: &str) -> Args {
        Args {
            doc: doc.into(),
            enum_name: None,
            service: None,
            title: None,
            api_version: None,
            merge: None,
            renames: Vec::new(),
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }

    #[test]
    fn renames_are_old_equals_new() {
        let args = ["A=B.C".to_owned()];
        assert_eq!(renames(&args), Ok(vec![("A", "B.C")]));
        for bad in ["A", "=B", "A="] {
            assert!(renames(&[bad.to_owned()]).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_service_defaults_to_the_file_name() {
        let header = header(&args("pages/cbs.md")).unwrap();
        assert_eq!(header.enum_name(), "CbsError");
        assert_eq!(header.sentence(), "`cbs` error codes.");
    }

    #[test]
    fn options_override_the_defaults() {
        let mut args = args("-");
        assert_eq!(
            header(&args).unwrap_err(),
            "--service is needed when the page comes from standard input"
        );
        args.service = Some("cloudaudit".into());
        args.enum_name = Some("CloudAuditError".into());
        args.title = Some("CloudAudit".into());
        args.api_version = Some("2019-03-19".into());
        let header = header(&args).unwrap();
        assert_eq!(header.enum_name(), "CloudAuditError");
        assert_eq!(
            header.sentence(),
            "CloudAudit (`cloudaudit`) error codes, API version 2019-03-19."
        );
    }

    #[test]
    fn a_file_name_that_is_no_service_name_asks_for_the_option() {
        let error = header(&args("my page.md")).unwrap_err();
        assert!(error.starts_with("bad service name \"my page\""), "{error}");
        assert!(
            error.ends_with("(set it with --service or --enum)"),
            "{error}"
        );
    }
}
