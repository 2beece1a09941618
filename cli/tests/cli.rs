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
fn module_of(page: &[u8], header: Header, renames: &[(&str, &str)]) -> String {
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

#[test]
fn explain_shows_every_catalog_that_has_the_code() {
    let output = tc_errors(&["explain", "InvalidDisk.Busy"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("InvalidDisk.Busy in cbs (tc_error_catalogs::cbs::CbsError):"));
    assert!(stdout(&output).contains("kind: Transient, retryable"));
}

#[test]
fn explain_names_near_matches_for_an_unknown_code() {
    let output = tc_errors(&["explain", "InvalidDisk.Bussy"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        error_line(&output),
        "tc-errors: no catalog has the error code \"InvalidDisk.Bussy\"; near matches: InvalidDisk.Busy; by its category and words: kind InvalidRequest, not retryable"
    );
}

#[test]
fn explain_json_is_one_document_either_way() {
    let found = tc_errors(&["explain", "--json", "ResourceBusy"]);
    assert_eq!(found.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_str(&stdout(&found)).unwrap();
    assert_eq!(value["catalogs"][0]["service"], "cbs");
    assert_eq!(value["catalogs"][0]["retryable"], true);

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
fn import_prints_the_catalog_module_of_a_page() {
    let cbs = format!("{PAGES}/cbs.md");
    let output = tc_errors(&[
        "import",
        &cbs,
        "--title",
        "Cloud Block Storage",
        "--api-version",
        "2017-03-12",
        "--rename",
        "AutoSnapshotPolicyOutOfQuota=LimitExceeded.AutoSnapshotPolicyOutOfQuota",
        "--rename",
        "ZoneNotMatch=ResourceUnavailable.ZoneNotMatch",
        "--rename",
        "InvalidDisk.NotSupportRefund=ResourceUnavailable.NotSupportRefund",
        "--rename",
        "InvalidDisk.RepeatRefund=ResourceUnavailable.RepeatRefund",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let renames = [
        (
            "AutoSnapshotPolicyOutOfQuota",
            "LimitExceeded.AutoSnapshotPolicyOutOfQuota",
        ),
        ("ZoneNotMatch", "ResourceUnavailable.ZoneNotMatch"),
        (
            "InvalidDisk.NotSupportRefund",
            "ResourceUnavailable.NotSupportRefund",
        ),
        (
            "InvalidDisk.RepeatRefund",
            "ResourceUnavailable.RepeatRefund",
        ),
    ];
    let expected = module_of(
        include_bytes!("../../catalogs/pages/cbs.md"),
        Header::new("cbs", None)
            .unwrap()
            .title("Cloud Block Storage")
            .api_version("2017-03-12"),
        &renames,
    );
    assert_eq!(stdout(&output), expected);
    assert_eq!(stderr(&output), "");
}

#[test]
fn import_reads_standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tc-errors"))
        .args([
            "import",
            "-",
            "--service",
            "cloudaudit",
            "--enum",
            "CloudAuditError",
        ])
        .args(["--title", "CloudAudit", "--api-version", "2019-03-19"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let page = include_bytes!("../../catalogs/pages/cloudaudit.md");
    child.stdin.take().unwrap().write_all(page).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let header = Header::new("cloudaudit", Some("CloudAuditError")).unwrap();
    let expected = module_of(
        page,
        header.title("CloudAudit").api_version("2019-03-19"),
        &[],
    );
    assert_eq!(stdout(&output), expected);
}

#[test]
fn import_reports_repeated_codes_as_notes() {
    let legacy = format!("{PAGES}/legacy.html");
    let output = tc_errors(&["import", &legacy]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("pub enum LegacyError {"));
    let notes = stderr(&output);
    assert!(
        notes.contains(
            "legacy.html: line 28: note: `AuthFailure` is listed again (first on line 23)"
        ),
        "{notes}"
    );
}

#[test]
fn import_reports_an_empty_code_cell_and_still_prints_the_rest() {
    let path = page(
        "empty-cell.md",
        b"### Service Error Codes\n\n| Error Code | Description |\n|---|---|\n| A.B | Fine. |\n|  | No code. |\n",
    );
    let output = tc_errors(&["import", page_arg(&path)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("\"A.B\" => \"Fine.\","));
    assert!(!stdout(&output).contains("No code."));
    assert!(error_line(&output).ends_with("empty-cell.md: line 6: skipped: the code cell is empty"));
}

#[test]
fn import_refuses_a_page_with_no_table() {
    let path = page("no-table.md", b"# Error codes\n\nSee the console.\n");
    let output = tc_errors(&["import", page_arg(&path)]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert!(error_line(&output).ends_with(
        "no-table.md: no error-code table: expected a Markdown or HTML table with an `Error Code` column"
    ));
}

#[test]
fn import_refuses_a_binary_file() {
    let path = page("binary.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let output = tc_errors(&["import", page_arg(&path)]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert!(error_line(&output).ends_with(
        "binary.md: not a text file: byte 0 is not UTF-8 text; expected a Markdown or HTML page"
    ));
}

#[test]
fn import_refuses_a_missing_file() {
    let output = tc_errors(&["import", "no/such/page.md"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert!(error_line(&output).starts_with("tc-errors: cannot read no/such/page.md: "));
}

#[test]
fn import_refuses_a_bad_enum_name() {
    let cbs = format!("{PAGES}/cbs.md");
    let output = tc_errors(&["import", &cbs, "--enum", "Cbs-Error"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(error_line(&output).contains("bad enum name \"Cbs-Error\""));
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
fn parse_exits_by_what_the_body_is() {
    let success = page(
        "success.json",
        br#"{"Response":{"DiskSet":[],"RequestId":"r-1"}}"#,
    );
    let output = tc_errors(&["parse", page_arg(&success), "--service", "cbs"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "success (RequestId: r-1)\n");

    let busy = page(
        "busy.json",
        br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r-2"}}"#,
    );
    let output = tc_errors(&["parse", page_arg(&busy), "--service", "cbs"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("kind: Transient, retryable"),
        "{}",
        stdout(&output)
    );

    let gateway = page("gateway.html", b"<html><body>502 Bad Gateway</body></html>");
    let output = tc_errors(&["parse", page_arg(&gateway)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        error_line(&output).contains("not JSON"),
        "{}",
        stderr(&output)
    );

    let output = tc_errors(&["parse", "/nonexistent/body.json"]);
    assert_eq!(output.status.code(), Some(3));
    assert!(error_line(&output).starts_with("tc-errors: cannot read /nonexistent/body.json"));

    let output = tc_errors(&["parse", page_arg(&success), "--service", "nope"]);
    assert_eq!(output.status.code(), Some(3));
    assert!(error_line(&output).contains("no catalog named \"nope\""));
}

#[test]
fn parse_json_is_one_document_whatever_the_outcome() {
    let busy = page(
        "busy-json.json",
        br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r-2"}}"#,
    );
    let gateway = page("gateway-json.html", b"<html>502</html>");
    for (path, status, outcome) in [(&busy, 1, "api_error"), (&gateway, 2, "malformed")] {
        let output = tc_errors(&["parse", page_arg(path), "--service", "cbs", "--json"]);
        assert_eq!(output.status.code(), Some(status));
        let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(value["outcome"], outcome);
    }
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

#[test]
fn import_merges_the_other_language_and_refuses_a_bad_rename() {
    let dir = std::env::temp_dir().join(format!("tc-errors-merge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (en, zh) = (dir.join("x.md"), dir.join("x.zh.md"));
    std::fs::write(&en, "### Service Error Codes\n\n| Error Code | Description |\n|---|---|\n| A.B | Busy. |\n| A.C | |\n").unwrap();
    std::fs::write(
        &zh,
        "### 业务错误码\n\n| 错误码 | 说明 |\n|---|---|\n| A.B | 忙，请稍后重试。 |\n",
    )
    .unwrap();
    let (en, zh) = (en.to_str().unwrap(), zh.to_str().unwrap());
    let output = tc_errors(&["import", en, "--merge", zh]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let module = stdout(&output);
    assert!(
        module.contains(
            "        #[kind(Transient)]\n        \"A.B\" => \"Busy.\" / \"忙，请稍后重试。\",\n"
        ),
        "{module}"
    );
    assert!(module.contains("        \"A.C\",\n"), "{module}");
    let output = tc_errors(&["import", en, "--rename", "Nope=A.D"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "tc-errors: --rename Nope=A.D: the page does not list `Nope`\n"
    );
    let output = tc_errors(&["import", en, "--rename", "A.B"]);
    assert_eq!(output.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
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
fn parse_reads_no_more_than_the_limit() {
    let body = br#"{"Response":{"RequestId":"r-1"}}"#;
    let exact = page("exact.json", body);
    let limit = body.len().to_string();
    let output = tc_errors(&["parse", page_arg(&exact), "--max-bytes", &limit]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let over = (body.len() - 1).to_string();
    let output = tc_errors(&["parse", page_arg(&exact), "--max-bytes", &over]);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        error_line(&output),
        format!(
            "tc-errors: cannot read {}: it is larger than the limit of {over} bytes (raise it with --max-bytes)",
            page_arg(&exact)
        )
    );

    let output = tc_errors(&["parse", page_arg(&exact), "--max-bytes", "lots"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(error_line(&output).contains("--max-bytes"));
}

#[test]
fn parse_stops_reading_an_endless_input() {
    // `yes | tc-errors parse`: 8 MiB offered, 1 MiB read; the rest is never taken.
    let endless = b"y\n".repeat(4 << 20);
    let output = tc_errors_with_input(&["parse", "-", "--max-bytes", "1M"], &endless);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(
        error_line(&output),
        "tc-errors: cannot read standard input: it is larger than the limit of 1048576 bytes (raise it with --max-bytes)"
    );

    let output = tc_errors_with_input(&["parse", "--json", "--max-bytes", "1K"], &endless);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(stderr(&output), "");
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["outcome"], "unreadable");
    assert_eq!(value["reason"], "TooLarge");
    assert!(value["error"].as_str().unwrap().contains("1024 bytes"));
}

#[test]
fn parse_json_is_one_document_when_there_is_no_body() {
    let output = tc_errors(&["parse", "/nonexistent/body.json", "--json"]);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(stderr(&output), "");
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["outcome"], "unreadable");
    assert_eq!(value["reason"], "Io");
    assert!(value["error"]
        .as_str()
        .unwrap()
        .starts_with("cannot read /nonexistent/body.json: "));

    let output = tc_errors_with_input(&["parse", "--service", "nope", "--json"], b"{}");
    assert_eq!(output.status.code(), Some(3));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["outcome"], "unknown_service");
    assert!(value["error"]
        .as_str()
        .unwrap()
        .contains("no catalog named \"nope\""));
}

#[test]
fn parse_shows_what_the_body_says_escaped() {
    let body = br#"{"Response":{"Error":{"Code":"A.B\u001b[31m","Message":"m\u001b[2J \u202egnp.exe"},"RequestId":"r\r"}}"#;
    let output = tc_errors_with_input(&["parse"], body);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(is_inert_text(&text), "{text:?}");
    assert!(
        text.starts_with(
            "API error: A.B\\u{1b}[31m: m\\u{1b}[2J \\u{202e}gnp.exe (RequestId: r\\r)\n"
        ),
        "{text}"
    );

    let output = tc_errors_with_input(&["parse", "--json"], body);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(is_inert_text(&text), "{text:?}");
    assert!(text.contains(r"\u202e"), "{text}");
    // Lossless: the JSON reads back as the body's own strings.
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["code"], "A.B\u{1b}[31m");
    assert_eq!(value["message"], "m\u{1b}[2J \u{202e}gnp.exe");
    assert_eq!(value["request_id"], "r\r");

    let success = br#"{"Response":{"RequestId":"\u2066r\u2069"}}"#;
    let output = tc_errors_with_input(&["parse"], success);
    assert_eq!(
        stdout(&output),
        "success (RequestId: \\u{2066}r\\u{2069})\n"
    );

    let malformed = "\u{202e}<html>\u{1b}[2J".as_bytes();
    let output = tc_errors_with_input(&["parse"], malformed);
    assert_eq!(output.status.code(), Some(2));
    assert!(is_inert_text(&stderr(&output)), "{}", stderr(&output));
}

#[test]
fn parse_legacy_takes_an_api_3_error_for_an_error() {
    let body = br#"{"code":0,"message":"m","codeDesc":"AuthFailure","Response":{"Error":{"Code":"X","Message":"y"}}}"#;
    let output = tc_errors_with_input(&["parse", "--service", "legacy"], body);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(
        stdout(&output).starts_with("API error: X: y\n"),
        "{}",
        stdout(&output)
    );

    let body =
        br#"{"code":4100,"message":"m","codeDesc":"AuthFailure","Response":{"RequestId":"r"}}"#;
    let output = tc_errors_with_input(&["parse"], body);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(
        stdout(&output).starts_with("API error: AuthFailure: m (RequestId: r)\n"),
        "{}",
        stdout(&output)
    );
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
        "tc-errors: no catalog has the error code \"A\\u{1b}[2J\\u{202e}B\"; by its category and words: kind Other, not retryable"
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
fn import_writes_a_hostile_page_escaped() {
    let hostile = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/pages/hostile.md"
    );
    let output = tc_errors(&["import", hostile, "--title", "Evil\u{202e} Title"]);
    // One row has a code with an override in it: skipped, so status 1.
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let module = stdout(&output);
    assert!(is_inert_text(&module), "{module}");
    assert!(module.starts_with("//! Evil\\u{202e} Title (`hostile`) error codes.\n"));
    assert!(module
        .contains(r#""A.C" => "The \u{202e} entity and \u{2066}isolate\u{2069} \u{7f} del.","#));
    assert!(module.contains(r#""N.Outer" => "Outer N.Inner inner \u{2067}text\u{2069} tail.","#));
    // The module the UI test compiles.
    let compiled = include_str!("../../tests/ui/pass/imported_hostile.rs");
    assert!(compiled.starts_with(&module), "{module}");
    let errors = stderr(&output);
    assert!(is_inert_text(&errors), "{errors:?}");
    assert!(
        errors.contains("hostile.md: line 13: skipped: `B\\u{202e}C` is not an error code"),
        "{errors}"
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

/// Runs `tc-errors` with `args` inside a pseudo-terminal (util-linux `script`), so that
/// standard output is a terminal; `env` is set for the run.
fn tc_errors_on_a_terminal(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut command = vec![env!("CARGO_BIN_EXE_tc-errors").to_owned()];
    command.extend(args.iter().map(|arg| (*arg).to_owned()));
    let output = Command::new("script")
        .args([
            "--quiet",
            "--return",
            "--command",
            &command.join(" "),
            "/dev/null",
        ])
        .env_remove("NO_COLOR")
        .env("TERM", "xterm")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("util-linux `script` runs a command on a pseudo-terminal");
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output)
}

#[test]
fn colour_on_a_terminal_unless_no_color_and_never_in_a_pipe() {
    let args = ["explain", "InvalidDisk.Busy"];
    let terminal = tc_errors_on_a_terminal(&args, &[]);
    assert!(
        terminal.contains("\x1b[1mInvalidDisk.Busy\x1b[0m in cbs"),
        "{terminal:?}"
    );
    assert!(
        terminal.contains("\x1b[2mkind:\x1b[0m \x1b[32mTransient, retryable\x1b[0m"),
        "{terminal:?}"
    );
    for env in [[("NO_COLOR", "1")], [("TERM", "dumb")]] {
        let plain = tc_errors_on_a_terminal(&args, &env);
        assert!(plain.contains("InvalidDisk.Busy in cbs"), "{plain:?}");
        assert!(!plain.contains('\x1b'), "{env:?}: {plain:?}");
    }
    let never = tc_errors_on_a_terminal(&["--color", "never", "list", "cbs"], &[]);
    assert!(!never.contains('\x1b'), "{never:?}");

    // A pipe gets no colour, unless asked for; `always` outranks NO_COLOR.
    let piped = tc_errors(&args);
    assert!(!stdout(&piped).contains('\x1b'), "{}", stdout(&piped));
    let always = Command::new(env!("CARGO_BIN_EXE_tc-errors"))
        .args(["--color", "always", "explain", "LimitExceeded"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let always = stdout(&always);
    assert!(always.contains("\x1b[1mLimitExceeded\x1b[0m"), "{always:?}");
    assert!(
        always.contains("\x1b[31mQuotaExceeded, not retryable\x1b[0m"),
        "{always:?}"
    );
    let output = tc_errors(&["--color", "sometimes", "list"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        error_line(&output).contains("--color"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn completions_print_a_shell_script() {
    let bash = tc_errors(&["completions", "bash"]);
    assert_eq!(bash.status.code(), Some(0));
    let script = stdout(&bash);
    assert!(
        script.contains("_tc-errors()") || script.contains("_tc__errors()"),
        "{script}"
    );
    assert!(script.contains("complete -F"), "{script}");
    for word in ["explain", "parse", "--max-bytes", "--color"] {
        assert!(script.contains(word), "{word} in {script}");
    }
    let zsh = stdout(&tc_errors(&["completions", "zsh"]));
    assert!(zsh.starts_with("#compdef tc-errors"), "{zsh}");
    let output = tc_errors(&["completions", "tcsh"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn the_top_level_help_describes_the_tool() {
    let help = stdout(&tc_errors(&["--help"]));
    assert!(
        help.starts_with("Explain Tencent Cloud API error codes, and read API responses"),
        "{help}"
    );
    for part in [
        "explain ",
        "parse ",
        "list ",
        "import ",
        "completions ",
        "Examples:\n  tc-errors explain InvalidDisk.Busy",
    ] {
        assert!(help.contains(part), "{part} in {help}");
    }
    // Not the package's description.
    assert!(!help.contains("import error-code pages."), "{help}");
}
