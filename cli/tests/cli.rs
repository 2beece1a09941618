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
        "tc-errors: no catalog has the error code \"InvalidDisk.Bussy\"; near matches: InvalidDisk.Busy"
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
