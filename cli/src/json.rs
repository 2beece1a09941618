//! The JSON shapes of `--json` output, one place for every subcommand, and the one way
//! they are printed.
//!
//! Strings in the output are whatever a page or a response body held. serde_json escapes
//! only `"`, `\` and the C0 controls; a raw U+202E or DEL is still valid JSON, but it
//! reorders or hides what a terminal shows. So every character that
//! [`is_inert`] refuses is written as a `\uXXXX` escape too: the JSON is valid, reads back
//! exactly the same strings (lossless), and is safe to show.

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};
use serde_json::{json, Value};
use std::io::{self, Write};
use tc_error_catalogs::{Catalog, Entry};
use tc_errors::{Action, HttpFailure, LossyFields};
use tc_errors_internals::escape::is_inert;

/// A catalog's entry: its code, description (and its texts in each language, `null`
/// when not published), kind and retry advice (the runtime's fields).
pub fn entry(entry: &Entry) -> Value {
    json!({
        "code": entry.code,
        "description": entry.description,
        "english": entry.english,
        "chinese": entry.chinese,
        "kind": entry.kind.name(),
        "advice": entry.retry_advice(),
    })
}

/// A catalog's entry, as [`entry`], with the catalog's `service` and `enum`,
/// `client_side` for the SDKs' own codes, which the API never sends, the API `versions`
/// that declare the code and the `actions` that document it, each of one version as
/// [`action_in_version`] has it (both empty for a catalog without actions).
pub fn catalog_entry(catalog: &Catalog, found: &Entry) -> Value {
    let mut value = entry(found);
    value["service"] = json!(catalog.service);
    value["enum"] = json!(catalog.enum_path);
    value["client_side"] = json!(catalog.is_client_side());
    let table = catalog.table();
    let (versions, actions): (Vec<&str>, Vec<Value>) = match table.find(found.code) {
        Some(index) => (
            table.code_versions(index).collect(),
            table.documented_by(index).map(action_in_version).collect(),
        ),
        None => Default::default(),
    };
    value["versions"] = json!(versions);
    value["actions"] = json!(actions);
    value
}

/// One action of one version: `action`, `version`, `read_only` and `client_token`
/// (whether its request takes one).
pub fn action_in_version(action: Action) -> Value {
    json!({
        "action": action.name(),
        "version": action.version(),
        "read_only": action.is_read_only(),
        "client_token": action.takes_client_token(),
    })
}

/// The `explain --json` document: `{"code", "catalogs": [...], "near_matches": [...]}`,
/// each catalog that has the code with its entry.
pub fn explanation<'a>(
    code: &str,
    hits: impl IntoIterator<Item = (&'a Catalog, &'a Entry)>,
    near: &[&str],
) -> Value {
    let hits: Vec<Value> = hits
        .into_iter()
        .map(|(catalog, entry)| catalog_entry(catalog, entry))
        .collect();
    json!({ "code": code, "catalogs": hits, "near_matches": near })
}

/// A catalog: its service, its enum and every entry.
pub fn catalog(catalog: &Catalog) -> Value {
    let entries: Vec<Value> = catalog.entries().iter().map(entry).collect();
    json!({
        "service": catalog.service,
        "enum": catalog.enum_path,
        "codes": entries,
    })
}

/// A catalog's actions (`list SERVICE --actions`): its `service`, `enum`, API
/// `versions` and every action of every version, as [`action_in_version`] has it.
pub fn actions(catalog: &Catalog) -> Value {
    let table = catalog.table();
    let versions: Vec<&str> = table.api_versions().collect();
    let actions: Vec<Value> = table.actions().map(action_in_version).collect();
    json!({
        "service": catalog.service,
        "enum": catalog.enum_path,
        "versions": versions,
        "actions": actions,
    })
}

/// One action of one version (`list SERVICE --action NAME`): `service`, `enum`,
/// `action`, `version`, `read_only`, `client_token`, and the `codes` it documents as
/// entries.
pub fn action(catalog: &Catalog, action: Action, codes: &[Entry]) -> Value {
    let mut value = action_in_version(action);
    value["service"] = json!(catalog.service);
    value["enum"] = json!(catalog.enum_path);
    value["codes"] = json!(codes.iter().map(entry).collect::<Vec<Value>>());
    value
}

