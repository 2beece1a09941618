//! The adversarial bodies of `tests/fixtures/bodies/`, each with the outcome that
//! `expected.tsv` gives it, and bodies too big to commit, built here. Every body, and
//! every strict prefix of each well-formed one, also passes the checks that hold of any
//! body (see `tc_errors_tests::outcome`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tc::MalformedReason;
use tc_errors_tests::bodies::{error_body, Shape};
use tc_errors_tests::outcome::{
    api2, api3, check_api2_against_serde_json, check_api3_against_serde_json, Outcome,
};

/// What a table row expects: the outcome, without the payload, message and request id;
/// a malformed body's reason by its name, as `Debug` shows it.
#[derive(Clone, Debug, PartialEq)]
enum Expected {
    Success,
    ApiError(String),
    Malformed(String),
    Http(u16),
}

impl Expected {
    fn of<T>(outcome: &Outcome<T>) -> Expected {
        match outcome {
            Outcome::Success(_) => Expected::Success,
            Outcome::Api { code, .. } => Expected::ApiError(code.clone()),
            Outcome::Malformed(reason) => Expected::Malformed(format!("{reason:?}")),
            Outcome::Http(status) => Expected::Http(*status),
        }
    }

    fn malformed(reason: MalformedReason) -> Expected {
        Expected::Malformed(format!("{reason:?}"))
    }

