//! `tc-errors list [SERVICE [--actions | --action NAME [--version V]]] [--json]`.

use crate::actions;
use crate::json;
use crate::lang::Shown;
use crate::service;
use crate::stderr::error_line;
use crate::stdout;
use crate::style::Style;
use serde_json::Value;
use std::fmt::Write as _;
use std::process::ExitCode;
use tc_error_catalogs::{catalogs, Catalog, Entry};
use tc_errors_internals::escape::Escaped;

/// The command line of `list`, as clap reads it.
#[derive(clap::Args)]
pub struct Args {
    /// The catalog's service name (`cbs`, `common`, `legacy`, …).
    #[arg(value_parser = service::NameParser, hide_possible_values = true)]
    pub service: Option<String>,
    /// Every action of SERVICE, by name, with its API versions and whether it is
    /// read-only or takes a `ClientToken`.
    #[arg(long, requires = "service", conflicts_with = "action")]
    pub actions: bool,
    /// The codes that the action NAME of SERVICE documents, with their texts and kinds,
    /// in its newest API version (or --version's).
    #[arg(long, value_name = "NAME", requires = "service")]
    pub action: Option<String>,
    /// The API version of --action, such as `2017-03-12`.
    #[arg(long, value_name = "YYYY-MM-DD", requires = "action")]
    pub version: Option<String>,
    /// Print JSON: the catalog with its codes (every catalog without SERVICE), its
    /// actions, or the action with its codes.
    #[arg(long)]
    pub json: bool,
}

