//! The text `parse` prints on standard output.

use super::lookup::{Described, KindFrom};
use super::{Parsed, What};
use crate::explain::CLIENT_SIDE;
use crate::stderr::QUOTED_CHARS;
use crate::style::{Style, Verdict};
use std::io::{self, Write};
use tc_errors::{ApiError, CommonError};
use tc_errors_internals::escape::{shortened, Escaped};

/// How many declaring services are shown with their texts; the rest are named.
const SHOWN_SERVICES: usize = 5;

/// How many characters of an error's message are shown: a message can be megabytes
/// long; a longer one is cut in the middle (`--json` has it whole).
const MESSAGE_CHARS: usize = 1_000;

/// A code or a request id from a response, escaped and cut to [`QUOTED_CHARS`].
fn quoted(text: &str) -> String {
    shortened(text, QUOTED_CHARS)
}

impl Parsed {
    /// Writes the text `parse` prints on standard output to `out` in `style`, with
    /// whatever came from the response escaped: a success's request id; an API error
    /// with what the catalogs say and the retry advice; for a response that is not the
    /// API's answer (whose [problem](Self::problem) goes on stderr), the advice and a
    /// request id from the headers.
    pub fn write_text(&self, mut out: impl Write, style: Style) -> io::Result<()> {
        match &self.what {
            What::Success { request_id: None } => {
                writeln!(out, "success (API 2.0 responses carry no request id)")?;
            }
            What::Success {
                request_id: Some(id),
            } => writeln!(out, "success (RequestId: {})", quoted(id))?,
            What::Api { error, described } => {
                write_api_error(&mut out, error, described, style)?;
            }
            What::Malformed { .. } => {}
            What::Http { failure, .. } => {
                if let Some(id) = failure.request_id() {
                    writeln!(out, "{} {}", style.heading("RequestId:"), quoted(id))?;
                }
            }
        }
        if let Some(advice) = &self.advice {
            let indent = if matches!(self.what, What::Api { .. }) {
                "    "
            } else {
                ""
            };
            advice.write_line(&mut out, indent, style)?;
        }
        out.flush()
    }

    /// The text `parse` prints on standard output.
    #[cfg(test)]
    pub fn to_text(&self) -> String {
        let mut text = Vec::new();
        self.write_text(&mut text, Style::PLAIN).unwrap();
        String::from_utf8(text).unwrap()
    }
}

