//! The proptest strategies of the property tests: text, codes and keys; JSON documents
//! (see [`documents`](crate::documents)), mostly API 3.0 and API 2.0 bodies, and bodies
//! mangled after writing; lines of error-code pages.

use crate::documents::{lit, push_escaped, Document, Json, Lit};
use proptest::prelude::*;
use proptest::sample::Index;
use tc::ErrorCode;
use tc_error_catalogs::cbs::CbsError;

/// `json` written out, with the same zero to two white-space characters between every
/// two tokens.
pub fn document(json: impl Strategy<Value = Json>) -> impl Strategy<Value = Document> {
    (json, "[ \t\r\n]{0,2}").prop_map(|(json, space)| {
        let mut body = String::new();
        json.write(&space, &mut body);
        Document { json, body }
    })
}

/// `text` written as a literal, each character raw or escaped at random.
fn escaped(text: String) -> impl Strategy<Value = Lit> {
    let count = text.chars().count();
    prop::collection::vec(0u8..4, count).prop_map(move |hows| {
        let mut literal = String::from("\"");
        for (c, how) in text.chars().zip(hows) {
            push_escaped(c, how, &mut literal);
        }
        literal.push('"');
        Lit {
            text: text.clone(),
            literal,
        }
    })
}

/// Text of any characters, with the ones JSON must escape and the invisible ones often.
fn any_text() -> impl Strategy<Value = String> {
    let c = prop_oneof![
        4 => any::<char>(),
        4 => prop::char::range(' ', '~'),
        2 => prop::sample::select(vec!['"', '\\', '/', '\0', '\n', '\u{1b}', '\u{feff}', '\u{202e}', '云', '😀']),
    ];
    prop::collection::vec(c, 0..24).prop_map(|chars| chars.into_iter().collect())
}

/// Codes of the CBS catalog, codes it does not have, and strings that are no code at all.
pub fn code_text() -> impl Strategy<Value = String> {
    let known: Vec<&str> = CbsError::ALL.iter().map(|code| code.code()).collect();
    prop_oneof![
        3 => prop::sample::select(known).prop_map(str::to_owned),
        3 => "[A-Za-z][A-Za-z0-9_.]{0,30}",
        1 => any_text(),
    ]
}

/// Keys: the ones the parsers read, a case away from them, and others.
fn key_text() -> impl Strategy<Value = String> {
    let read = vec![
        "Response",
        "Error",
        "Code",
        "Message",
        "RequestId",
        "code",
        "message",
        "codeDesc",
        "response",
        "error",
        "",
    ];
    prop_oneof![
        1 => prop::sample::select(read).prop_map(str::to_owned),
        2 => "[A-Za-z]{1,8}",
    ]
}

/// A string of `text`, each character written raw or escaped at random.
fn string(text: impl Strategy<Value = String>) -> impl Strategy<Value = Json> {
    text.prop_flat_map(escaped).prop_map(Json::Str)
}

/// Numbers: any `i64`, small ones, and quarters.
fn number() -> impl Strategy<Value = Json> {
    prop_oneof![
        any::<i64>().prop_map(serde_json::Number::from),
        (-4000i64..4000).prop_map(serde_json::Number::from),
        // Quarters: exact in binary and in decimal, so they read back as written.
        (-4000i32..4000).prop_filter_map("a float", |n| serde_json::Number::from_f64(
            f64::from(n) / 4.0
        )),
    ]
    .prop_map(Json::Number)
}

/// Any document of a few levels.
pub fn any_json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        number(),
        string(any_text()),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
            prop::collection::vec(entry(key_text(), inner), 0..4).prop_map(Json::Object),
        ]
    })
}

/// An object entry: a key of `key`, written raw or escaped, and a value of `value`.
pub fn entry(
    key: impl Strategy<Value = String>,
    value: impl Strategy<Value = Json>,
) -> impl Strategy<Value = (Lit, Json)> {
    (key.prop_flat_map(escaped), value)
}

/// An object entry under the key `key`.
fn named(
    key: &'static str,
    value: impl Strategy<Value = Json>,
) -> impl Strategy<Value = (Lit, Json)> {
    entry(Just(key.to_owned()), value)
}

