//! `tc-errors parse [FILE|-] [--service NAME] [--json]`.

use crate::json;
use serde_json::{json, Value};
use std::fmt::Write as _;
use std::io::Read as _;
use std::process::ExitCode;
use tc_error_catalogs::{catalog_in, catalogs, Catalog, Entry};
use tc_errors::{parse_legacy_response, parse_response, ApiError, ErrorKind, HttpFailure};
use tc_errors::{CommonError, MalformedResponse, ResponseError};

/// What a body turned out to be; each has its exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A success payload: exit status 0.
    Success = 0,
    /// An API error: exit status 1.
    ApiError = 1,
    /// Not a well-formed response: exit status 2.
    Malformed = 2,
}

/// Exit status when there is no body to parse: unreadable input or an unknown service.
const CANNOT_RUN: u8 = 3;

/// Parses the body in `input` (standard input for `None` or `-`) with the catalog of
/// `service`, prints what it is (as JSON with `json`), and exits with the [`Outcome`]'s
/// status.
pub fn run(input: Option<&str>, service: &str, json: bool) -> ExitCode {
    let catalog = match catalog_in(&catalogs(), service) {
        Ok(catalog) => catalog,
        Err(unknown) => {
            eprintln!("tc-errors: {unknown}");
            return ExitCode::from(CANNOT_RUN);
        }
    };
    let body = match read(input) {
        Ok(body) => body,
        Err(error) => {
            eprintln!(
                "tc-errors: cannot read {}: {error}",
                input.unwrap_or("standard input")
            );
            return ExitCode::from(CANNOT_RUN);
        }
    };
    let parsed = parse(&body, &catalog);
    let outcome = parsed.outcome();
    if json {
        print!("{}", json::to_text(&parsed.to_json(&catalog)));
    } else if outcome == Outcome::Malformed {
        eprint!("{}", parsed.to_text(&catalog));
    } else {
        print!("{}", parsed.to_text(&catalog));
    }
    ExitCode::from(outcome as u8)
}

fn read(input: Option<&str>) -> std::io::Result<Vec<u8>> {
    match input {
        None | Some("-") => {
            let mut body = Vec::new();
            std::io::stdin().read_to_end(&mut body)?;
            Ok(body)
        }
        Some(path) => std::fs::read(path),
    }
}

/// What a body said, with the code's text looked up in the chosen catalog.
#[derive(Debug)]
pub enum Parsed {
    /// A success; API 2.0 responses carry no request id.
    Success { request_id: Option<String> },
    /// An API error, and the catalog's entry for its code if the catalog has it.
    Api {
        error: ApiError<CommonError>,
        entry: Option<Entry>,
    },
    /// Not a well-formed response.
    Malformed(MalformedResponse),
    /// Not the API's response: a non-2xx status without an API error body.
    Http(HttpFailure),
}

/// Parses `body`: the `legacy` catalog selects the API 2.0 parser; every other one, the
/// API 3.0 parser.
pub fn parse(body: &[u8], catalog: &Catalog) -> Parsed {
    type Ignored = serde::de::IgnoredAny;
    // The parsers need a catalog type only to carry the code; its text is looked up in
    // the chosen catalog below.
    let parsed = if catalog.service == "legacy" {
        parse_legacy_response::<Ignored>(body)
            .map(|_| None)
            .map_err(|error| error.to_catalog())
    } else {
        parse_response::<Ignored, CommonError>(body).map(|success| Some(success.request_id))
    };
    match parsed {
        Ok(request_id) => Parsed::Success { request_id },
        Err(ResponseError::Api(error)) => Parsed::Api {
            entry: catalog.find(error.code().as_str()),
            error,
        },
        Err(ResponseError::Malformed(error)) => Parsed::Malformed(error),
        Err(ResponseError::Http(failure)) => Parsed::Http(failure),
    }
}

impl Parsed {
    /// What the body was.
    pub fn outcome(&self) -> Outcome {
        match self {
            Parsed::Success { .. } => Outcome::Success,
            Parsed::Api { .. } => Outcome::ApiError,
            Parsed::Malformed(_) | Parsed::Http(_) => Outcome::Malformed,
        }
    }

    /// The kind: the catalog's, or by category for a code it lacks.
    fn kind(error: &ApiError<CommonError>, entry: Option<&Entry>) -> ErrorKind {
        entry.map_or_else(
            || ErrorKind::of_code(error.code().as_str()),
            |entry| entry.kind,
        )
    }

    /// The text `parse` prints.
    pub fn to_text(&self, catalog: &Catalog) -> String {
        match self {
            Parsed::Success { request_id: None } => {
                "success (API 2.0 responses carry no request id)\n".to_owned()
            }
            Parsed::Success {
                request_id: Some(id),
            } => format!("success (RequestId: {id})\n"),
            Parsed::Malformed(error) => format!("tc-errors: {error}\n"),
            Parsed::Http(failure) => format!("tc-errors: {failure}\n"),
            Parsed::Api { error, entry } => {
                let code = error.code().as_str();
                let mut text = format!("API error: {error}\n");
                // Writing to a String cannot fail.
                let _ = match entry {
                    Some(entry) => writeln!(
                        text,
                        "    {} ({}): {}",
                        catalog.service, catalog.enum_path, entry.description
                    ),
                    None => writeln!(
                        text,
                        "    not in {} ({}): classified by its category, {:?}, and its words",
                        catalog.service,
                        catalog.enum_path,
                        tc_errors::category_of(code)
                    ),
                };
                let kind = Parsed::kind(error, entry.as_ref());
                let retry = if kind.is_retryable() {
                    "retryable"
                } else {
                    "not retryable"
                };
                let _ = writeln!(text, "    kind: {}, {retry}", kind.name());
                text
            }
        }
    }

