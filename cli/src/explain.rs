//! `tc-errors explain CODE [--service NAME]… [--all] [--json]`.

use crate::json;
use crate::lang::Shown;
use crate::near::near_matches;
use crate::service;
use crate::stderr::{error_line, QUOTED_CHARS};
use crate::stdout;
use crate::style::{Style, Verdict};
use serde_json::Value;
use std::fmt::Write as _;
use std::process::ExitCode;
use tc_error_catalogs::{catalogs, Catalog, Entry};
use tc_errors::RetryAdvice;
use tc_errors_internals::escape::{shortened, Escaped};

/// The line that marks a code of the SDKs' own, in `explain` and `parse`.
pub const CLIENT_SIDE: &str = "client-side: raised by Tencent's SDKs, never sent by the API";

/// How many services must word a code alike to be shown as one entry: fewer are shown
/// each in full, with its enum.
const GROUPED_FROM: usize = 3;

/// How many services a grouped entry or an error names before `and N more`.
const NAMED_SERVICES: usize = 5;

/// How many entries of services (one per text) are shown before the rest are only
/// named: with the common and the legacy entries, the text fits a screen.
const SHOWN_ENTRIES: usize = 6;

/// The command line of `explain`, as clap reads it.
#[derive(clap::Args)]
pub struct Args {
    /// The error code, such as `InvalidDisk.Busy`.
    pub code: String,
    /// Only this catalog (repeatable): a service (`cbs`, …), `common` or `legacy`; each
    /// is shown in full.
    #[arg(
        long = "service",
        value_name = "NAME",
        value_parser = service::NameParser,
        hide_possible_values = true
    )]
    pub services: Vec<String>,
    /// Every catalog's entry in full, one per service.
    #[arg(long)]
    pub all: bool,
    /// Print a JSON object: the code, every catalog's entry (as with --all), the near
    /// matches.
    #[arg(long)]
    pub json: bool,
}

/// Prints the catalogs' entries for the code of `args`; exit status 1 when no catalog
/// searched has it, 2 for a service name no catalog has.
pub fn run(args: &Args, shown: Shown, style: Style) -> ExitCode {
    let (code, as_json) = (args.code.as_str(), args.json);
    if code.trim().is_empty() {
        error_line("explain needs an error code, such as `InvalidDisk.Busy`; try --help");
        return ExitCode::from(2);
    }
    let catalogs = catalogs();
    let searched = match service::chosen(&catalogs, &args.services) {
        Ok(searched) => searched,
        Err(message) => {
            error_line(message);
            return ExitCode::from(2);
        }
    };
    let mut found = Explanation::of(code, &searched);
    if !args.services.is_empty() {
        found = found.narrowed(&searched, &catalogs);
    }
    if args.all {
        found = found.in_full();
    }
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
    hits: Vec<Hit<'a>>,
    near: Vec<&'static str>,
    /// With `--service`: the names of the catalogs searched, and of those not searched
    /// that have the code.
    narrowed: Option<(Vec<&'static str>, Vec<&'static str>)>,
    /// Whether each service's entry is shown, rather than one per text.
    full: bool,
}