    /// `success`, `api-error CODE` or `malformed REASON`.
    fn parse(text: &str) -> Option<Expected> {
        match text.split_once(' ') {
            None if text == "success" => Some(Expected::Success),
            Some(("api-error", code)) => Some(Expected::ApiError(code.to_owned())),
            Some(("malformed", reason)) => Some(Expected::Malformed(reason.to_owned())),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Parser {
    Api3,
    Api2,
}

impl Parser {
    /// What the parser makes of `body`, after the checks that hold of any body.
    fn expected(self, body: &[u8]) -> Expected {
        match self {
            Parser::Api3 => {
                check_api3_against_serde_json(body);
                Expected::of(&api3(body))
            }
            Parser::Api2 => {
                check_api2_against_serde_json(body);
                Expected::of(&api2(body))
            }
        }
    }
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/bodies")
}

/// The rows of `expected.tsv`, by file name.
fn table() -> BTreeMap<String, (Parser, Expected)> {
    let text = std::fs::read_to_string(dir().join("expected.tsv")).expect("expected.tsv");
    let mut rows = BTreeMap::new();
    for line in text.lines().filter(|line| !line.starts_with('#')) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [file, parser, outcome] = fields[..] else {
            panic!("expected.tsv: not FILE <tab> PARSER <tab> OUTCOME: {line:?}");
        };
        let parser = match parser {
            "api3" => Parser::Api3,
            "api2" => Parser::Api2,
            _ => panic!("expected.tsv: unknown parser in {line:?}"),
        };
        let expected = Expected::parse(outcome)
            .unwrap_or_else(|| panic!("expected.tsv: unknown outcome in {line:?}"));
        let previous = rows.insert(file.to_owned(), (parser, expected));
        assert!(previous.is_none(), "expected.tsv: {file} twice");
    }
    rows
}

#[test]
fn every_body_has_its_expected_outcome() {
    let table = table();
    let files: Vec<String> = std::fs::read_dir(dir())
        .expect("the corpus directory")
        .map(|entry| entry.expect("a directory entry").file_name())
        .map(|name| name.into_string().expect("a UTF-8 file name"))
        .filter(|name| name != "expected.tsv")
        .collect();
    for file in &files {
        assert!(
            table.contains_key(file),
            "{file} has no row in expected.tsv"
        );
    }
    for file in table.keys() {
        assert!(
            files.contains(file),
            "expected.tsv names {file}, which is missing"
        );
    }
    assert!(files.len() >= 40, "the corpus has {} bodies", files.len());

    let mut wrong = Vec::new();
    for (file, (parser, expected)) in &table {
        let body = std::fs::read(dir().join(file)).expect("a corpus file");
        let actual = parser.expected(&body);
        if actual != *expected {
            wrong.push(format!("{file}: expected {expected:?}, got {actual:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Every strict prefix of a well-formed body is cut short (or empty): a body cut at any
/// byte is never a success, never an API error, never another kind of malformed.
#[test]
fn every_prefix_of_a_well_formed_body_is_truncated() {
    let mut checked = 0;
    for (file, (parser, expected)) in table() {
        if matches!(expected, Expected::Malformed(_)) {
            continue;
        }
        let body = std::fs::read(dir().join(&file)).expect("a corpus file");
        let body = body.trim_ascii_end();
        for end in 0..body.len() {
            let prefix = &body[..end];
            // A byte-order mark alone is an empty body.
            let content = prefix.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(prefix);
            let reason = if content.trim_ascii().is_empty() {
                MalformedReason::Empty
            } else if std::str::from_utf8(prefix).is_err() {
                // Cut inside a character.
                MalformedReason::NotUtf8
            } else {
                MalformedReason::Truncated
            };
            let actual = parser.expected(prefix);
            assert_eq!(actual, Expected::malformed(reason), "{file} cut at {end}");
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked} prefixes");
}

const MB: usize = 1 << 20;

/// Every shape of growing body at a megabyte: the outcome, with the size it must keep.
#[test]
fn a_megabyte_in_any_part_of_a_body_is_parsed() {
    for shape in Shape::ALL {
        let body = shape.body(MB);
        let (parser, code) = match shape {
            Shape::PayloadArray => {
                assert_eq!(Parser::Api3.expected(&body), Expected::Success);
                continue;
            }
            Shape::LegacyMessage => (Parser::Api2, "AuthFailure"),
            _ => (Parser::Api3, "InternalError"),
        };
        assert_eq!(
            parser.expected(&body),
            Expected::ApiError(code.into()),
            "{shape:?}"
        );
    }
    assert_eq!(Shape::Message.parse(&Shape::Message.body(MB)), MB);
    let escaped = Shape::EscapedMessage.parse(&Shape::EscapedMessage.body(MB));
    assert_eq!(escaped, MB / 6 * "é".len());
}

/// Bodies of a megabyte or more with other outcomes, built here rather than committed.
#[test]
fn big_bodies() {
    let big = "x".repeat(MB);
    let cases: Vec<(&str, Parser, Vec<u8>, Expected)> = vec![
        (
            "1 MB code",
            Parser::Api3,
            error_body(&big, "m", "r", ""),
            Expected::ApiError(big.clone()),
        ),
        (
            "1 MB request id",
            Parser::Api3,
            error_body("InternalError", "m", &big, ""),
            Expected::ApiError("InternalError".into()),
        ),
        (
            "1 MB of unclosed nesting in a skipped field",
            Parser::Api3,
            format!(r#"{{"Response":{{"Deep":{}"#, "[".repeat(MB)).into_bytes(),
            Expected::malformed(MalformedReason::Truncated),
        ),
        (
            "1 MB of white space",
            Parser::Api3,
            " \n".repeat(MB / 2).into_bytes(),
            Expected::malformed(MalformedReason::Empty),
        ),
        (
            "1 MB of garbage",
            Parser::Api3,
            format!("<{big}").into_bytes(),
            Expected::malformed(MalformedReason::NotJson),
        ),
        (
            "1 MB of white space after an error",
            Parser::Api3,
            [
                error_body("InternalError", "m", "r", ""),
                " ".repeat(MB).into_bytes(),
            ]
            .concat(),
            Expected::ApiError("InternalError".into()),
        ),
    ];
    for (name, parser, body, expected) in cases {
        assert_eq!(parser.expected(&body), expected, "{name}");
    }
}

/// A success whose payload nests `depth` arrays in `Response`.
fn nested_payload(depth: usize) -> Vec<u8> {
    let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    format!(r#"{{"Response":{{"Deep":{nested},"RequestId":"r"}}}}"#).into_bytes()
}

/// serde_json reads 128 levels into a `Value` and no more; the parsers keep that limit
/// for the payload, as a `PayloadMismatch`, and skip deeper nesting nobody reads.
#[test]
fn a_payload_nested_up_to_the_limit_is_read_and_deeper_is_a_mismatch() {
    // The top-level object and `Response` are two of the 128 levels.
    let limit = 125;
    assert_eq!(
        Expected::of(&api3(&nested_payload(limit))),
        Expected::Success
    );
    assert_eq!(
        Expected::of(&api3(&nested_payload(limit + 1))),
        Expected::malformed(MalformedReason::PayloadMismatch)
    );
    let ignored = tc::parse_response::<serde::de::IgnoredAny, tc_error_catalogs::cbs::CbsError>(
        &nested_payload(100_000),
    );
    assert!(ignored.is_ok(), "{ignored:?}");
}

#[test]
fn every_api3_body_through_the_http_level_function_with_each_status() {
    for (file, (parser, expected)) in table() {
        if parser != Parser::Api3 {
            continue;
        }
        let body = std::fs::read(dir().join(&file)).expect("a corpus file");
        for status in [200, 204, 400, 413, 429, 500, 502, 503, 504] {
            let headers = [
                ("Content-Type", "application/json"),
                ("X-TC-RequestId", "h-1"),
            ];
            let got = Expected::of(&Outcome::of(tc::parse_http_response::<
                serde_json::Value,
                tc_error_catalogs::cbs::CbsError,
            >(status, headers, &body)));
            // An API error is one whatever the status; with a success status the outcome
            // is parse_response's; otherwise the response is not the API's.
            let want = match &expected {
                Expected::ApiError(_) => expected.clone(),
                _ if (200..300).contains(&status) => expected.clone(),
                _ => Expected::Http(status),
            };
            assert_eq!(got, want, "{file} with {status}");
        }
    }
}
