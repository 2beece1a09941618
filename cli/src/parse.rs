//! `tc-errors parse [FILE|-] [--service NAME] [--json] [--max-bytes N]`.

mod read;

use crate::style::{Style, Verdict};
use crate::{error_line, json};
use read::{read, DEFAULT_MAX_BYTES};
use serde::Serialize;
use std::io::{self, Write};
use std::process::ExitCode;
use tc_error_catalogs::{catalog_in, catalogs, Catalog, Entry};
use tc_errors::{parse_legacy_response, parse_response, ApiError, ErrorKind, HttpFailure};
use tc_errors::{CommonError, MalformedResponse, ResponseError, RetryAdvice};
use tc_errors_internals::escape::Escaped;

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

/// Exit status when there is no body to parse: unreadable input, input over the limit,
/// or an unknown service.
const CANNOT_RUN: u8 = 3;

/// The command line of `parse`, as clap reads it.
#[derive(clap::Args)]
pub struct Args {
    /// The file holding the body; `-` or nothing reads standard input.
    pub file: Option<String>,
    /// The catalog that describes the code: a service (`cbs`, …), `common`, or
    /// `legacy` for an API 2.0 body.
    #[arg(long, default_value = "common")]
    pub service: String,
    /// Print a JSON object (on standard output, whatever the outcome).
    #[arg(long)]
    pub json: bool,
    /// Read at most this many bytes; a larger body is an error (exit status 3).
    /// A number, or with a suffix K, M or G (KiB, MiB, GiB); the default is 64 MiB.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_BYTES, value_parser = read::byte_count)]
    pub max_bytes: u64,
}

/// Parses the body in the file of `args` (standard input for none or `-`, at most
/// `--max-bytes`) with the catalog of `--service`, prints what it is (as JSON with
/// `--json`; the text in `style`), and exits with the [`Outcome`]'s status, or 3 when there is no body to
/// parse.
pub fn run(args: &Args, style: Style) -> ExitCode {
    let (input, json, max_bytes) = (args.file.as_deref(), args.json, args.max_bytes);
    let catalog = match catalog_in(&catalogs(), &args.service) {
        Ok(catalog) => catalog,
        Err(unknown) => {
            let error = unknown.to_string();
            return cannot_run(json, &Report::UnknownService { error: &error }, &error);
        }
    };
    let body = match read(input, max_bytes) {
        Ok(body) => body,
        Err(error) => {
            let (reason, error) = (error.reason(), error.to_string());
            return cannot_run(
                json,
                &Report::Unreadable {
                    reason,
                    error: &error,
                },
                &error,
            );
        }
    };
    let parsed = parse(&body, &catalog);
    let outcome = parsed.outcome();
    // Printed straight from the parsed error, without building the text first; a closed
    // pipe does not change what the body was.
    let _ = if json {
        json::write(
            io::BufWriter::new(io::stdout().lock()),
            &parsed.to_json(&catalog),
        )
    } else if outcome == Outcome::Malformed {
        parsed.write_text(io::stderr().lock(), &catalog, Style::PLAIN)
    } else {
        parsed.write_text(io::BufWriter::new(io::stdout().lock()), &catalog, style)
    };
    ExitCode::from(outcome as u8)
}