impl<'a> Explanation<'a> {
    /// Looks `code` up in every catalog of `catalogs`.
    pub fn of(code: &'a str, catalogs: &'a [Catalog]) -> Explanation<'a> {
        let hits: Vec<Hit<'a>> = declaring(code, catalogs).collect();
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
        Explanation {
            code,
            hits,
            near,
            narrowed: None,
            full: false,
        }
    }

    /// The explanation in the catalogs `searched`, chosen out of `all` (`--service`):
    /// each is shown in full, and when none has the code, the error names those of `all`
    /// that have it.
    pub fn narrowed(self, searched: &[Catalog], all: &[Catalog]) -> Explanation<'a> {
        let searched = searched.iter().map(|catalog| catalog.service).collect();
        let elsewhere = declaring(self.code, all)
            .map(|(catalog, _)| catalog.service)
            .collect();
        Explanation {
            narrowed: Some((searched, elsewhere)),
            full: true,
            ..self
        }
    }

    /// Each service's entry shown in full (`--all`), as the JSON always has them.
    pub fn in_full(self) -> Explanation<'a> {
        Explanation { full: true, ..self }
    }

    /// The text `explain` prints, with the texts `shown`, in `style`, or the one-line
    /// error when no catalog has the code (which quotes the code escaped, and cut in the
    /// middle when long).
    ///
    /// Unless [in full](Self::in_full), the services that declare the code with the same
    /// texts shown and kind are one entry, and those that re-list the common set's
    /// entry as it is are a line under it: a common code is declared by most of the
    /// 272 services, a few of which word it their own way.
    pub fn to_text(&self, shown: Shown, style: Style) -> Result<String, String> {
        if self.hits.is_empty() {
            return Err(self.not_found());
        }
        let mut text = String::new();
        if self.full {
            for (catalog, entry) in &self.hits {
                let client_side = catalog.is_client_side();
                self.write_entry(
                    &mut text,
                    &one_catalog(catalog),
                    client_side,
                    entry,
                    shown,
                    style,
                );
            }
        } else {
            self.write_summary(&mut text, shown, style);
        }
        Ok(text)
    }

    /// Writes the common and legacy sets' entries, each in full (the common one with
    /// how many services re-list it alike), then the services' entries, one per text,
    /// the most shared first, at most [`SHOWN_ENTRIES`], then the other services' names.
    fn write_summary(&self, text: &mut String, shown: Shown, style: Style) {
        let (sets, services): (Vec<&Hit<'_>>, Vec<_>) = self
            .hits
            .iter()
            .partition(|(catalog, _)| matches!(catalog.service, "common" | "legacy"));
        let mut groups = alike_groups(services, shown);
        for (catalog, entry) in sets {
            self.write_entry(text, &one_catalog(catalog), false, entry, shown, style);
            let relisting = groups
                .iter()
                .position(|group| catalog.service == "common" && alike(&group[0].1, entry, shown));
            if let Some(at) = relisting {
                let count = groups.remove(at).len();
                let services = if count == 1 { "service" } else { "services" };
                // Writing to a String cannot fail.
                let _ = writeln!(
                    text,
                    "    re-listed by {count} {services} with the same text"
                );
            }
        }
        // A group of a few takes an entry per service.
        let entries = |group: &Vec<&Hit<'_>>| {
            if group.len() < GROUPED_FROM {
                group.len()
            } else {
                1
            }
        };
        let mut taken = 0;
        let fitting = groups
            .iter()
            .take_while(|group| {
                taken += entries(group);
                taken <= SHOWN_ENTRIES
            })
            .count();
        let rest = groups.split_off(fitting);
        for group in groups {
            if group.len() < GROUPED_FROM {
                for (catalog, entry) in group {
                    let client_side = catalog.is_client_side();
                    self.write_entry(
                        text,
                        &one_catalog(catalog),
                        client_side,
                        entry,
                        shown,
                        style,
                    );
                }
            } else {
                let names: Vec<&str> = group.iter().map(|(catalog, _)| catalog.service).collect();
                let where_ = format!("{} services ({})", names.len(), named(&names));
                self.write_entry(text, &where_, false, &group[0].1, shown, style);
            }
        }
        let names: Vec<&str> = rest.iter().flatten().map(|(c, _)| c.service).collect();
        if !names.is_empty() {
            let _ = writeln!(
                text,
                "{} in {} more services, worded otherwise: {} (--all shows them)",
                style.code(self.code),
                names.len(),
                named(&names)
            );
        }
    }

    /// Writes `entry` of the catalogs `where_` as `CODE in WHERE:`, its texts, a line
    /// that marks it `client_side`, and its kind and the verdict of its retry advice.
    fn write_entry(
        &self,
        text: &mut String,
        where_: &str,
        client_side: bool,
        entry: &Entry,
        shown: Shown,
        style: Style,
    ) {
        // Writing to a String cannot fail.
        let _ = write!(text, "{} in {where_}", style.code(self.code));
        if entry.code != self.code {
            let _ = write!(text, ", an earlier spelling of {}", entry.code);
        }
        text.push_str(":\n");
        for description in shown.texts(entry) {
            let _ = writeln!(text, "    {}", Escaped(description));
        }
        if client_side {
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

    /// The error line for a code no catalog searched has.
    fn not_found(&self) -> String {
        let code = self.code;
        let quoted = shortened(code, QUOTED_CHARS);
        let mut message = match &self.narrowed {
            Some((searched, _)) => format!(
                "the catalogs asked for ({}) do not have the error code \"{quoted}\"",
                searched.join(", ")
            ),
            None => format!("no catalog has the error code \"{quoted}\""),
        };
        if !self.near.is_empty() {
            let _ = write!(message, "; near matches: {}", self.near.join(", "));
        }
        if let Some((_, elsewhere)) = self.narrowed.as_ref().filter(|(_, e)| !e.is_empty()) {
            let _ = write!(
                message,
                "; declared by {} (without --service)",
                named(elsewhere)
            );
        }
        // A code nobody declares still has a kind, by its category and words.
        let kind = tc_errors::ErrorKind::of_code(code);
        let verdict = RetryAdvice::for_code(code, kind).verdict();
        let _ = write!(
            message,
            "; by its category and words: kind {kind}, {verdict}"
        );
        message
    }

    /// The `--json` document.
    pub fn to_json(&self) -> Value {
        let hits = self.hits.iter().map(|(catalog, entry)| (*catalog, entry));
        json::explanation(self.code, hits, &self.near)
    }
}

/// A catalog that has the code, with its entry.
type Hit<'a> = (&'a Catalog, Entry);

