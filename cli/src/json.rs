//! The JSON shapes of `--json` output, one place for every subcommand.

use serde_json::{json, Value};
use tc_error_catalogs::{Catalog, Entry};

/// A catalog's entry: its code, description (and its texts in each language, `null`
/// when not published), kind and retryability.
pub fn entry(entry: &Entry) -> Value {
    json!({
        "code": entry.code,
        "description": entry.description,
        "english": entry.english,
        "chinese": entry.chinese,
        "kind": entry.kind.name(),
        "retryable": entry.is_retryable(),
    })
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

/// `value` as pretty JSON with a final newline.
pub fn to_text(value: &Value) -> String {
    format!("{value:#}\n")
}
