//! `tc-errors list [SERVICE] [--json]`.

use crate::json;
use crate::lang::Shown;
use crate::service;
use crate::stderr::error_line;
use crate::stdout;
use crate::style::Style;
use serde_json::Value;
use std::fmt::Write as _;
use std::process::ExitCode;
use tc_error_catalogs::{catalogs, Catalog};
use tc_errors_internals::escape::Escaped;

/// The command line of `list`, as clap reads it.
#[derive(clap::Args)]
pub struct Args {
    /// The catalog's service name (`cbs`, `common`, `legacy`, …).
    #[arg(value_parser = service::NameParser, hide_possible_values = true)]
    pub service: Option<String>,
    /// Print JSON: the catalog with its codes (every catalog without SERVICE).
    #[arg(long)]
    pub json: bool,
}

/// Prints the catalogs, or one catalog's codes; exit status 1 for an unknown service.
pub fn run(args: &Args, shown: Shown, style: Style) -> ExitCode {
    match list(
        args.service.as_deref(),
        args.json,
        shown,
        style,
        &catalogs(),
    ) {
        Ok(text) => stdout::print(&text, ExitCode::SUCCESS),
        Err(message) => {
            error_line(message);
            ExitCode::FAILURE
        }
    }
}

/// What `list` prints: without a service, one line per catalog (`--json`: every catalog
/// with its codes); with one, its codes (in `style`) and their texts, one line per text.
pub fn list(
    service: Option<&str>,
    as_json: bool,
    shown: Shown,
    style: Style,
    catalogs: &[Catalog],
) -> Result<String, String> {
    let Some(service) = service else {
        if as_json {
            let all: Vec<Value> = catalogs.iter().map(json::catalog).collect();
            return Ok(json::to_text(&Value::Array(all)));
        }
        return Ok(summary(catalogs));
    };
    let catalog = service::find(catalogs, service)?;
    if as_json {
        return Ok(json::to_text(&json::catalog(&catalog)));
    }
    let entries = catalog.entries();
    let width = entries
        .iter()
        .map(|entry| entry.code.len())
        .max()
        .unwrap_or(0);
    let mut text = String::new();
    for entry in entries {
        // Writing to a String cannot fail.
        let mut code = entry.code;
        for description in shown.texts(&entry) {
            let _ = writeln!(
                text,
                "{:width$}  {}",
                style.code(code),
                Escaped(description)
            );
            code = "";
        }
    }
    Ok(text)
}

/// One line per catalog: its service, how many codes, its enum.
fn summary(catalogs: &[Catalog]) -> String {
    let width = catalogs
        .iter()
        .map(|catalog| catalog.service.len())
        .max()
        .unwrap_or(0);
    let mut text = String::new();
    for catalog in catalogs {
        let _ = writeln!(
            text,
            "{:width$}  {:>4} codes  {}",
            catalog.service,
            catalog.entries().len(),
            catalog.enum_path
        );
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use tc_errors::Language;

    const ENGLISH: Shown = Shown::One(Language::English);

    #[test]
    fn without_a_service_every_catalog_is_a_line() {
        let catalogs = catalogs();
        let text = list(None, false, ENGLISH, Style::PLAIN, &catalogs).unwrap();
        assert_eq!(text.lines().count(), catalogs.len());
        let cbs = text.lines().find(|line| line.starts_with("cbs ")).unwrap();
        assert!(
            cbs.ends_with("codes  tc_error_catalogs::cbs::CbsError"),
            "{cbs}"
        );
    }

    #[test]
    fn a_service_lists_its_codes_in_order() {
        let catalogs = catalogs();
        let text = list(Some("emr"), false, ENGLISH, Style::PLAIN, &catalogs).unwrap();
        let emr = catalogs
            .iter()
            .find(|catalog| catalog.service == "emr")
            .unwrap();
        assert_eq!(text.lines().count(), emr.entries().len());
        let test = text
            .lines()
            .find(|line| line.starts_with("InternalError.Test "))
            .unwrap();
        assert!(
            test.ends_with("  The alternative spec is sold out."),
            "{test}"
        );
    }

    #[test]
    fn json_has_every_entry() {
        let catalogs = catalogs();
        let one: Value = serde_json::from_str(
            &list(Some("cbs"), true, ENGLISH, Style::PLAIN, &catalogs).unwrap(),
        )
        .unwrap();
        assert_eq!(one["service"], "cbs");
        assert!(one["codes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|code| code["code"] == "InvalidDisk.Busy"));
        let all: Value =
            serde_json::from_str(&list(None, true, ENGLISH, Style::PLAIN, &catalogs).unwrap())
                .unwrap();
        assert_eq!(all.as_array().unwrap().len(), catalogs.len());
    }

    #[test]
    fn an_unknown_service_is_an_error() {
        let error = list(Some("nope"), false, ENGLISH, Style::PLAIN, &catalogs()).unwrap_err();
        assert!(
            error.starts_with("no catalog named \"nope\"; the catalogs are common, legacy"),
            "{error}"
        );
    }
}
