//! `tc-errors explain CODE [--json]`.

use crate::json;
use crate::lang::Shown;
use crate::near::near_matches;
use crate::stderr::error_line;
use crate::stdout;
use crate::style::{Style, Verdict};
use serde_json::Value;
use std::fmt::Write as _;
use std::process::ExitCode;
use tc_error_catalogs::{catalogs, Catalog, Entry};
use tc_errors::RetryAdvice;
use tc_errors_internals::escape::{shortened, Escaped};

/// How many characters of an unknown code the error line quotes: an argument can be
/// any length; a longer one is cut in the middle, as `parse` cuts what it quotes.
const QUOTED_CHARS: usize = 160;

/// The command line of `explain`, as clap reads it.
#[derive(clap::Args)]
pub struct Args {
    /// The error code, such as `InvalidDisk.Busy`.
    pub code: String,
    /// Print a JSON object: the code, each catalog's entry, the near matches.
    #[arg(long)]
    pub json: bool,
}

/// Prints every catalog's entry for the code of `args`; exit status 1 when no catalog
/// has it.
pub fn run(args: &Args, shown: Shown, style: Style) -> ExitCode {
    let (code, as_json) = (args.code.as_str(), args.json);
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
        return stdout::write(|out| json::write(out, &found.to_json()), status);
    }
    match found.to_text(shown, style) {
        Ok(text) => stdout::print(&text, status),
        Err(message) => {
            error_line(message);
            status
        }
    }
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
            let retry = if kind.is_retryable() {
                "retryable"
            } else {
                "not retryable"
            };
            let _ = write!(message, "; by its category and words: kind {kind}, {retry}");
            return Err(message);
        }
        let mut text = String::new();
        for (catalog, entry) in &self.hits {
            let retry = if entry.is_retryable() {
                "retryable"
            } else {
                "not retryable"
            };
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
            let verdict = Verdict::of(RetryAdvice::for_code(entry.code, entry.kind));
            let _ = writeln!(
                text,
                "    {} {}",
                style.heading("kind:"),
                style.verdict(verdict, format_args!("{:?}, {retry}", entry.kind))
            );
        }
        Ok(text)
    }

    /// The `--json` document.
    pub fn to_json(&self) -> Value {
        let hits = self.hits.iter().map(|(catalog, entry)| (*catalog, entry));
        json::explanation(self.code, hits, &self.near)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
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
    fn kind_and_retryability_are_shown() {
        let catalogs = catalogs();
        let text = Explanation::of("InvalidDisk.Busy", &catalogs)
            .to_text(ENGLISH, Style::PLAIN)
            .unwrap();
        assert!(text.contains("kind: Transient, retryable"), "{text}");
    }

    #[test]
    fn an_unknown_code_is_an_error_with_its_near_matches() {
        let catalogs = catalogs();
        let error = Explanation::of("InvalidDisk.Bussy", &catalogs)
            .to_text(ENGLISH, Style::PLAIN)
            .unwrap_err();
        assert_eq!(
            error,
            "no catalog has the error code \"InvalidDisk.Bussy\"; near matches: InvalidDisk.Busy; by its category and words: kind InvalidRequest, not retryable"
        );
        let error = Explanation::of("Nothing.Like.It", &catalogs)
            .to_text(ENGLISH, Style::PLAIN)
            .unwrap_err();
        assert_eq!(
            error,
            "no catalog has the error code \"Nothing.Like.It\"; by its category and words: kind Other, not retryable"
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
            "no catalog has the error code \"A\\u{202e}B\\r\"; by its category and words: kind Other, not retryable"
        );
    }

    #[test]
    fn json_lists_each_catalog_and_the_near_matches() {
        let catalogs = catalogs();
        let found = Explanation::of("InvalidDisk.Busy", &catalogs).to_json();
        assert_eq!(found["code"], "InvalidDisk.Busy");
        assert_eq!(found["catalogs"][0]["service"], "cbs");
        assert_eq!(found["catalogs"][0]["kind"], "Transient");
        assert_eq!(found["catalogs"][0]["retryable"], true);
        assert_eq!(found["near_matches"], json!([]));
        let missing = Explanation::of("invaliddisk.busy", &catalogs).to_json();
        assert_eq!(missing["catalogs"], json!([]));
        assert_eq!(missing["near_matches"], json!(["InvalidDisk.Busy"]));
    }
}
