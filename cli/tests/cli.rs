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
/// standard output is a terminal; `env` is set for the run. Its standard output, where
/// the terminal ends lines with CRLF.
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
    // `--return`: the command's own exit status, which is 1 for an API error.
    assert!(matches!(output.status.code(), Some(0 | 1)), "{output:?}");
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
    for word in [
        "explain", "parse", "--status", "--header", "--http", "--color",
    ] {
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
        "tc-errors parse --http",
    ] {
        assert!(help.contains(part), "{part} in {help}");
    }
    // Not the package's description.
    assert!(!help.contains("import error-code pages."), "{help}");
}

const HTML_502: &[u8] = b"<html><title>502 Bad Gateway</title></html>\r\n";

#[test]
fn parse_status_502_with_an_html_body_is_an_http_failure_with_retry_advice() {
    let gateway = page("gateway-502.html", HTML_502);
    let output = tc_errors(&["parse", page_arg(&gateway), "--status", "502"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        error_line(&output),
        "tc-errors: HTTP 502 without an API response; the body starts with: \
         <html><title>502 Bad Gateway</title></html>\\r\\n"
    );
    assert_eq!(
        stdout(&output),
        "retry: only an idempotent request (Transient): a gateway failed or timed out; the \
         request may have reached the service\n"
    );

    let output = tc_errors(&[
        "parse",
        page_arg(&gateway),
        "--status",
        "502",
        "--header",
        "Content-Type: text/html",
        "--json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr(&output), "");
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["outcome"], "http");
    assert_eq!(value["status"], 502);
    assert_eq!(value["content_type"], "text/html");
    assert_eq!(value["advice"]["class"], "Transient");
    assert_eq!(value["advice"]["retry"], true);
    assert_eq!(value["advice"]["idempotent_only"], true);
    assert_eq!(value["advice"]["re_sign"], false);
    assert!(value["advice"]["reason"]
        .as_str()
        .unwrap()
        .starts_with("a gateway failed"));

    // The same page with a success status is a malformed body, not a gateway's failure.
    let output = tc_errors(&["parse", page_arg(&gateway), "--status", "200"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(error_line(&output).starts_with("tc-errors: malformed response: the body is not JSON"));
    for bad in ["99", "1000", "abc"] {
        let output = tc_errors(&["parse", page_arg(&gateway), "--status", bad]);
        assert_eq!(output.status.code(), Some(2), "{bad}");
        assert!(error_line(&output).contains("--status"), "{bad}");
    }
}

#[test]
fn parse_takes_the_request_id_and_retry_after_from_headers() {
    let no_id = page(
        "no-id.json",
        br#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Slow down."}}}"#,
    );
    let output = tc_errors(&[
        "parse",
        page_arg(&no_id),
        "--header",
        "x-tc-requestid: hdr-7",
        "--header",
        "Retry-After: 4",
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("API error: RequestLimitExceeded: Slow down. (RequestId: hdr-7)\n"),
        "{text}"
    );
    assert!(
        text.ends_with(
            "    retry: yes, after backing off (Throttled): the caller sends too fast; the \
             request was refused before it ran; Retry-After: 4 s\n"
        ),
        "{text}"
    );
    // Without the header the body has no id.
    let output = tc_errors(&["parse", page_arg(&no_id)]);
    assert!(stdout(&output).starts_with("API error: RequestLimitExceeded: Slow down.\n"));

    let gateway = page("gateway-id.html", HTML_502);
    let output = tc_errors(&[
        "parse",
        page_arg(&gateway),
        "--status",
        "504",
        "--header",
        "X-TC-RequestId: hdr-8",
        "--json",
    ]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["request_id"], "hdr-8");
    let output = tc_errors(&["parse", page_arg(&gateway), "--header", "no colon"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        error_line(&output).contains("expected `Name: value`"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn parse_http_reads_a_raw_response() {
    let raw = page(
        "raw-503.txt",
        b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html\r\nX-TC-RequestId: raw-1\r\n\
          Retry-After: 2\r\n\r\n<html>busy</html>",
    );
    let output = tc_errors(&["parse", "--http", page_arg(&raw)]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        error_line(&output),
        "tc-errors: HTTP 503 without an API response (text/html); the body starts with: <html>busy</html>"
    );
    assert_eq!(
        stdout(&output),
        "RequestId: raw-1\nretry: yes, after a delay (Transient): a busy resource or an \
         unavailable service refused the request; it may pass later; Retry-After: 2 s\n"
    );

    // An API error answered with 200, its request id only in the headers; LF line ends.
    let api = b"HTTP/1.1 200 OK\nX-TC-RequestId: raw-2\n\n{\"Response\":{\"Error\":{\"Code\":\"InvalidDisk.Busy\",\"Message\":\"Busy.\"}}}";
    let output = tc_errors_with_input(&["parse", "--http", "--json"], api);
    assert_eq!(output.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["request_id"], "raw-2");
    assert_eq!(value["kind"], "Transient");
    assert_eq!(value["advice"]["class"], "Transient");

    let success = b"HTTP/1.1 200 OK\r\nX-TC-RequestId: raw-3\r\n\r\n{\"Response\":{}}";
    let output = tc_errors_with_input(&["parse", "--http"], success);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "success (RequestId: raw-3)\n");
}

#[test]
fn parse_http_refuses_what_is_not_an_http_response() {
    let body = br#"{"Response":{"RequestId":"r"}}"#;
    let output = tc_errors_with_input(&["parse", "--http"], body);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(stdout(&output), "");
    assert!(
        error_line(&output).starts_with(
            "tc-errors: cannot read standard input as an HTTP response: line 1: not a status line"
        ),
        "{}",
        stderr(&output)
    );
    let bad_header = page(
        "bad-header.txt",
        b"HTTP/1.1 200 OK\r\nX-TC-RequestId r\r\n\r\n{}",
    );
    let output = tc_errors(&["parse", "--http", page_arg(&bad_header), "--json"]);
    assert_eq!(output.status.code(), Some(3));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["outcome"], "unreadable");
    assert_eq!(value["reason"], "NotHttp");
    assert!(value["error"]
        .as_str()
        .unwrap()
        .contains("line 2: no `:` after the header name"));

    // Arbitrary bytes are an answer, never a panic.
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for length in [0, 1, 7, 64, 300] {
        let mut input = b"HTTP/1.1 5".to_vec();
        for _ in 0..length {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            input.push(seed as u8);
        }
        for input in [&input[..], &input[10..]] {
            let output = tc_errors_with_input(&["parse", "--http"], input);
            assert!(
                matches!(output.status.code(), Some(0..=3)),
                "{input:?}: {output:?}"
            );
            assert!(is_inert_text(&stdout(&output)) && is_inert_text(&stderr(&output)));
        }
    }

    let output = tc_errors(&["parse", "--http", "--status", "200"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        error_line(&output).contains("cannot be used with"),
        "{}",
        stderr(&output)
    );
    let output = tc_errors_with_input(&["parse", "--service", "legacy", "--http"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(error_line(&output).contains("--service legacy reads an API 2.0 body alone"));
}

#[test]
fn parse_json_carries_the_advice_and_a_malformed_bodys_reason_detail_and_excerpt() {
    let busy = br#"{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"Old."},"RequestId":"r"}}"#;
    let output = tc_errors_with_input(&["parse", "--json"], busy);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["advice"]["class"], "ClockSkew");
    assert_eq!(value["advice"]["retry"], true);
    assert_eq!(value["advice"]["re_sign"], true);
    assert_eq!(value["advice"]["verdict"], "after signing it again");

    let hostile = "{\"Response\": \u{1b}[2J\u{202e}<html>".as_bytes();
    let output = tc_errors_with_input(&["parse", "--json"], hostile);
    assert_eq!(output.status.code(), Some(2));
    let text = stdout(&output);
    assert!(is_inert_text(&text), "{text:?}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["outcome"], "malformed");
    assert_eq!(value["reason"], "NotJson");
    assert_eq!(value["message"], "the body is not JSON");
    assert_eq!(value["detail"], "expected value at line 1 column 14");
    // The excerpt is sanitized text: the escapes are characters, not the controls.
    assert_eq!(value["excerpt"], "{\"Response\": \\u{1b}[2J\\u{202e}<html>");
    assert_eq!(value["advice"]["class"], "ServerFault");
    assert_eq!(value["advice"]["idempotent_only"], true);
    assert!(!text.contains("Malformed("), "{text}");
}

#[test]
fn parse_without_a_service_names_the_services_that_declare_the_code() {
    let busy =
        br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r"}}"#;
    let output = tc_errors_with_input(&["parse"], busy);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        "API error: InvalidDisk.Busy: Busy. (RequestId: r)\n    declared by cbs \
         (tc_error_catalogs::cbs::CbsError): The cloud disk is busy. Try again later.\n    \
         kind: Transient, retryable\n    retry: yes, after a delay (Transient): a busy \
         resource or an unavailable service refused the request; it may pass later\n"
    );
    let output = tc_errors_with_input(&["parse", "--json"], busy);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["service"], serde_json::Value::Null);
    assert_eq!(value["known"], true);
    assert_eq!(value["declared_by"].as_array().unwrap().len(), 1);
    assert_eq!(value["declared_by"][0]["service"], "cbs");
    assert_eq!(
        value["declared_by"][0]["enum"],
        "tc_error_catalogs::cbs::CbsError"
    );
    assert_eq!(value["kind"], "Transient");
    assert_eq!(value["common"], false);

    let common = br#"{"Response":{"Error":{"Code":"UnauthorizedOperation","Message":"No."},"RequestId":"r"}}"#;
    let output = tc_errors_with_input(&["parse"], common);
    let text = stdout(&output);
    assert!(
        text.contains(
            "\n    a common code, which any service may return (tc_errors::CommonError): "
        ),
        "{text}"
    );
    assert!(
        text.contains("\n    kind: Denied, not retryable\n    retry: no (NotRetryable): "),
        "{text}"
    );
}

#[test]
fn parse_colours_a_terminal_and_nothing_else() {
    let busy = page(
        "busy-colour.json",
        br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r"}}"#,
    );
    let terminal = tc_errors_on_a_terminal(&["parse", page_arg(&busy)], &[]);
    assert!(
        terminal.contains("API error: \x1b[1mInvalidDisk.Busy\x1b[0m: Busy."),
        "{terminal:?}"
    );
    assert!(
        terminal.contains("\x1b[2mretry:\x1b[0m \x1b[32myes, after a delay\x1b[0m (Transient)"),
        "{terminal:?}"
    );
    let plain = tc_errors_on_a_terminal(&["parse", page_arg(&busy)], &[("NO_COLOR", "yes")]);
    assert!(!plain.contains('\x1b'), "{plain:?}");
    let piped = tc_errors(&["parse", page_arg(&busy)]);
    assert!(!stdout(&piped).contains('\x1b'));
    // Colour never reaches JSON.
    let json = tc_errors(&["--color", "always", "parse", page_arg(&busy), "--json"]);
    assert!(!stdout(&json).contains('\x1b'));
}