/// The error's line, what the catalogs say about its code, and its kind.
fn write_api_error(
    out: &mut impl Write,
    error: &ApiError<CommonError>,
    described: &Described,
    style: Style,
) -> io::Result<()> {
    let code = error.code().as_str();
    // The error's `Display`, with the code in its style.
    write!(out, "API error: {}", style.code(quoted(code)))?;
    if !error.message().is_empty() {
        write!(out, ": {}", shortened(error.message(), MESSAGE_CHARS))?;
    }
    if !error.request_id().is_empty() {
        write!(out, " (RequestId: {})", quoted(error.request_id()))?;
    }
    writeln!(out)?;
    let category = quoted(tc_errors::category_of(code));
    let declared = &described.declared_by;
    match (described.chosen, declared.as_slice()) {
        (Some(catalog), [(_, entry)]) => writeln!(
            out,
            "    {} ({}): {}",
            catalog.service,
            catalog.enum_path,
            Escaped(entry.description)
        )?,
        (Some(catalog), _) => writeln!(
            out,
            "    not in {} ({}): classified by its category, \"{category}\", and its words",
            catalog.service, catalog.enum_path
        )?,
        (None, []) => writeln!(
            out,
            "    no catalog declares it: classified by its category, \"{category}\", and its words"
        )?,
        (None, [(common, entry), services @ ..]) if described.in_common_catalog() => {
            writeln!(
                out,
                "    a common code, which any service may return ({}): {}",
                common.enum_path,
                Escaped(entry.description)
            )?;
            if !services.is_empty() {
                writeln!(
                    out,
                    "    also listed by {} services' catalogs (`tc-errors explain {}` shows them)",
                    services.len(),
                    quoted(code)
                )?;
            }
        }
        (None, [(catalog, entry)]) => writeln!(
            out,
            "    declared by {} ({}): {}",
            catalog.service,
            catalog.enum_path,
            Escaped(entry.description)
        )?,
        (None, several) => {
            writeln!(out, "    declared by {} services:", several.len())?;
            for (catalog, entry) in several.iter().take(SHOWN_SERVICES) {
                writeln!(
                    out,
                    "      {} ({}): {}",
                    catalog.service,
                    catalog.enum_path,
                    Escaped(entry.description)
                )?;
            }
            if let Some(rest) = several
                .get(SHOWN_SERVICES..)
                .filter(|rest| !rest.is_empty())
            {
                let names: Vec<&str> = rest.iter().map(|(catalog, _)| catalog.service).collect();
                writeln!(out, "      and {}: {}", rest.len(), names.join(", "))?;
            }
        }
    }
    if described.common && !described.in_common_catalog() {
        writeln!(out, "    a common code, which any service may return")?;
    }
    if described.client_side() {
        writeln!(out, "    {CLIENT_SIDE}")?;
    }
    // The verdict is the advice line's, below.
    write!(
        out,
        "    {} {}",
        style.heading("kind:"),
        style.verdict(Verdict::of(described.advice), described.kind.name())
    )?;
    if described.kind_from == KindFrom::Disagreement {
        let kinds: Vec<String> = declared
            .iter()
            .map(|(catalog, entry)| format!("{} {}", catalog.service, entry.kind.name()))
            .collect();
        write!(
            out,
            ", by its category and words: the services disagree ({}); --service picks one",
            kinds.join(", ")
        )?;
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::super::{parse, Http, Outcome};
    use crate::parse::http_input::{Header, Headers};
    use tc_error_catalogs::{catalog, catalogs};

    /// The text and outcome of `body` parsed with the catalog of `service` (every
    /// catalog for `None`).
    fn report_for(service: Option<&str>, body: &str) -> (String, Outcome) {
        let parsed = parse(
            body.as_bytes(),
            None,
            service.and_then(catalog),
            &catalogs(),
        );
        (parsed.to_text(), parsed.outcome())
    }

    const BUSY: &str =
        r#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r-2"}}"#;

    #[test]
    fn a_success_prints_its_request_id() {
        let (text, outcome) = report_for(
            Some("cbs"),
            r#"{"Response":{"DiskSet":[],"RequestId":"r-1"}}"#,
        );
        assert_eq!(outcome, Outcome::Success);
        assert_eq!(text, "success (RequestId: r-1)\n");
    }

    #[test]
    fn an_api_error_is_described_by_the_chosen_catalog() {
        let (text, outcome) = report_for(Some("cbs"), BUSY);
        assert_eq!(outcome, Outcome::ApiError);
        assert_eq!(
            text,
            "API error: InvalidDisk.Busy: Busy. (RequestId: r-2)\n    cbs \
             (tc_error_catalogs::cbs::CbsError): The cloud disk is busy. Try again later.\n    \
             kind: Transient\n    advice: retry (Transient): a busy \
             resource or an unavailable service refused the request; it may pass later\n"
        );
    }

    #[test]
    fn without_a_service_the_declaring_catalogs_describe_the_code() {
        let (text, _) = report_for(None, BUSY);
        assert!(
            text.contains(
                "\n    declared by cbs (tc_error_catalogs::cbs::CbsError): The cloud disk is busy."
            ),
            "{text}"
        );
        assert!(text.contains("\n    kind: Transient\n"), "{text}");
        let body =
            r#"{"Response":{"Error":{"Code":"InternalError","Message":"x"},"RequestId":"r"}}"#;
        let (text, _) = report_for(None, body);
        assert!(
            text.contains("\n    a common code, which any service may return (tc_errors::CommonError): Internal error.\n    also listed by "),
            "{text}"
        );
        assert!(
            text.contains("advice: retry only if idempotent (ServerFault)"),
            "{text}"
        );
        let (text, _) = report_for(Some("cbs"), body);
        assert!(
            text.contains("\n    a common code, which any service may return\n"),
            "{text}"
        );
        let (text, _) = report_for(Some("common"), body);
        assert!(!text.contains("\n    a common code"), "{text}");
        let body = r#"{"Response":{"Error":{"Code":"FailedOperation.InnerError","Message":"x"},"RequestId":"r"}}"#;
        let (text, _) = report_for(None, body);
        assert!(
            text.contains("\n    declared by 8 services:\n      "),
            "{text}"
        );
        assert!(text.contains("\n      and 3: "), "{text}");
        assert!(text.contains("the services disagree ("), "{text}");
    }

    #[test]
    fn a_code_the_catalogs_lack_is_classified_by_category_and_words() {
        let body = r#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r"}}"#;
        let (text, outcome) = report_for(Some("common"), body);
        assert_eq!(outcome, Outcome::ApiError);
        assert!(
            text.contains("not in common (tc_errors::CommonError): classified by its category, \"InvalidDisk\", and its words"),
            "{text}"
        );
        // `Busy` says the code passes: the same call succeeds later.
        assert!(text.contains("\n    kind: Transient\n"), "{text}");
        let body = r#"{"Response":{"Error":{"Code":"Brand.New","Message":""},"RequestId":"r"}}"#;
        let (text, _) = report_for(None, body);
        assert!(
            text.contains("\n    no catalog declares it: classified by its category, \"Brand\", and its words\n"),
            "{text}"
        );
    }

    #[test]
    fn the_legacy_catalog_reads_api_2_bodies() {
        let body = r#"{"code":4100,"message":"Bad signature.","codeDesc":"AuthFailure"}"#;
        let (text, outcome) = report_for(Some("legacy"), body);
        assert_eq!(outcome, Outcome::ApiError);
        assert!(
            text.starts_with("API error: AuthFailure: Bad signature.\n"),
            "{text}"
        );
        let (_, outcome) = report_for(Some("legacy"), r#"{"code":0}"#);
        assert_eq!(outcome, Outcome::Success);
    }

    #[test]
    fn a_malformed_body_has_its_problem_and_advice() {
        let parsed = parse(b"<html>502 Bad Gateway</html>", None, None, &catalogs());
        assert_eq!(parsed.outcome(), Outcome::Malformed);
        let problem = parsed.problem().unwrap().to_string();
        assert!(
            problem.starts_with("malformed response: the body is not JSON"),
            "{problem}"
        );
        assert!(parsed
            .to_text()
            .starts_with("advice: retry only if idempotent (ServerFault): "));
    }

    #[test]
    fn an_http_failure_shows_the_header_request_id_and_retry_after() {
        let headers = [
            Header {
                name: "X-TC-RequestId".into(),
                value: b"h-1".to_vec(),
            },
            Header {
                name: "Retry-After".into(),
                value: b"2".to_vec(),
            },
        ];
        let http = Some(Http {
            status: 503,
            headers: Headers::Given(&headers),
        });
        let parsed = parse(b"<html>busy</html>", http, None, &catalogs());
        assert_eq!(parsed.outcome(), Outcome::Malformed);
        assert!(parsed
            .problem()
            .unwrap()
            .to_string()
            .starts_with("HTTP 503 without an API response"));
        assert_eq!(
            parsed.to_text(),
            "RequestId: h-1\nadvice: retry (Transient): a busy resource or an \
             unavailable service refused the request; it may pass later; Retry-After: 2 s\n"
        );
    }
}
