//! `tc-errors parse [FILE|-] [--service NAME]`.

use std::fmt::Write as _;
use std::io::Read as _;
use std::process::ExitCode;
use tc_error_catalogs::{catalog, catalogs, Catalog};
use tc_errors::{parse_legacy_response, parse_response, ApiError, ErrorCode, ErrorKind};
use tc_errors::{CommonError, ResponseError};

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
/// `service`, prints what it is, and exits with the [`Outcome`]'s status.
pub fn run(input: Option<&str>, service: &str) -> ExitCode {
    let Some(catalog) = catalog(service) else {
        let known: Vec<_> = catalogs().iter().map(|c| c.service).collect();
        eprintln!(
            "tc-errors: no catalog named {service:?}; known: {}",
            known.join(", ")
        );
        return ExitCode::from(CANNOT_RUN);
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
    let (text, outcome) = report(&body, &catalog);
    if outcome == Outcome::Malformed {
        eprint!("{text}");
    } else {
        print!("{text}");
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

/// The text `parse` prints for `body`, and what the body was. The `legacy` catalog
/// selects the API 2.0 parser; every other one, the API 3.0 parser.
pub fn report(body: &[u8], catalog: &Catalog) -> (String, Outcome) {
    type Ignored = serde::de::IgnoredAny;
    // The parsers need a catalog type only to carry the code; its text is classified
    // against the chosen catalog in `describe`.
    let parsed = if catalog.service == "legacy" {
        parse_legacy_response::<Ignored>(body)
            .map(|_| "success (API 2.0 responses carry no request id)\n".to_owned())
            .map_err(|error| describe(error, catalog))
    } else {
        parse_response::<Ignored, CommonError>(body)
            .map(|success| format!("success (RequestId: {})\n", success.request_id))
            .map_err(|error| describe(error, catalog))
    };
    match parsed {
        Ok(text) => (text, Outcome::Success),
        Err(failure) => failure,
    }
}

fn describe<E: ErrorCode>(error: ResponseError<E>, catalog: &Catalog) -> (String, Outcome) {
    match error {
        ResponseError::Api(error) => (describe_api_error(&error, catalog), Outcome::ApiError),
        ResponseError::Malformed(error) => (format!("tc-errors: {error}\n"), Outcome::Malformed),
    }
}

fn describe_api_error<E: ErrorCode>(error: &ApiError<E>, catalog: &Catalog) -> String {
    let code = error.code().as_str();
    let mut text = format!("API error: {error}\n");
    let kind = match catalog.find(code) {
        Some(entry) => {
            let _ = writeln!(
                text,
                "    {} ({}): {}",
                catalog.service, catalog.enum_path, entry.description
            );
            entry.kind
        }
        None => {
            let _ = writeln!(
                text,
                "    not in {} ({}): classified by its category, {:?}",
                catalog.service,
                catalog.enum_path,
                tc_errors::category_of(code)
            );
            ErrorKind::of_code(code)
        }
    };
    let retry = if kind.is_retryable() {
        "retryable"
    } else {
        "not retryable"
    };
    // Writing to a String cannot fail.
    let _ = writeln!(text, "    kind: {}, {retry}", kind.name());
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report_for(service: &str, body: &str) -> (String, Outcome) {
        report(body.as_bytes(), &catalog(service).unwrap())
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
    fn a_code_the_catalog_lacks_is_classified_by_category() {
        let body = r#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r"}}"#;
        let (text, outcome) = report_for("common", body);
        assert_eq!(outcome, Outcome::ApiError);
        assert!(
            text.contains("not in common (tc_errors::CommonError): classified by its category, \"InvalidDisk\""),
            "{text}"
        );
        assert!(text.ends_with("kind: Other, not retryable\n"), "{text}");
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