/// `hits` in groups of [alike](alike) entries, in order of their first, the largest
/// first.
fn alike_groups<'h, 'a>(hits: Vec<&'h Hit<'a>>, shown: Shown) -> Vec<Vec<&'h Hit<'a>>> {
    let mut groups: Vec<Vec<&Hit<'_>>> = Vec::new();
    for hit in hits {
        match groups
            .iter_mut()
            .find(|group| alike(&group[0].1, &hit.1, shown))
        {
            Some(group) => group.push(hit),
            None => groups.push(vec![hit]),
        }
    }
    groups.sort_by_key(|group| std::cmp::Reverse(group.len()));
    groups
}

/// `service (enum)`, where an entry of one catalog is.
fn one_catalog(catalog: &Catalog) -> String {
    format!("{} ({})", catalog.service, catalog.enum_path)
}

/// Whether two services' entries look alike: the same texts shown, the same kind, and
/// the same code (not one an earlier spelling).
fn alike(a: &Entry, b: &Entry, shown: Shown) -> bool {
    a.code == b.code && a.kind == b.kind && shown.texts(a) == shown.texts(b)
}

/// The first few of `names`, then how many more.
fn named(names: &[&str]) -> String {
    match names.get(NAMED_SERVICES..).filter(|rest| !rest.is_empty()) {
        Some(rest) => format!(
            "{} and {} more",
            names[..NAMED_SERVICES].join(", "),
            rest.len()
        ),
        None => names.join(", "),
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
        // Every catalog's entry is --all's; the default summarises (tested below).
        let text = Explanation::of("InvalidParameter", &catalogs)
            .in_full()
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
    fn services_that_word_a_code_alike_are_one_entry() {
        let catalogs = catalogs();
        let found = Explanation::of("InvalidParameter", &catalogs);
        let text = found.to_text(ENGLISH, Style::PLAIN).unwrap();
        assert!(
            text.contains(
                "InvalidParameter in common (tc_errors::CommonError):\n    Incorrect parameter.\n    \
                 kind: InvalidRequest, do not retry\n    re-listed by "
            ),
            "{text}"
        );
        // One entry per text, the most shared first, naming a few of its services.
        let groups: Vec<&str> = text
            .lines()
            .filter(|line| line.contains(" services ("))
            .collect();
        assert!(groups.len() >= 3, "{text}");
        assert!(groups[0].ends_with(" more):"), "{text}");
        let sizes: Vec<usize> = groups
            .iter()
            .map(|line| {
                line["InvalidParameter in ".len()..]
                    .split(' ')
                    .next()
                    .unwrap()
            })
            .map(|size| size.parse().unwrap())
            .collect();
        assert!(sizes.windows(2).all(|pair| pair[0] >= pair[1]), "{sizes:?}");
        // Every service is counted once: re-listing, in an entry, or named at the end.
        let relisting: usize = text
            .split("re-listed by ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .unwrap()
            .parse()
            .unwrap();
        let alone = text.lines().filter(|l| l.contains("Error):")).count() - 2;
        let more: usize = text
            .rsplit(" more services, worded otherwise: ")
            .nth(1)
            .and_then(|head| head.rsplit(' ').next())
            .map_or(0, |count| count.parse().unwrap());
        let services = found.hits.len() - 2;
        assert_eq!(
            relisting + sizes.iter().sum::<usize>() + alone + more,
            services
        );
    }

    #[test]
    fn a_code_few_catalogs_have_is_shown_as_it_is() {
        let catalogs = catalogs();
        let found = Explanation::of("InvalidParameterValue.InvalidRegion", &catalogs);
        assert_eq!(
            found.to_text(ENGLISH, Style::PLAIN),
            found.in_full().to_text(ENGLISH, Style::PLAIN)
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
