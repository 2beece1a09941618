//! `import`: pages in, catalog modules out, rows it cannot read reported.

use super::*;

#[test]
fn import_prints_the_catalog_module_of_a_page() {
    let cbs = format!("{PAGES}/cbs.md");
    // The renames the catalogs are generated with, from `seeds.tsv`.
    let renames = tc_errors_tests::seeds::renames("cbs");
    assert!(!renames.is_empty(), "seeds.tsv lists CBS's renames");
    let mut args = vec![
        "import".to_owned(),
        cbs,
        "--title".to_owned(),
        "Cloud Block Storage".to_owned(),
        "--api-version".to_owned(),
        "2017-03-12".to_owned(),
    ];
    for (old, new) in &renames {
        args.push("--rename".to_owned());
        args.push(format!("{old}={new}"));
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = tc_errors(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let expected = module_of(
        include_bytes!("../../../catalogs/pages/cbs.md"),
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
    let page = include_bytes!("../../../catalogs/pages/cloudaudit.md");
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
    let compiled = include_str!("../../../tests/ui/pass/imported_hostile.rs");
    assert!(compiled.starts_with(&module), "{module}");
    let errors = stderr(&output);
    assert!(is_inert_text(&errors), "{errors:?}");
    assert!(
        errors.contains("hostile.md: line 13: skipped: `B\\u{202e}C` is not an error code"),
        "{errors}"
    );
}

#[test]
fn import_refuses_a_rename_to_what_is_no_code() {
    let page = page(
        "rename.md",
        b"| Error Code | Description |\n|---|---|\n| One.Code | One. |\n| OneCode | Two. |\n",
    );
    for new in ["Bad Code\"", "x y", "\u{dc}n\u{ef}.Code"] {
        let rename = format!("One.Code={new}");
        let output = tc_errors(&[
            "import",
            "--service",
            "x",
            "--rename",
            &rename,
            page_arg(&page),
        ]);
        assert_eq!(output.status.code(), Some(2), "{new}");
        let line = error_line(&output);
        assert!(line.contains("is not an error code"), "{line}");
        assert_eq!(stdout(&output), "");
    }
}

#[test]
fn import_reads_no_row_or_text_from_scripts_styles_and_comments() {
    let page = page(
        "scripted.html",
        concat!(
            "<table><tr><th>Error Code</th><th>Description</th></tr>\n",
            "<script>…</td></tr><tr><td>Injected.Code</td><td>x…</script>\n",
            "<tr><td>A.B</td><td>Text<style>td { color: red }</style> <b unclosed</td></tr>\n",
            "</table>",
        )
        .as_bytes(),
    );
    let output = tc_errors(&["import", page_arg(&page)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let module = stdout(&output);
    assert!(!module.contains("Injected"), "{module}");
    assert!(
        module.contains("        \"A.B\" => \"Text\",\n"),
        "{module}"
    );
}

#[test]
fn import_reads_no_page_past_the_byte_limit() {
    let output = tc_errors(&["import", "--service", "z", "/dev/zero"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        error_line(&output),
        "tc-errors: cannot read /dev/zero: it is larger than the limit of 67108864 bytes (raise it with --max-bytes)"
    );
    let cbs = format!("{PAGES}/cbs.md");
    let small = page(
        "small.md",
        b"| Error Code | Description |\n|---|---|\n| A.B | Busy. |\n",
    );
    for args in [
        vec!["import", &cbs, "--max-bytes", "1K"],
        vec![
            "import",
            page_arg(&small),
            "--merge",
            &cbs,
            "--max-bytes",
            "1K",
        ],
    ] {
        let output = tc_errors(&args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(error_line(&output).ends_with(
            "cbs.md: it is larger than the limit of 1024 bytes (raise it with --max-bytes)"
        ));
    }
    let output = tc_errors(&["import", page_arg(&small), "--max-bytes", "1K"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}
