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

/// A catalog's entry, as [`entry`], with the catalog's `service` and `enum`, and
/// `client_side` for the SDKs' own codes, which the API never sends.
pub fn catalog_entry(catalog: &Catalog, found: &Entry) -> Value {
    let mut value = entry(found);
    value["service"] = json!(catalog.service);
    value["enum"] = json!(catalog.enum_path);
    value["client_side"] = json!(catalog.is_client_side());
    value
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