/// The JSON object `parse --json` prints: `outcome`, then the fields of that outcome.
/// Every string is printed as it came (JSON escapes make it safe to show, see
/// [`write`]); the excerpts of a body are the runtime's, sanitized.
///
/// Each error outcome has every field of the runtime's serialization of its
/// `ResponseError` (the shape its docs define), with the same value, and adds what the
/// catalogs say (for an API error: `service`, `known`, `description`, …), the error line
/// and a hint; its `advice` adds `reason` and `retry_after_seconds` to the runtime's.
#[derive(Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Report<'a> {
    /// A success.
    Success { request_id: Option<&'a str> },
    /// An API error, described by the catalogs.
    ApiError {
        code: &'a str,
        message: &'a str,
        request_id: &'a str,
        /// The `--service` catalog; `null` when every catalog was searched.
        service: Option<&'static str>,
        /// Whether a catalog searched declares the code.
        known: bool,
        /// The chosen catalog's, the common set's or the one declaring service's text.
        description: Option<&'static str>,
        kind: &'static str,
        /// Whether the code is one of the SDKs' own, which the API never sends.
        client_side: bool,
        /// The HTTP status, when the response's was given.
        status: Option<u16>,
        /// The `Retry-After` delay from now in seconds, when the response had one.
        retry_after_seconds: Option<u64>,
        /// The fields the body gave as something other than text, when there are any.
        #[serde(skip_serializing_if = "Option::is_none")]
        lossy: Option<LossyFields>,
        /// `catalogs`, `category_and_words` or `disagreement`.
        kind_from: &'static str,
        /// Whether it is a common code, which any service may return.
        common: bool,
        /// The declaring catalogs' entries; for a common code, the common set's only.
        declared_by: Vec<Value>,
        /// The services whose catalogs re-list a common code.
        also_listed_by: Vec<&'static str>,
        /// The `--action` the request called, and whether it documents the code.
        action: Option<ActionReport<'a>>,
        advice: Option<AdviceReport>,
    },
    /// Not a well-formed response.
    Malformed {
        /// A stable name, such as `NotJson`.
        reason: &'static str,
        /// The reason in words.
        message: String,
        /// What is wrong precisely (sanitized, may be empty).
        detail: &'a str,
        /// The start of the body, sanitized.
        excerpt: &'a str,
        /// The whole error line.
        error: String,
        /// What to try instead (`--service legacy` for an API 2.0 body), or `null`.
        hint: Option<&'static str>,
        /// The `--action` the request called.
        action: Option<ActionReport<'a>>,
        advice: Option<AdviceReport>,
    },
    /// Not the API's response: `status`, `content_type`, `excerpt`, `request_id` and
    /// `retry_after_seconds`, as the runtime serializes them.
    Http {
        #[serde(flatten)]
        failure: &'a HttpFailure,
        error: String,
        /// The `--action` the request called.
        action: Option<ActionReport<'a>>,
        advice: Option<AdviceReport>,
    },
    /// No response: the input cannot be read (`reason` `Io`), is over the limit
    /// (`TooLarge`) or is not an HTTP response with `--http` (`NotHttp`).
    Unreadable {
        reason: &'static str,
        error: &'a str,
    },
    /// No catalog has the service name.
    UnknownService { error: &'a str },
}

/// The action of `parse --action` in `parse --json`.
#[derive(Serialize)]
pub struct ActionReport<'a> {
    /// The name given.
    pub action: &'a str,
    /// The API version of the catalog's action (the newest that has it, or
    /// `--version`'s); `null` when the catalog lacks it.
    pub version: Option<&'static str>,
    /// Whether the `--service` catalog declares the action.
    pub known: bool,
    /// Why it is not known: the error line, with near matches.
    pub error: Option<&'a str>,
    /// Whether the action only reads, by its name.
    pub read_only: bool,
    /// Whether its request takes a `ClientToken`; `null` when the catalog lacks it.
    pub takes_client_token: Option<bool>,
    /// Whether the request carried one (`--client-token`).
    pub sent_client_token: bool,
    /// Whether the request counts as idempotent: read-only, or sent with a token.
    pub idempotent: bool,
    /// For an API error, whether the action documents its code; `null` otherwise or
    /// when the catalog lacks the action.
    pub documents_code: Option<bool>,
    /// Whether to send this request again, its idempotency known (the advice's `retry`
    /// is for an idempotent one); `null` without advice.
    pub retry: Option<bool>,
    /// The advice's verdict for this request: `retry only if idempotent` is settled to
    /// `retry` or `do not retry`; `null` without advice.
    pub verdict: Option<&'static str>,
}

