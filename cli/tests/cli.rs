//! The `tc-errors` binary, run as a user runs it: output, errors and exit statuses.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use tc_errors_importer::Header;

fn tc_errors(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tc-errors"))
        .args(args)
        .output()
        .unwrap()
}

/// What the importer library makes of `page`: the module the command must print.
fn module_of(page: &[u8], header: Header, renames: &[(String, String)]) -> String {
    let mut page = tc_errors_importer::read(page).unwrap();
    for (old, new) in renames {
        page.rename(old, new).unwrap();
    }
    page.render(&header)
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// The one error line of a failed run, checked to be one `tc-errors: ` line.
fn error_line(output: &Output) -> String {
    let stderr = stderr(output);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("tc-errors: "), "{stderr}");
    stderr.trim_end().to_owned()
}

/// A file in a directory of this test run, holding `contents`.
fn page(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tc-errors-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn page_arg(path: &std::path::Path) -> &str {
    path.to_str().unwrap()
}

const PAGES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../catalogs/pages");

// The tests of each subcommand, in files of their own under `cli/`; one test binary.
#[path = "cli/actions.rs"]
mod actions;
#[path = "cli/binary.rs"]
mod binary;
#[path = "cli/explain.rs"]
mod explain;
#[path = "cli/http.rs"]
mod http;
#[path = "cli/import.rs"]
mod import;
#[path = "cli/import_sdk.rs"]
mod import_sdk;
#[path = "cli/json_shape.rs"]
mod json_shape;
#[path = "cli/parse.rs"]
mod parse;
#[path = "cli/pipes.rs"]
mod pipes;
#[path = "cli/raw_http.rs"]
mod raw_http;
#[path = "cli/services.rs"]
mod services;
#[path = "cli/terminal.rs"]
mod terminal;

#[test]
fn explain_shows_every_catalog_that_has_the_code() {
    let output = tc_errors(&["explain", "InvalidDisk.Busy"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("InvalidDisk.Busy in cbs (tc_error_catalogs::cbs::CbsError):"));
    assert!(stdout(&output).contains("kind: Transient, retry\n"));
}

#[test]
fn explain_names_near_matches_for_an_unknown_code() {
    let output = tc_errors(&["explain", "InvalidDisk.Bussy"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        error_line(&output),
        "tc-errors: no catalog has the error code \"InvalidDisk.Bussy\"; near matches: InvalidDisk.Busy; by its category and words: kind InvalidRequest, do not retry"
    );
}

#[test]
fn explain_json_is_one_document_either_way() {
    let found = tc_errors(&["explain", "--json", "ResourceBusy"]);
    assert_eq!(found.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_str(&stdout(&found)).unwrap();
    assert_eq!(value["catalogs"][0]["service"], "cbs");
    assert_eq!(value["catalogs"][0]["advice"]["verdict"], "retry");

    let missing = tc_errors(&["explain", "InvalidDisk.Bussy", "--json"]);
    assert_eq!(missing.status.code(), Some(1));
    assert_eq!(stderr(&missing), "");
    let value: serde_json::Value = serde_json::from_str(&stdout(&missing)).unwrap();
    assert_eq!(value["near_matches"][0], "InvalidDisk.Busy");
}

#[test]
fn list_shows_catalogs_and_their_codes() {
    let all = tc_errors(&["list"]);
    assert_eq!(all.status.code(), Some(0));
    assert!(stdout(&all)
        .lines()
        .any(|line| line.starts_with("cloudaudit ")));

    let cbs = tc_errors(&["list", "cbs"]);
    assert_eq!(cbs.status.code(), Some(0));
    assert!(stdout(&cbs)
        .lines()
        .next()
        .unwrap()
        .starts_with("LimitExceeded.AutoSnapshotPolicyOutOfQuota "));

    let json = tc_errors(&["list", "legacy", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(value["enum"], "tc_errors::legacy::LegacyError");
    assert_eq!(value["codes"].as_array().unwrap().len(), 16);

    let unknown = tc_errors(&["list", "nope"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(error_line(&unknown).starts_with("tc-errors: no catalog named \"nope\""));
}

#[test]
fn every_subcommand_has_help() {
    for subcommand in ["explain", "list", "import"] {
        let output = tc_errors(&[subcommand, "--help"]);
        assert_eq!(output.status.code(), Some(0), "{subcommand}");
        assert!(stdout(&output).contains("Exit status"), "{subcommand}");
    }
}

#[test]
fn usage_errors_are_one_line_with_status_2() {
    let output = tc_errors(&["explain"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        error_line(&output),
        "tc-errors: the following required arguments were not provided: <CODE>; try --help"
    );
    let output = tc_errors(&["frobnicate"]);
    assert_eq!(output.status.code(), Some(2));
    error_line(&output);
}

#[test]
fn lang_picks_one_text_and_the_locale_orders_both() {
    let run = |args: &[&str], lang: &str| {
        let output = Command::new(env!("CARGO_BIN_EXE_tc-errors"))
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
        stdout(&output)
    };
    let chinese = run(&["explain", "InternalError", "--lang", "zh"], "en_US.UTF-8");
    assert!(chinese.contains("    内部错误。\n"), "{chinese}");
    assert!(!chinese.contains("Internal error."), "{chinese}");
    let english = run(&["--lang", "en", "list", "common"], "zh_CN.UTF-8");
    assert!(english.contains("Internal error."), "{english}");
    assert!(!english.contains("内部错误"), "{english}");
    let both = run(&["explain", "InternalError"], "zh_CN.UTF-8");
    let (zh, en) = (
        both.find("内部错误。").unwrap(),
        both.find("Internal error.").unwrap(),
    );
    assert!(zh < en, "{both}");
    let both = run(&["explain", "InternalError"], "C.UTF-8");
    let (zh, en) = (
        both.find("内部错误。").unwrap(),
        both.find("Internal error.").unwrap(),
    );
    assert!(en < zh, "{both}");
    let json: serde_json::Value = serde_json::from_str(&run(
        &["explain", "InternalError", "--json", "--lang", "en"],
        "C",
    ))
    .unwrap();
    assert_eq!(json["catalogs"][0]["chinese"], "内部错误。");
    assert_eq!(json["catalogs"][0]["english"], "Internal error.");
}

/// Runs `tc-errors` with `input` on standard input.
fn tc_errors_with_input(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tc-errors"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    // A writer of its own: the command may stop reading before the end.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

/// Whether `text` holds only what is safe to show: no control character but line
/// breaks, no bidirectional or invisible character.
fn is_inert_text(text: &str) -> bool {
    text.chars().all(|c| {
        c == '\n'
            || !(c.is_control()
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}'))
    })
}

#[test]
fn explain_quotes_a_long_or_hostile_argument_short_and_escaped() {
    let long = format!("Invalid.{}", "x".repeat(120_000));
    let output = tc_errors(&["explain", &long]);
    assert_eq!(output.status.code(), Some(1));
    let line = error_line(&output);
    assert!(line.len() < 300, "{} bytes", line.len());
    assert!(line.contains('…'), "{line}");

    let output = tc_errors(&["explain", "A\u{1b}[2J\u{202e}B"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        error_line(&output),
        "tc-errors: no catalog has the error code \"A\\u{1b}[2J\\u{202e}B\"; by its category and words: kind Other, do not retry"
    );
    let output = tc_errors(&["explain", "--json", "A\u{1b}[2J\u{202e}B"]);
    let text = stdout(&output);
    assert!(is_inert_text(&text), "{text:?}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["code"], "A\u{1b}[2J\u{202e}B");
}

#[test]
fn list_escapes_an_unknown_service_name() {
    let output = tc_errors(&["list", "cvm\u{1b}[2J\u{202e}"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        error_line(&output).starts_with("tc-errors: no catalog named \"cvm\\u{1b}[2J\\u{202e}\""),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_empty_code_is_a_usage_error_and_services_match_in_any_case() {
    let empty = tc_errors(&["explain", ""]);
    assert_eq!(empty.status.code(), Some(2));
    let upper = tc_errors(&["list", "CBS"]);
    assert_eq!(upper.status.code(), Some(0), "{}", stderr(&upper));
    assert!(stdout(&upper).contains("InvalidDisk.Busy"));
}
