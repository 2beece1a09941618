//! JSON documents as written: a tree that keeps repeated keys, the order of an object's
//! entries and the way each string is written (raw, `\uXXXX`, surrogate pairs, short
//! escapes), so that what a parser must make of a document can be worked out from the
//! tree (see [`oracles`](crate::oracles)), and the text it is written as.

use serde_json::{Map, Value};

/// A string as written in a document: its text and its JSON literal, quotes included.
#[derive(Clone, Debug)]
pub struct Lit {
    /// The string's text.
    pub text: String,
    /// Its JSON literal, quotes and escapes included.
    pub literal: String,
}

/// A JSON document as written: an object's keys may repeat, in any order.
#[derive(Clone, Debug)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(serde_json::Number),
    /// A string, as written.
    Str(Lit),
    /// An array.
    Array(Vec<Json>),
    /// An object: its entries in order, a key perhaps more than once.
    Object(Vec<(Lit, Json)>),
}

impl Json {
    /// The document's text, with `space` between every two tokens.
    pub fn write(&self, space: &str, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(&n.to_string()),
            Json::Str(lit) => out.push_str(&lit.literal),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(space);
                    item.write(space, out);
                }
                out.push_str(space);
                out.push(']');
            }
            Json::Object(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(space);
                    out.push_str(&key.literal);
                    out.push_str(space);
                    out.push(':');
                    out.push_str(space);
                    value.write(space, out);
                }
                out.push_str(space);
                out.push('}');
            }
        }
    }

    /// The `serde_json::Value` that serde_json reads the document as: of a repeated key,
    /// the last value.
    pub fn to_value(&self) -> Value {
        match self {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(n) => Value::Number(n.clone()),
            Json::Str(lit) => Value::String(lit.text.clone()),
            Json::Array(items) => items.iter().map(Json::to_value).collect(),
            Json::Object(entries) => Value::Object(
                entries
                    .iter()
                    .map(|(key, value)| (key.text.clone(), value.to_value()))
                    .collect::<Map<_, _>>(),
            ),
        }
    }
}

/// A document and its text.
#[derive(Clone, Debug)]
pub struct Document {
    /// The document.
    pub json: Json,
    /// Its text.
    pub body: String,
}

/// `c` appended to a JSON string literal, written as itself or escaped as `how` picks.
pub fn push_escaped(c: char, how: u8, literal: &mut String) {
    let short = match c {
        '"' => Some('"'),
        '\\' => Some('\\'),
        '/' => Some('/'),
        '\u{8}' => Some('b'),
        '\u{c}' => Some('f'),
        '\n' => Some('n'),
        '\r' => Some('r'),
        '\t' => Some('t'),
        _ => None,
    };
    let must_escape = c == '"' || c == '\\' || c < ' ';
    match (how, short) {
        (0, Some(short)) => {
            literal.push('\\');
            literal.push(short);
        }
        (1, _) => {
            for unit in c.encode_utf16(&mut [0; 2]) {
                literal.push_str(&format!("\\u{unit:04x}"));
            }
        }
        _ if must_escape => {
            for unit in c.encode_utf16(&mut [0; 2]) {
                literal.push_str(&format!("\\u{unit:04X}"));
            }
        }
        _ => literal.push(c),
    }
}

/// A key written plainly.
pub fn lit(key: &str) -> Lit {
    Lit {
        text: key.to_owned(),
        literal: format!("\"{key}\""),
    }
}
