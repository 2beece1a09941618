//! `parse --json` and the runtime's serde give an outcome one shape: every field the
//! runtime serializes is in the tool's object with the same value (the tool adds what
//! its catalogs say).

use super::*;
use serde::de::IgnoredAny;
use serde_json::Value;
use tc_error_catalogs::cbs::CbsError;
use tc_errors::{parse_http_response, parse_response, ResponseError};

/// Whether every field of `library` is in `cli` with the same value, in nested objects
/// too; `path` names where, for the message.
fn assert_within(library: &Value, cli: &Value, path: &str) {
    match (library, cli) {
        (Value::Object(fields), Value::Object(cli_fields)) => {
            for (name, value) in fields {
                let at = format!("{path}.{name}");
                let cli_value = cli_fields
                    .get(name)
                    .unwrap_or_else(|| panic!("no {at} in {cli}"));
                assert_within(value, cli_value, &at);
            }
        }
        _ => assert_eq!(library, cli, "{path}"),
    }
}

/// A response: a file name for its body, the body, and the status and headers, if any.
type Case<'a> = (&'a str, &'a [u8], Option<u16>, &'a [(&'a str, &'a str)]);

/// The runtime's JSON for `body` (through the HTTP parser when there is a status), and
/// the tool's for the same response with `--service cbs`.
fn both(name: &str, body: &[u8], status: Option<u16>, headers: &[(&str, &str)]) -> (Value, Value) {
    let outcome: Result<_, ResponseError<CbsError>> = match status {
        Some(status) => parse_http_response::<IgnoredAny, CbsError>(status, headers, body),
        None => parse_response::<IgnoredAny, CbsError>(body),
    };
    let library = serde_json::to_value(outcome.expect_err("not a success")).unwrap();

    let path = page(name, body);
    let mut args = vec![
        "parse".to_owned(),
        page_arg(&path).to_owned(),
        "--service".to_owned(),
        "cbs".to_owned(),
        "--json".to_owned(),
    ];
    if let Some(status) = status {
        args.extend(["--status".to_owned(), status.to_string()]);
    }
    for (header, value) in headers {
        args.extend(["--header".to_owned(), format!("{header}: {value}")]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let cli = serde_json::from_str(&stdout(&tc_errors(&args))).unwrap();
    (library, cli)
}

#[test]
fn every_outcome_has_the_runtimes_shape_in_parse_json() {
    let cases: [Case; 5] = [
        (
            "shape-busy.json",
            br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r-1"}}"#,
            Some(503),
            &[("Retry-After", "4")],
        ),
        (
            "shape-lossy.json",
            br#"{"Response":{"Error":{"Code":"InternalError","Message":{"x":1}},"RequestId":12}}"#,
            None,
            &[],
        ),
        (
            "shape-unknown.json",
            br#"{"Response":{"Error":{"Code":"LimitExceeded.Brand.New","Message":"m"},"RequestId":"r-2"}}"#,
            None,
            &[],
        ),
        ("shape-malformed.html", b"<html>\r\n502</html>", None, &[]),
        (
            "shape-gateway.html",
            b"<html>502 Bad Gateway</html>",
            Some(502),
            &[("Content-Type", "text/html"), ("X-TC-RequestId", "h-1")],
        ),
    ];
    let mut outcomes = Vec::new();
    for (name, body, status, headers) in cases {
        let (library, cli) = both(name, body, status, headers);
        assert_within(&library, &cli, name);
        outcomes.push(library["outcome"].clone());
    }
    assert_eq!(
        outcomes,
        ["api_error", "api_error", "api_error", "malformed", "http"]
    );
}
