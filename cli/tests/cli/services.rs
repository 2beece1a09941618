//! Service names on the command line: typos get the near names, long or hostile names
//! are quoted short and escaped.

use super::*;

const BUSY: &[u8] =
    br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r"}}"#;

#[test]
fn a_mistyped_service_names_the_near_ones() {
    let list = tc_errors(&["list", "cmv"]);
    assert_eq!(list.status.code(), Some(1));
    let line = error_line(&list);
    assert!(
        line.starts_with("tc-errors: no catalog named \"cmv\"; near matches: "),
        "{line}"
    );
    assert!(line.contains("cvm"), "{line}");
    // The near ones, not every catalog.
    assert!(line.len() < 200, "{line}");

    let parse = tc_errors_with_input(&["parse", "--service", "cmv"], BUSY);
    assert_eq!(parse.status.code(), Some(3));
    assert_eq!(error_line(&parse), line);
    let json = tc_errors_with_input(&["parse", "--service", "cmv", "--json"], BUSY);
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(value["outcome"], "unknown_service");
    assert!(value["error"].as_str().unwrap().contains("cvm"), "{value}");
}

#[test]
fn a_huge_service_name_is_quoted_short() {
    let huge = format!("{}\u{1b}[2J{}", "x".repeat(130_000), "y".repeat(100));
    let list = tc_errors(&["list", &huge]);
    assert_eq!(list.status.code(), Some(1));
    let parse = tc_errors_with_input(&["parse", "--service", &huge], BUSY);
    assert_eq!(parse.status.code(), Some(3));
    for output in [list, parse] {
        let line = error_line(&output);
        assert!(line.len() < 4_000, "{} bytes", line.len());
        assert!(line.contains("xxx…yyy"), "{line}");
    }
}