/// Prints the catalogs, or one catalog's codes; exit status 1 for an unknown service.
pub fn run(args: &Args, shown: Shown, style: Style) -> ExitCode {
    let catalogs = catalogs();
    let listed = match (args.service.as_deref(), args.action.as_deref()) {
        (Some(service), Some(name)) => service::find(&catalogs, service).and_then(|catalog| {
            let version = args.version.as_deref();
            action(&catalog, name, version, args.json, shown, style)
        }),
        (Some(service), None) if args.actions => {
            service::find(&catalogs, service).and_then(|catalog| every_action(&catalog, args.json))
        }
        (service, _) => list(service, args.json, shown, style, &catalogs),
    };
    match listed {
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

/// What `list SERVICE --actions` prints: a line with the catalog's versions and how many
/// actions it has, then one line per action: its name, its versions, and whether it is
/// read-only or takes a `ClientToken` (`--json`: [`json::actions`], each action of each
/// version).
pub fn every_action(catalog: &Catalog, as_json: bool) -> Result<String, String> {
    let versions = actions::versions(catalog)?;
    if as_json {
        return Ok(json::to_text(&json::actions(catalog)));
    }
    let named = actions::by_name(catalog.table().actions());
    let rows: Vec<(&str, String, String)> = named
        .iter()
        .map(|action| (action.name, action.versions.join(", "), action.traits()))
        .collect();
    let name_width = rows.iter().map(|row| row.0.len()).max().unwrap_or(0);
    let versions_width = rows.iter().map(|row| row.1.len()).max().unwrap_or(0);
    let mut text = format!(
        "{}: API versions {}; {} actions\n",
        catalog.service,
        versions.join(", "),
        rows.len()
    );
    for (name, versions, traits) in rows {
        let line = format!("{name:name_width$}  {versions:versions_width$}  {traits}");
        // Writing to a String cannot fail.
        let _ = writeln!(text, "{}", line.trim_end());
    }
    Ok(text)
}

/// What `list SERVICE --action NAME [--version V]` prints: a line that names the action,
/// its version, whether it is read-only or takes a `ClientToken` and how many codes it
/// documents, then each code (in `style`), its kind and its texts, one line per text
/// (`--json`: [`json::action`]).
pub fn action(
    catalog: &Catalog,
    name: &str,
    version: Option<&str>,
    as_json: bool,
    shown: Shown,
    style: Style,
) -> Result<String, String> {
    let action = actions::find(catalog, name, version)?;
    let table = catalog.table();
    let entries: Vec<Entry> = action
        .code_indices()
        .filter_map(|index| catalog.find(table.code(index)))
        .collect();
    if as_json {
        return Ok(json::to_text(&json::action(catalog, action, &entries)));
    }
    let traits = match (action.is_read_only(), action.takes_client_token()) {
        (true, true) => "read-only, takes a ClientToken; ",
        (true, false) => "read-only; ",
        (false, true) => "takes a ClientToken; ",
        (false, false) => "",
    };
    let mut text = format!(
        "{} in {}, API version {}: {traits}{} codes\n",
        action.name(),
        catalog.service,
        action.version(),
        entries.len()
    );
    let code_width = entries
        .iter()
        .map(|entry| entry.code.len())
        .max()
        .unwrap_or(0);
    let kind_width = entries
        .iter()
        .map(|entry| entry.kind.name().len())
        .max()
        .unwrap_or(0);
    for entry in &entries {
        let (mut code, mut kind) = (entry.code, entry.kind.name());
        let texts = shown.texts(entry);
        // A code without a text still gets its line.
        for description in texts.iter().copied().chain(texts.is_empty().then_some("")) {
            let line = format!(
                "{:code_width$}  {kind:kind_width$}  {}",
                style.code(code),
                Escaped(description)
            );
            let _ = writeln!(text, "{}", line.trim_end());
            (code, kind) = ("", "");
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

    fn catalog_of(service: &str) -> Catalog {
        tc_error_catalogs::catalog(service).unwrap()
    }

    #[test]
    fn every_action_is_a_line_with_its_versions_and_traits() {
        let tke = catalog_of("tke");
        let text = every_action(&tke, false).unwrap();
        let versions: Vec<&str> = tke.table().api_versions().collect();
        let named = actions::by_name(tke.table().actions());
        let mut lines = text.lines();
        assert_eq!(
            lines.next().unwrap(),
            format!(
                "tke: API versions {}; {} actions",
                versions.join(", "),
                named.len()
            )
        );
        assert_eq!(lines.clone().count(), named.len());
        let describe = lines
            .find(|line| line.starts_with("DescribeClusters "))
            .unwrap();
        assert!(describe.contains(" 2018-05-25, "), "{describe}");
        assert!(describe.ends_with("  read-only"), "{describe}");
        let cvm = every_action(&catalog_of("cvm"), false).unwrap();
        let run = cvm
            .lines()
            .find(|line| line.starts_with("RunInstances "))
            .unwrap();
        assert!(run.ends_with("2017-03-12  ClientToken"), "{run}");

        let json: Value = serde_json::from_str(&every_action(&tke, true).unwrap()).unwrap();
        assert_eq!(json["service"], "tke");
        assert_eq!(json["versions"].as_array().unwrap().len(), versions.len());
        let pairs = json["actions"].as_array().unwrap();
        assert_eq!(pairs.len(), tke.table().actions().count());
        assert_eq!(pairs[0]["action"], named[0].name);
        assert_eq!(pairs[0]["version"], "2018-05-25");
    }

    #[test]
    fn an_action_lists_its_codes_with_kinds_and_texts() {
        let cvm = catalog_of("cvm");
        let text = action(&cvm, "RunInstances", None, false, ENGLISH, Style::PLAIN).unwrap();
        let run = cvm.table().action("RunInstances").unwrap();
        let mut lines = text.lines();
        assert_eq!(
            lines.next().unwrap(),
            format!(
                "RunInstances in cvm, API version {}: takes a ClientToken; {} codes",
                run.version(),
                run.code_indices().len()
            )
        );
        // One text shown: a line per code, in the order listed.
        let codes: Vec<&str> = lines.map(|line| line.split(' ').next().unwrap()).collect();
        let listed: Vec<&str> = run.code_indices().map(|i| cvm.table().code(i)).collect();
        assert_eq!(codes, listed);
        let quota = text
            .lines()
            .find(|line| line.starts_with("LimitExceeded.InstanceQuota "))
            .unwrap();
        assert!(quota.contains(" QuotaExceeded "), "{quota}");

        let tke = catalog_of("tke");
        let old = action(
            &tke,
            "DescribeClusters",
            Some("2018-05-25"),
            true,
            ENGLISH,
            Style::PLAIN,
        );
        let json: Value = serde_json::from_str(&old.unwrap()).unwrap();
        assert_eq!(json["version"], "2018-05-25");
        assert_eq!(json["read_only"], true);
        assert_eq!(json["client_token"], false);
        assert!(json["codes"][0]["kind"].is_string());
    }

    #[test]
    fn what_a_catalog_lacks_is_an_error() {
        let error = every_action(&catalog_of("common"), false).unwrap_err();
        assert_eq!(
            error,
            "the common catalog declares no API versions or actions"
        );
        let cvm = catalog_of("cvm");
        let error = action(&cvm, "RunInstance", None, false, ENGLISH, Style::PLAIN).unwrap_err();
        assert!(
            error.starts_with("cvm has no action \"RunInstance\"; near matches: RunInstances"),
            "{error}"
        );
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