/// Says why there is no body to parse: `report` on stdout with `json`, else the one
/// error line `error`.
fn cannot_run(json: bool, report: &Report<'_>, error: &str) -> ExitCode {
    if json {
        let _ = json::write(io::stdout().lock(), report);
    } else {
        error_line(error);
    }
    ExitCode::from(CANNOT_RUN)
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
    // the chosen catalog below. The legacy error moves over without a copy of its text.
    let parsed = if catalog.service == "legacy" {
        parse_legacy_response::<Ignored>(body)
            .map(|_| None)
            .map_err(ResponseError::into_catalog)
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

/// The JSON object `parse --json` prints: `outcome`, then the fields of that outcome.
/// Every string is printed as it came (JSON escapes make it safe to show, see
/// [`json`](crate::json)).
#[derive(Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Report<'a> {
    /// A success.
    Success { request_id: Option<&'a str> },
    /// An API error, described by the chosen catalog.
    ApiError {
        code: &'a str,
        message: &'a str,
        request_id: &'a str,
        service: &'a str,
        known: bool,
        description: Option<&'static str>,
        kind: &'static str,
        retryable: bool,
    },
    /// Not a well-formed response.
    Malformed { reason: String, error: String },
    /// Not the API's response (a status and headers say so).
    Http { status: u16, error: String },
    /// No body: the input cannot be read (`reason` `Io`) or is over the limit
    /// (`TooLarge`).
    Unreadable {
        reason: &'static str,
        error: &'a str,
    },
    /// No catalog has the service name.
    UnknownService { error: &'a str },
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

    /// Writes the text `parse` prints to `out` in `style`, with whatever came from the
    /// body escaped.
    pub fn write_text(
        &self,
        mut out: impl Write,
        catalog: &Catalog,
        style: Style,
    ) -> io::Result<()> {
        match self {
            Parsed::Success { request_id: None } => {
                writeln!(out, "success (API 2.0 responses carry no request id)")?;
            }
            Parsed::Success {
                request_id: Some(id),
            } => writeln!(out, "success (RequestId: {})", Escaped(id))?,
            Parsed::Malformed(error) => writeln!(out, "tc-errors: {}", Escaped(error))?,
            Parsed::Http(failure) => writeln!(out, "tc-errors: {}", Escaped(failure))?,
            Parsed::Api { error, entry } => {
                let code = error.code().as_str();
                // The error's `Display`, with the code in its style.
                write!(out, "API error: {}", style.code(Escaped(code)))?;
                if !error.message().is_empty() {
                    write!(out, ": {}", Escaped(error.message()))?;
                }
                if !error.request_id().is_empty() {
                    write!(out, " (RequestId: {})", Escaped(error.request_id()))?;
                }
                writeln!(out)?;
                let (service, path) = (catalog.service, catalog.enum_path);
                match entry {
                    Some(entry) => writeln!(
                        out,
                        "    {service} ({path}): {}",
                        Escaped(entry.description)
                    )?,
                    None => writeln!(
                        out,
                        "    not in {service} ({path}): classified by its category, \"{}\", and its words",
                        Escaped(tc_errors::category_of(code))
                    )?,
                }
                let kind = Parsed::kind(error, entry.as_ref());
                let retry = if kind.is_retryable() {
                    "retryable"
                } else {
                    "not retryable"
                };
                let verdict = Verdict::of(RetryAdvice::for_code(code, kind));
                writeln!(
                    out,
                    "    {} {}",
                    style.heading("kind:"),
                    style.verdict(verdict, format_args!("{}, {retry}", kind.name()))
                )?;
            }
        }
        out.flush()
    }

    /// The text `parse` prints.
    #[cfg(test)]
    pub fn to_text(&self, catalog: &Catalog) -> String {
        let mut text = Vec::new();
        self.write_text(&mut text, catalog, Style::PLAIN).unwrap();
        String::from_utf8(text).unwrap()
    }

    /// The JSON `parse --json` prints.
    pub fn to_json<'a>(&'a self, catalog: &'a Catalog) -> Report<'a> {
        match self {
            Parsed::Success { request_id } => Report::Success {
                request_id: request_id.as_deref(),
            },
            Parsed::Malformed(error) => Report::Malformed {
                reason: format!("{:?}", error.reason()),
                error: error.to_string(),
            },
            Parsed::Http(failure) => Report::Http {
                status: failure.status(),
                error: failure.to_string(),
            },
            Parsed::Api { error, entry } => {
                let kind = Parsed::kind(error, entry.as_ref());
                Report::ApiError {
                    code: error.code().as_str(),
                    message: error.message(),
                    request_id: error.request_id(),
                    service: catalog.service,
                    known: entry.is_some(),
                    description: entry.map(|entry| entry.description),
                    kind: kind.name(),
                    retryable: kind.is_retryable(),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
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
            serde_json::to_value(parse(body, &catalog).to_json(&catalog)).unwrap(),
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
            serde_json::to_value(parse(success, &catalog).to_json(&catalog)).unwrap(),
            json!({"outcome": "success", "request_id": "r-1"})
        );
        let malformed = serde_json::to_value(parse(b"", &catalog).to_json(&catalog)).unwrap();
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
