//! `tc-errors explain CODE [--json]`.

use crate::lang::Shown;
use crate::near::near_matches;
use crate::style::{Style, Verdict};
use crate::{error_line, json};
use serde_json::{json, Value};
use std::fmt::Write as _;
use std::process::ExitCode;
use tc_error_catalogs::{catalogs, Catalog, Entry};
use tc_errors::RetryAdvice;
use tc_errors_internals::escape::{shortened, Escaped};

/// The line that marks a code of the SDKs' own, in `explain` and `parse`.
pub const CLIENT_SIDE: &str = "client-side: raised by Tencent's SDKs, never sent by the API";

/// How many characters of an unknown code the error line quotes: an argument can be
/// any length; a longer one is cut in the middle, as `parse` cuts what it quotes.
const QUOTED_CHARS: usize = 160;

/// Prints every catalog's entry for `code`; exit status 1 when no catalog has it.
pub fn run(code: &str, as_json: bool, shown: Shown, style: Style) -> ExitCode {
    if code.trim().is_empty() {
        error_line("explain needs an error code, such as `InvalidDisk.Busy`; try --help");
        return ExitCode::from(2);
    }
    let catalogs = catalogs();
    let found = Explanation::of(code, &catalogs);
    let status = if found.hits.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    };
    if as_json {
        print!("{}", json::to_text(&found.to_json()));
        return status;
    }
    match found.to_text(shown, style) {
        Ok(text) => print!("{text}"),
        Err(message) => error_line(message),
    }
    status
}

