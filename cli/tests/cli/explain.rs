//! `explain` of a code that many catalogs share: a summary that fits a screen, every
//! entry with `--all` or `--json`, the catalogs named with `--service`.

use super::*;
use serde_json::Value;

#[test]
fn a_code_many_catalogs_share_is_summarised() {
    let text = stdout(&tc_errors(&["explain", "InternalError"]));
    assert!(text.lines().count() <= 40, "{text}");
    assert!(
        text.starts_with("InternalError in common (tc_errors::CommonError):\n"),
        "{text}"
    );
    assert!(
        text.contains("\nInternalError in legacy (tc_errors::legacy::LegacyError):\n"),
        "{text}"
    );
    // The count is that of the services whose entry is the common one's, in both
    // languages and kind.
    let json: Value =
        serde_json::from_str(&stdout(&tc_errors(&["explain", "--json", "InternalError"]))).unwrap();
    let catalogs = json["catalogs"].as_array().unwrap();
    let same = |a: &Value, b: &Value| {
        ["code", "english", "chinese", "kind"]
            .iter()
            .all(|field| a[field] == b[field])
    };
    let relisting = catalogs
        .iter()
        .filter(|entry| !matches!(entry["service"].as_str(), Some("common" | "legacy")))
        .filter(|entry| same(entry, &catalogs[0]))
        .count();
    assert!(relisting > 200, "{relisting}");
    assert!(
        text.contains(&format!(
            "\n    kind: Internal, retry only if idempotent\n    re-listed by {relisting} services with the same text\n"
        )),
        "{text}"
    );
    // Services that share another text are one entry that names them.
    assert!(text.contains("\nInternalError in 14 services ("), "{text}");
    assert!(text.contains(" and 9 more):\n"), "{text}");
}

#[test]
fn every_code_fits_a_screen_and_all_shows_every_entry() {
    for code in [
        "AuthFailure.UnauthorizedOperation",
        "MissingParameter",
        "InvalidParameter",
        "AuthFailure",
    ] {
        let text = stdout(&tc_errors(&["explain", code]));
        assert!(text.lines().count() <= 40, "{code}: {text}");
        assert!(
            text.contains(" more services, worded otherwise: ")
                && text.ends_with(" (--all shows them)\n"),
            "{code}: {text}"
        );
        let all = tc_errors(&["explain", "--all", code]);
        assert_eq!(all.status.code(), Some(0));
        let json: Value =
            serde_json::from_str(&stdout(&tc_errors(&["explain", "--json", code]))).unwrap();
        let entries = stdout(&all)
            .lines()
            .filter(|line| line.starts_with(&format!("{code} in ")))
            .count();
        assert_eq!(
            entries,
            json["catalogs"].as_array().unwrap().len(),
            "{code}"
        );
        assert!(entries > 100, "{code}");
    }
}

#[test]
fn service_narrows_to_the_catalogs_named() {
    let output = tc_errors(&[
        "explain",
        "InternalError",
        "--service",
        "cbs",
        "--service",
        "CVM",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let headers: Vec<&str> = text.lines().filter(|l| !l.starts_with(' ')).collect();
    assert_eq!(
        headers,
        [
            "InternalError in cbs (tc_error_catalogs::cbs::CbsError):",
            "InternalError in cvm (tc_error_catalogs::cvm::CvmError):"
        ]
    );
    let json = tc_errors(&["explain", "--json", "InternalError", "--service", "cbs"]);
    let value: Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(value["catalogs"].as_array().unwrap().len(), 1);
    assert_eq!(value["catalogs"][0]["service"], "cbs");

    let elsewhere = tc_errors(&["explain", "InvalidDisk.Busy", "--service", "cvm"]);
    assert_eq!(elsewhere.status.code(), Some(1));
    assert_eq!(
        error_line(&elsewhere),
        "tc-errors: the catalogs asked for (cvm) do not have the error code \
         \"InvalidDisk.Busy\"; declared by cbs (without --service); by its category and \
         words: kind Transient, retry"
    );
}

#[test]
fn a_mistyped_service_names_the_near_ones() {
    let output = tc_errors(&["explain", "InternalError", "--service", "cmv"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    let line = error_line(&output);
    assert!(
        line.starts_with("tc-errors: no catalog named \"cmv\"; near matches: "),
        "{line}"
    );
    assert!(line.contains("cvm"), "{line}");
}