    /// The JSON `parse --json` prints.
    pub fn to_json(&self, catalog: &Catalog) -> Value {
        match self {
            Parsed::Success { request_id } => json!({
                "outcome": "success",
                "request_id": request_id,
            }),
            Parsed::Malformed(error) => json!({
                "outcome": "malformed",
                "reason": format!("{:?}", error.reason()),
                "error": error.to_string(),
            }),
            Parsed::Http(failure) => json!({
                "outcome": "http_failure",
                "status": failure.status(),
                "error": failure.to_string(),
            }),
            Parsed::Api { error, entry } => {
                let kind = Parsed::kind(error, entry.as_ref());
                json!({
                    "outcome": "api_error",
                    "code": error.code().as_str(),
                    "message": error.message(),
                    "request_id": error.request_id(),
                    "service": catalog.service,
                    "known": entry.is_some(),
                    "description": entry.map(|entry| entry.description),
                    "kind": kind.name(),
                    "retryable": kind.is_retryable(),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tc_error_catalogs::catalog;

    fn report_for(service: &str, body: &str) -> (String, Outcome) {
        let catalog = catalog(service).unwrap();
        let parsed = parse(body.as_bytes(), &catalog);
        (parsed.to_text(&catalog), parsed.outcome())
    }

    #[test]
    fn json_says_the_same() {
        let catalog = catalog("cbs").unwrap();
        let body = br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r-2"}}"#;
        assert_eq!(
            parse(body, &catalog).to_json(&catalog),
            json!({
                "outcome": "api_error",
                "code": "InvalidDisk.Busy",
                "message": "Busy.",
                "request_id": "r-2",
                "service": "cbs",
                "known": true,
                "description": "The cloud disk is busy. Try again later.",
                "kind": "Transient",
                "retryable": true,
            })
        );
        let success = br#"{"Response":{"RequestId":"r-1"}}"#;
        assert_eq!(
            parse(success, &catalog).to_json(&catalog),
            json!({"outcome": "success", "request_id": "r-1"})
        );
        let malformed = parse(b"", &catalog).to_json(&catalog);
        assert_eq!(malformed["outcome"], "malformed");
        assert_eq!(malformed["reason"], "Empty");
    }

    #[test]
    fn a_success_prints_its_request_id() {
        let (text, outcome) = report_for("cbs", r#"{"Response":{"DiskSet":[],"RequestId":"r-1"}}"#);
        assert_eq!(outcome, Outcome::Success);
        assert_eq!(text, "success (RequestId: r-1)\n");
    }

    #[test]
    fn an_api_error_is_described_by_the_chosen_catalog() {
        let body = r#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r-2"}}"#;
        let (text, outcome) = report_for("cbs", body);
        assert_eq!(outcome, Outcome::ApiError);
        assert_eq!(
            text,
            "API error: InvalidDisk.Busy: Busy. (RequestId: r-2)\n    cbs \
             (tc_error_catalogs::cbs::CbsError): The cloud disk is busy. Try again later.\n    \
             kind: Transient, retryable\n"
        );
    }

    #[test]
    fn a_code_the_catalog_lacks_is_classified_by_category_and_words() {
        let body = r#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r"}}"#;
        let (text, outcome) = report_for("common", body);
        assert_eq!(outcome, Outcome::ApiError);
        assert!(
            text.contains("not in common (tc_errors::CommonError): classified by its category, \"InvalidDisk\", and its words"),
            "{text}"
        );
        // `Busy` says the code passes: the same call succeeds later.
        assert!(text.ends_with("kind: Transient, retryable\n"), "{text}");
    }

    #[test]
    fn the_legacy_catalog_reads_api_2_bodies() {
        let body = r#"{"code":4100,"message":"Bad signature.","codeDesc":"AuthFailure"}"#;
        let (text, outcome) = report_for("legacy", body);
        assert_eq!(outcome, Outcome::ApiError);
        assert!(
            text.starts_with("API error: AuthFailure: Bad signature.\n"),
            "{text}"
        );
        let (_, outcome) = report_for("legacy", r#"{"code":0}"#);
        assert_eq!(outcome, Outcome::Success);
    }

    #[test]
    fn a_malformed_body_says_what_is_wrong() {
        let (text, outcome) = report_for("cbs", "<html>502 Bad Gateway</html>");
        assert_eq!(outcome, Outcome::Malformed);
        assert!(
            text.starts_with("tc-errors: malformed response: the body is not JSON"),
            "{text}"
        );
    }
}