/// The advice in `parse --json`: the class, whether to retry and on what condition, the
/// reason in words, and the `Retry-After` delay.
#[derive(Serialize)]
pub struct AdviceReport {
    /// The class's name, such as `Throttled`.
    pub class: &'static str,
    /// Whether to send the request again (if `idempotent_only`, only an idempotent one).
    pub retry: bool,
    /// Whether a retry is safe only when the request is idempotent.
    pub idempotent_only: bool,
    /// Whether the request must be signed again before it is sent.
    pub re_sign: bool,
    /// The verdict in a few words, as the text prints it (the runtime's wording).
    pub verdict: &'static str,
    /// Why, in a sentence.
    pub reason: &'static str,
    /// The `Retry-After` delay from now, in seconds: at most 2^53 − 1
    /// ([`RetryAfter::MAX_DELAY_SECONDS`](tc_errors::RetryAfter::MAX_DELAY_SECONDS)),
    /// which a JSON reader's double holds exactly.
    pub retry_after_seconds: Option<u64>,
}

/// `value` as pretty JSON with a final newline, every character that is not inert
/// escaped.
pub fn to_text(value: &impl Serialize) -> String {
    let mut text = Vec::new();
    // Writing to a Vec cannot fail, and a `Value` or a derived `Serialize` always
    // serializes.
    let _ = write(&mut text, value);
    String::from_utf8(text).unwrap_or_default()
}

/// Writes `value` to `out` as [`to_text`] has it, without building the text first: a
/// long string goes straight from where it is to `out`.
pub fn write(out: impl Write, value: &impl Serialize) -> io::Result<()> {
    let mut serializer =
        serde_json::Serializer::with_formatter(out, InertFormatter(PrettyFormatter::new()));
    value.serialize(&mut serializer).map_err(io::Error::from)?;
    let mut out = serializer.into_inner();
    out.write_all(b"\n")?;
    out.flush()
}

/// serde_json's pretty layout, with every character that is not [inert](is_inert)
/// written as a `\uXXXX` escape (a surrogate pair beyond the basic plane).
struct InertFormatter(PrettyFormatter<'static>);

impl Formatter for InertFormatter {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some((at, c)) = rest.char_indices().find(|&(_, c)| !is_inert(c)) {
            writer.write_all(&rest.as_bytes()[..at])?;
            for unit in c.encode_utf16(&mut [0; 2]) {
                write!(writer, "\\u{unit:04x}")?;
            }
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    // The layout is the pretty formatter's.

    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_layout_is_serde_jsons_pretty_one() {
        let value = json!({"a": [1, {"b": null}], "c": "d", "e": [], "f": {}});
        assert_eq!(to_text(&value), format!("{value:#}\n"));
    }

    #[test]
    fn bidirectional_and_control_characters_are_escaped_losslessly() {
        let hostile = "A.B\u{1b}[31m \u{202e}x\u{2066}\u{200f}\u{7f}\u{85}\r\n\"\\ 云 😀 \u{feff}";
        let text = to_text(&json!({ "code": hostile }));
        assert!(text.chars().all(|c| c == '\n' || is_inert(c)), "{text:?}");
        assert!(text.contains(r"\u202e"), "{text}");
        assert!(text.contains("云 😀"), "{text}");
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["code"], hostile);
    }
}