/// An object of `fields`, each one there or not, and up to two `extra` entries, in any
/// order.
fn object(
    fields: Vec<BoxedStrategy<(Lit, Json)>>,
    extra: impl Strategy<Value = (Lit, Json)>,
) -> impl Strategy<Value = Json> {
    let fields: Vec<_> = fields
        .into_iter()
        .map(|field| prop::option::weighted(0.9, field))
        .collect();
    (fields, prop::collection::vec(extra, 0..3))
        .prop_flat_map(|(fields, extra)| shuffled(fields.into_iter().flatten().collect(), extra))
}

/// Mostly API 3.0 envelopes; some with a field of the wrong type, missing or repeated.
pub fn api3_json() -> impl Strategy<Value = Json> {
    let top = object(
        vec![named("Response", response_json()).boxed()],
        prop_oneof![
            8 => entry(key_text(), any_json()),
            1 => named("Response", response_json()),
        ],
    );
    prop_oneof![8 => top, 1 => any_json()]
}

/// Mostly API 3.0 `Response` objects, with or without an `Error`; some with a field of
/// the wrong type, missing or repeated.
fn response_json() -> impl Strategy<Value = Json> {
    let message = || prop_oneof![8 => string(any_text()), 1 => any_json()];
    let response = object(
        vec![
            named("Error", error_json()).boxed(),
            named("RequestId", message()).boxed(),
        ],
        prop_oneof![
            6 => entry(key_text(), any_json()),
            1 => named("RequestId", message()),
            1 => named("Error", error_json()),
        ],
    );
    prop_oneof![8 => response, 1 => any_json()]
}

/// Mostly API 3.0 `Error` objects; some with a field of the wrong type, missing or
/// repeated.
fn error_json() -> impl Strategy<Value = Json> {
    let code = || prop_oneof![8 => string(code_text()), 1 => any_json()];
    let message = || prop_oneof![8 => string(any_text()), 1 => any_json()];
    let error = object(
        vec![
            named("Code", code()).boxed(),
            named("Message", message()).boxed(),
        ],
        prop_oneof![
            4 => entry(key_text(), any_json()),
            1 => named("Code", code()),
            1 => named("Message", message()),
        ],
    );
    prop_oneof![8 => error, 1 => any_json()]
}

/// Mostly API 2.0 bodies; some with a field of the wrong type, missing or repeated.
pub fn api2_json() -> impl Strategy<Value = Json> {
    let code = || {
        prop_oneof![
            2 => Just(Json::Number(0.into())),
            2 => (-9999i64..9999).prop_map(|n| Json::Number(n.into())),
            2 => string("-?[0-9]{1,4}|[+ ]?[0-9]{1,3} ?|[0-9]{19,20}|0x10"),
            1 => any_json(),
        ]
    };
    let text = || prop_oneof![8 => string(any_text()), 1 => any_json()];
    let code_desc = prop_oneof![8 => string(code_text()), 1 => any_json()];
    let top = object(
        vec![
            named("code", code()).boxed(),
            named("message", text()).boxed(),
            named("codeDesc", code_desc).boxed(),
        ],
        prop_oneof![
            6 => entry(key_text(), any_json()),
            1 => named("code", code()),
            1 => named("message", text()),
            1 => named("codeDesc", string(code_text())),
            1 => named("Response", response_json()),
        ],
    );
    prop_oneof![8 => top, 1 => any_json()]
}

/// An API 3.0 error body with the three fields in any order, among other fields. The
/// other keys start in lower case, so none is a field the parser reads.
pub fn api3_error_body(
    code: Lit,
    message: Lit,
    request_id: Lit,
) -> impl Strategy<Value = Document> {
    let extra = || prop::collection::vec(entry("[a-z][A-Za-z]{0,7}", any_json()), 0..3);
    let error_fields = vec![
        (lit("Code"), Json::Str(code)),
        (lit("Message"), Json::Str(message)),
    ];
    let error = extra().prop_flat_map(move |extra| shuffled(error_fields.clone(), extra));
    let response = (error, extra()).prop_flat_map(move |(error, extra)| {
        let fields = vec![
            (lit("Error"), error),
            (lit("RequestId"), Json::Str(request_id.clone())),
        ];
        shuffled(fields, extra)
    });
    document(response.prop_map(|response| Json::Object(vec![(lit("Response"), response)])))
}

/// `fields` and `extra` in a random order, as an object.
fn shuffled(mut fields: Vec<(Lit, Json)>, extra: Vec<(Lit, Json)>) -> impl Strategy<Value = Json> {
    fields.extend(extra);
    Just(fields).prop_shuffle().prop_map(Json::Object)
}