/// The catalogs of `catalogs` that declare `code` (or have it as an earlier spelling),
/// in their order, each with its entry.
pub fn declaring<'a>(
    code: &'a str,
    catalogs: &'a [Catalog],
) -> impl Iterator<Item = (&'a Catalog, Entry)> + 'a {
    catalogs
        .iter()
        .filter_map(move |catalog| catalog.find(code).map(|entry| (catalog, entry)))
}

/// What the catalogs say about a code: each catalog's entry, or the near matches when
/// none has it.
pub struct Explanation<'a> {
    code: &'a str,
    hits: Vec<(&'a Catalog, Entry)>,
    near: Vec<&'static str>,
}

impl<'a> Explanation<'a> {
    /// Looks `code` up in every catalog.
    pub fn of(code: &'a str, catalogs: &'a [Catalog]) -> Explanation<'a> {
        let hits: Vec<(&Catalog, Entry)> = declaring(code, catalogs).collect();
        let near = if hits.is_empty() {
            let known: Vec<&'static str> = catalogs
                .iter()
                .flat_map(|catalog| catalog.entries())
                .map(|entry| entry.code)
                .collect();
            near_matches(code, known)
        } else {
            Vec::new()
        };
        Explanation { code, hits, near }
    }

    /// The text `explain` prints, with the texts `shown`, in `style`, or the one-line
    /// error when no catalog has the code (which quotes the code escaped, and cut in the
    /// middle when long).
    pub fn to_text(&self, shown: Shown, style: Style) -> Result<String, String> {
        let code = self.code;
        if self.hits.is_empty() {
            let quoted = shortened(code, QUOTED_CHARS);
            let mut message = format!("no catalog has the error code \"{quoted}\"");
            if !self.near.is_empty() {
                let _ = write!(message, "; near matches: {}", self.near.join(", "));
            }
            // A code nobody declares still has a kind, by its category and words.
            let kind = tc_errors::ErrorKind::of_code(code);
            let verdict = RetryAdvice::for_code(code, kind).verdict();
            let _ = write!(
                message,
                "; by its category and words: kind {kind}, {verdict}"
            );
            return Err(message);
        }
        let mut text = String::new();
        for (catalog, entry) in &self.hits {
            // Writing to a String cannot fail.
            let _ = write!(
                text,
                "{} in {} ({})",
                style.code(code),
                catalog.service,
                catalog.enum_path
            );
            if entry.code != code {
                let _ = write!(text, ", an earlier spelling of {}", entry.code);
            }
            text.push_str(":\n");
            for description in shown.texts(entry) {
                let _ = writeln!(text, "    {}", Escaped(description));
            }
            if catalog.is_client_side() {
                let _ = writeln!(text, "    {CLIENT_SIDE}");
            }
            let advice = entry.retry_advice();
            let _ = writeln!(
                text,
                "    {} {}",
                style.heading("kind:"),
                style.verdict(
                    Verdict::of(advice),
                    format_args!("{:?}, {}", entry.kind, advice.verdict())
                )
            );
        }
        Ok(text)
    }

    /// The `--json` document: `{"code", "catalogs": [...], "near_matches": [...]}`.
    pub fn to_json(&self) -> Value {
        let hits: Vec<Value> = self
            .hits
            .iter()
            .map(|(catalog, entry)| json::catalog_entry(catalog, entry))
            .collect();
        json!({ "code": self.code, "catalogs": hits, "near_matches": self.near })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tc_errors::Language;

    const ENGLISH: Shown = Shown::One(Language::English);

    #[test]
    fn both_texts_are_shown_in_the_order_asked() {
        let catalogs = catalogs();
        let text = Explanation::of("InternalError", &catalogs)
            .to_text(
                Shown::Both {
                    first: Language::Chinese,
                },
                Style::PLAIN,
            )
            .unwrap();
        assert!(text.contains("InternalError in common (tc_errors::CommonError):\n    内部错误。\n    Internal error.\n"), "{text}");
        let text = Explanation::of("InternalError", &catalogs)
            .to_text(Shown::One(Language::Chinese), Style::PLAIN)
            .unwrap();
        assert!(!text.contains("Internal error."), "{text}");
    }

    #[test]
    fn a_common_code_is_found_in_every_catalog_that_has_it() {
        let catalogs = catalogs();
        let text = Explanation::of("InvalidParameter", &catalogs)
            .to_text(ENGLISH, Style::PLAIN)
            .unwrap();
        for service in ["common", "legacy", "cbs"] {
            assert!(
                text.contains(&format!("InvalidParameter in {service} (")),
                "{text}"
            );
        }
        assert!(
            text.contains("Invalid parameter\n"),
            "cbs's own wording: {text}"
        );
    }

    #[test]
    fn kind_and_verdict_are_shown() {
        let catalogs = catalogs();
        let text = Explanation::of("InvalidDisk.Busy", &catalogs)
            .to_text(ENGLISH, Style::PLAIN)
            .unwrap();
        assert!(text.contains("kind: Transient, retry\n"), "{text}");
        let text = Explanation::of("ClientError.NetworkError", &catalogs)
            .to_text(ENGLISH, Style::PLAIN)
            .unwrap();
        assert!(
            text.contains(&format!(
                "\n    {CLIENT_SIDE}\n    kind: Network, retry only if idempotent\n"
            )),
            "{text}"
        );
    }

    #[test]
    fn an_unknown_code_is_an_error_with_its_near_matches() {
        let catalogs = catalogs();
        let error = Explanation::of("InvalidDisk.Bussy", &catalogs)
            .to_text(ENGLISH, Style::PLAIN)
            .unwrap_err();
        assert_eq!(
            error,
            "no catalog has the error code \"InvalidDisk.Bussy\"; near matches: InvalidDisk.Busy; by its category and words: kind InvalidRequest, do not retry"
        );
        let error = Explanation::of("Nothing.Like.It", &catalogs)
            .to_text(ENGLISH, Style::PLAIN)
            .unwrap_err();
        assert_eq!(
            error,
            "no catalog has the error code \"Nothing.Like.It\"; by its category and words: kind Other, do not retry"
        );
    }

    #[test]
    fn a_long_or_hostile_code_is_quoted_short_and_escaped() {
        let catalogs = catalogs();
        let long = format!("A.{}\u{1b}[2J{}", "x".repeat(60_000), "y".repeat(60_000));
        let error = Explanation::of(&long, &catalogs)
            .to_text(ENGLISH, Style::PLAIN)
            .unwrap_err();
        assert!(error.len() < 360, "{} bytes", error.len());
        assert!(
            error.starts_with("no catalog has the error code \"A.xxx"),
            "{error}"
        );
        assert!(error.contains('…') && error.contains("yyy\"; "), "{error}");
        let error = Explanation::of("A\u{202e}B\r", &catalogs)
            .to_text(ENGLISH, Style::PLAIN)
            .unwrap_err();
        assert_eq!(
            error,
            "no catalog has the error code \"A\\u{202e}B\\r\"; by its category and words: kind Other, do not retry"
        );
    }

    #[test]
    fn json_lists_each_catalog_and_the_near_matches() {
        let catalogs = catalogs();
        let found = Explanation::of("InvalidDisk.Busy", &catalogs).to_json();
        assert_eq!(found["code"], "InvalidDisk.Busy");
        assert_eq!(found["catalogs"][0]["service"], "cbs");
        assert_eq!(found["catalogs"][0]["kind"], "Transient");
        assert_eq!(found["catalogs"][0]["advice"]["verdict"], "retry");
        assert_eq!(found["catalogs"][0]["client_side"], false);
        assert_eq!(found["near_matches"], json!([]));
        let missing = Explanation::of("invaliddisk.busy", &catalogs).to_json();
        assert_eq!(missing["catalogs"], json!([]));
        assert_eq!(missing["near_matches"], json!(["InvalidDisk.Busy"]));
    }
}