/// A code (not empty), a message and a request id, each written raw or escaped at random.
pub fn lits() -> impl Strategy<Value = (Lit, Lit, Lit)> {
    (
        code_text()
            .prop_filter("a code is not empty", |code| !code.is_empty())
            .prop_flat_map(escaped),
        any_text().prop_flat_map(escaped),
        any_text().prop_flat_map(escaped),
    )
}

/// `doc` with one more entry, put just before a field of the top-level object, of its last
/// `Response` object (`level` 1) or of that one's last `Error` object (`level` 2), where
/// `at` picks the field: its key with `value`. The last value of every key stays as it
/// was, and so does the document's reading (`doc` itself when it has no such field).
pub fn with_earlier_value(doc: &Json, level: u8, at: Index, value: Json) -> Json {
    let mut doc = doc.clone();
    let mut object = &mut doc;
    for key in ["Response", "Error"].into_iter().take(usize::from(level)) {
        let Json::Object(entries) = object else {
            return doc;
        };
        match entries.iter_mut().rev().find(|(k, _)| k.text == key) {
            Some((_, value)) => object = value,
            None => return doc,
        }
    }
    if let Json::Object(entries) = object {
        if !entries.is_empty() {
            let at = at.index(entries.len());
            let key = entries[at].0.clone();
            entries.insert(at, (key, value));
        }
    }
    doc
}

/// `body` cut, with a byte dropped, or with a byte put in, at `at`.
pub fn mangled(body: &str, how: u8, at: Index, byte: u8) -> Vec<u8> {
    let mut body = body.as_bytes().to_vec();
    let at = at.index(body.len() + 1);
    match how {
        0 => body.truncate(at),
        1 if at < body.len() => {
            body.remove(at);
        }
        _ => body.insert(at, byte),
    }
    body
}

/// A known code of the CBS catalog, a character away from itself.
pub fn near_known_code() -> impl Strategy<Value = String> {
    (
        prop::sample::select(CbsError::ALL.to_vec()),
        any::<Index>(),
        any::<char>(),
        0u8..3,
    )
        .prop_map(|(known, at, c, how)| {
            let mut chars: Vec<char> = known.code().chars().collect();
            let at = at.index(chars.len());
            match how {
                0 => {
                    chars[at] = if chars[at].is_ascii_uppercase() {
                        chars[at].to_ascii_lowercase()
                    } else {
                        chars[at].to_ascii_uppercase()
                    }
                }
                1 => chars.insert(at, c),
                _ => {
                    chars.remove(at);
                }
            }
            chars.into_iter().collect()
        })
}

/// Lines of an error-code page, Markdown or HTML, well-formed or not.
pub fn page_line() -> impl Strategy<Value = String> {
    let fixed = vec![
        "### Common Error Codes",
        "## Service Error Codes",
        "# business error codes",
        "| Error Code | Description |",
        "| Error Code | Error Type | Description |",
        "|---|---|",
        "|:--|--:|---|",
        "| InvalidDisk.Busy | The cloud disk is busy. Try again later. |",
        "| `AuthFailure` | x | youâ€™ve failed |",
        "| InternalError | |",
        "| a|b | c |",
        "<table><tr><th>Error Code</th><th>Description</th></tr>",
        "<tr><td>InvalidParameter</td><td>Bad &amp; &#x4e91; &#99999999; <b>x</td></tr>",
        "| A.B | \u{202e}over\u{2066} &#8238; \u{1b}[2J \u{7f} \"q\" \\ |",
        "<tr><td>A.C</td><td><table><tr><td>N.In</td><td>&#x2067;</td></tr></table></td></tr>",
        "<tr><td>",
        "</td></tr></table>",
        "<table",
        "<script>s = '</td></tr><tr><td>Hidden.InScript</td><td>x';</script>",
        "<!-- <tr><td>Hidden.InComment</td></tr>",
        "-->",
        "<style>td { color: red }",
        "</style>",
        "<tr><td>A.D</td><td>text <b unclosed",
        "<td",
        "class=\"x\">",
        "",
    ];
    prop_oneof![
        3 => prop::sample::select(fixed).prop_map(str::to_owned),
        1 => "[|<>/a-zA-Z .`&#;:-]{0,30}",
        1 => any_text(),
    ]
}
