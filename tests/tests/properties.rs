//! Properties on generated input: whatever the bytes, the response parsers and the importer
//! return `Ok` or a typed error, never panic, and never take an error body for a success;
//! what a valid body says comes back exactly; a code string keeps its exact text.
//!
//! Documents are generated as trees that keep repeated keys and the way each string is
//! written (raw, `\uXXXX`, surrogate pairs, short escapes), so that the expected outcome
//! of each one follows from the parsers' documented rules, checked by [`expected_api3`]
//! and [`expected_api2`].

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Map, Value};
use tc::legacy::LegacyError;
use tc::{Code, CommonError, ErrorCode, MalformedReason, Success};
use tc_error_catalogs::{
    cbs::CbsError, cloudaudit::CloudAuditError, emr::EmrError, organization::OrganizationError,
};
use tc_errors_importer::{self as import, Header};
use tc_errors_tests::outcome::{
    api2, api3, check_api2_against_serde_json, check_api3_against_serde_json, Outcome,
};

/// A string as written in a document: its text and its JSON literal, quotes included.
#[derive(Clone, Debug)]
struct Lit {
    text: String,
    literal: String,
}

/// A JSON document as written: an object's keys may repeat, in any order.
#[derive(Clone, Debug)]
enum Json {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    Str(Lit),
    Array(Vec<Json>),
    Object(Vec<(Lit, Json)>),
}

impl Json {
    /// The document's text, with `space` between every two tokens.
    fn write(&self, space: &str, out: &mut String) {
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
    fn to_value(&self) -> Value {
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
struct Document {
    json: Json,
    body: String,
}

fn document(json: impl Strategy<Value = Json>) -> impl Strategy<Value = Document> {
    (json, "[ \t\r\n]{0,2}").prop_map(|(json, space)| {
        let mut body = String::new();
        json.write(&space, &mut body);
        Document { json, body }
    })
}

/// `c` appended to a JSON string literal, written as itself or escaped as `how` picks.
fn push_escaped(c: char, how: u8, literal: &mut String) {
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
fn code_text() -> impl Strategy<Value = String> {
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

fn string(text: impl Strategy<Value = String>) -> impl Strategy<Value = Json> {
    text.prop_flat_map(escaped).prop_map(Json::Str)
}

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
fn any_json() -> impl Strategy<Value = Json> {
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

fn entry(
    key: impl Strategy<Value = String>,
    value: impl Strategy<Value = Json>,
) -> impl Strategy<Value = (Lit, Json)> {
    (key.prop_flat_map(escaped), value)
}

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
fn api3_json() -> impl Strategy<Value = Json> {
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
    let error = prop_oneof![8 => error, 1 => any_json()];
    let response = object(
        vec![
            named("Error", error).boxed(),
            named("RequestId", message()).boxed(),
        ],
        prop_oneof![
            6 => entry(key_text(), any_json()),
            1 => named("RequestId", message()),
        ],
    );
    let response = prop_oneof![8 => response, 1 => any_json()];
    let top = object(
        vec![named("Response", response).boxed()],
        entry(key_text(), any_json()),
    );
    prop_oneof![8 => top, 1 => any_json()]
}

/// Mostly API 2.0 bodies; some with a field of the wrong type, missing or repeated.
fn api2_json() -> impl Strategy<Value = Json> {
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
        ],
    );
    prop_oneof![8 => top, 1 => any_json()]
}

/// The values of `object` under `key`, in order.
fn values<'a>(object: &'a [(Lit, Json)], key: &str) -> Vec<&'a Json> {
    object
        .iter()
        .filter(|(k, _)| k.text == key)
        .map(|(_, value)| value)
        .collect()
}

/// A string field that may be missing or `null`: its text, or `None` when it is there
/// but is not one string or `null`.
fn optional_text(object: &[(Lit, Json)], key: &str) -> Option<String> {
    match values(object, key).as_slice() {
        [] | [Json::Null] => Some(String::new()),
        [Json::Str(lit)] => Some(lit.text.clone()),
        _ => None,
    }
}

/// What `parse_response` must make of `doc`, by its documented rules: one `Response`
/// object; in it at most one string (or `null`) `RequestId` and at most one `Error`, which
/// makes it an API error whatever else is there and must be an object with one non-empty
/// string `Code` and at most one string (or `null`) `Message`; without `Error`, a
/// non-zero API 2.0 `code` beside the `Response` is that API error. Any other key is
/// skipped.
fn expected_api3(doc: &Json) -> Outcome<Success<Value>> {
    let bad = Outcome::Malformed(MalformedReason::NotAnApiResponse);
    let Json::Object(top) = doc else { return bad };
    let response = match values(top, "Response").as_slice() {
        [response @ Json::Object(_)] => *response,
        _ => return bad,
    };
    let Json::Object(fields) = response else {
        return bad;
    };
    let Some(request_id) = optional_text(fields, "RequestId") else {
        return bad;
    };
    match values(fields, "Error").as_slice() {
        [] => match legacy_error(top, request_id.clone()) {
            Some(error) => error,
            None => Outcome::Success(Success {
                payload: response.to_value(),
                request_id,
            }),
        },
        [error] => error_object(error, request_id),
        _ => bad,
    }
}

/// What an API 3.0 `Error` value makes of a body: an object with one non-empty string
/// `Code` and at most one string (or `null`) `Message` is that API error.
fn error_object<T>(error: &Json, request_id: String) -> Outcome<T> {
    let bad = Outcome::Malformed(MalformedReason::NotAnApiResponse);
    let Json::Object(error) = error else {
        return bad;
    };
    match (
        values(error, "Code").as_slice(),
        optional_text(error, "Message"),
    ) {
        ([Json::Str(code)], Some(message)) if !code.text.is_empty() => Outcome::Api {
            code: code.text.clone(),
            message,
            request_id,
        },
        _ => bad,
    }
}

/// The API 2.0 error of the top level `top` of an API 3.0 body: the last `code`, when it
/// reads as a non-zero integer; the last `codeDesc` and `message` if they are strings.
fn legacy_error<T>(top: &[(Lit, Json)], request_id: String) -> Option<Outcome<T>> {
    let last_text = |key| match values(top, key).last() {
        Some(Json::Str(lit)) => lit.text.clone(),
        _ => String::new(),
    };
    let code = legacy_code(values(top, "code").last()?).filter(|&code| code != 0)?;
    let desc = last_text("codeDesc");
    Some(Outcome::Api {
        code: if desc.is_empty() {
            code.to_string()
        } else {
            desc
        },
        message: last_text("message"),
        request_id,
    })
}

/// An API 2.0 `code`: an integer, or a string of an optional `-` and digits.
fn legacy_code(code: &Json) -> Option<i64> {
    match code {
        Json::Number(n) => n.as_i64(),
        Json::Str(lit) => {
            let digits = lit.text.strip_prefix('-').unwrap_or(&lit.text);
            let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
            all_digits.then(|| lit.text.parse().ok()).flatten()
        }
        _ => None,
    }
}

/// What `parse_legacy_response` must make of `doc`, by its documented rules: one `code`,
/// an integer or a string of an optional `-` and digits; at most one string (or `null`)
/// `message` and `codeDesc`. Code 0 is a success unless the last `Response` is an object
/// with an `Error`, read as API 3.0 reads it; any other is an error whose code is the
/// `codeDesc`, or the number when that is missing or empty.
fn expected_api2(doc: &Json) -> Outcome<Value> {
    let bad = Outcome::Malformed(MalformedReason::NotAnApiResponse);
    let Json::Object(top) = doc else { return bad };
    let code = match values(top, "code").as_slice() {
        [code] => legacy_code(code),
        _ => None,
    };
    let (Some(code), Some(message), Some(desc)) = (
        code,
        optional_text(top, "message"),
        optional_text(top, "codeDesc"),
    ) else {
        return bad;
    };
    if code == 0 {
        // An API 3.0 error in the (last) `Response` object: its (last) `Error`.
        if let Some(Json::Object(response)) = values(top, "Response").last() {
            if let Some(error) = values(response, "Error").last() {
                return error_object(error, String::new());
            }
        }
        return Outcome::Success(doc.to_value());
    }
    Outcome::Api {
        code: if desc.is_empty() {
            code.to_string()
        } else {
            desc
        },
        message,
        request_id: String::new(),
    }
}

/// `body` cut, with a byte dropped, or with a byte put in, at `at`.
fn mangled(body: &str, how: u8, at: Index, byte: u8) -> Vec<u8> {
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_bytes_give_ok_or_a_typed_error(body in prop::collection::vec(any::<u8>(), 0..200)) {
        check_api3_against_serde_json(&body);
        check_api2_against_serde_json(&body);
    }

    #[test]
    fn api3_documents_parse_as_documented(doc in document(api3_json())) {
        prop_assert_eq!(api3(doc.body.as_bytes()), expected_api3(&doc.json), "{}", doc.body);
    }

    #[test]
    fn api2_documents_parse_as_documented(doc in document(api2_json())) {
        prop_assert_eq!(api2(doc.body.as_bytes()), expected_api2(&doc.json), "{}", doc.body);
    }

    #[test]
    fn mangled_documents_give_ok_or_a_typed_error(
        doc in document(prop_oneof![api3_json(), api2_json()]),
        how in 0u8..3,
        at in any::<Index>(),
        byte in prop::sample::select(b"{}[]:,\"\\ 0a\xff\xc3\x00".to_vec()),
    ) {
        let body = mangled(&doc.body, how, at, byte);
        check_api3_against_serde_json(&body);
        check_api2_against_serde_json(&body);
    }
}

/// An API 3.0 error body with the three fields in any order, among other fields. The
/// other keys start in lower case, so none is a field the parser reads.
fn api3_error_body(code: Lit, message: Lit, request_id: Lit) -> impl Strategy<Value = Document> {
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

/// A key written plainly.
fn lit(key: &str) -> Lit {
    Lit {
        text: key.to_owned(),
        literal: format!("\"{key}\""),
    }
}

fn lits() -> impl Strategy<Value = (Lit, Lit, Lit)> {
    (
        code_text()
            .prop_filter("a code is not empty", |code| !code.is_empty())
            .prop_flat_map(escaped),
        any_text().prop_flat_map(escaped),
        any_text().prop_flat_map(escaped),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn an_error_body_from_serde_json_round_trips(
        code in code_text().prop_filter("a code is not empty", |code| !code.is_empty()),
        message in any::<String>(),
        request_id in any::<String>(),
    ) {
        let body = serde_json::json!({
            "Response": {"Error": {"Code": code, "Message": message}, "RequestId": request_id}
        });
        let expected = Outcome::Api { code, message, request_id };
        prop_assert_eq!(api3(body.to_string().as_bytes()), expected);
    }

    #[test]
    fn a_legacy_error_body_from_serde_json_round_trips(
        code in any::<i64>().prop_filter("0 is a success", |code| *code != 0),
        quoted in any::<bool>(),
        code_desc in code_text(),
        message in any::<String>(),
    ) {
        let number = if quoted { Value::from(code.to_string()) } else { Value::from(code) };
        let body = serde_json::json!({"code": number, "message": message, "codeDesc": code_desc});
        let code = if code_desc.is_empty() { code.to_string() } else { code_desc };
        let expected = Outcome::Api { code, message, request_id: String::new() };
        prop_assert_eq!(api2(body.to_string().as_bytes()), expected);
    }

    #[test]
    fn a_hand_written_error_body_round_trips(
        doc in lits().prop_flat_map(|(code, message, request_id)| {
            let expected = Outcome::Api {
                code: code.text.clone(),
                message: message.text.clone(),
                request_id: request_id.text.clone(),
            };
            (Just(expected), api3_error_body(code, message, request_id))
        })
    ) {
        let (expected, doc) = doc;
        prop_assert_eq!(api3(doc.body.as_bytes()), expected, "{}", doc.body);
    }

    #[test]
    fn an_error_beside_a_success_payload_is_never_a_success(
        payload in prop::collection::vec(entry("[A-Z][a-z]{0,8}", any_json()), 0..6),
        at in any::<Index>(),
        space in "[ \n]{0,1}",
    ) {
        let mut fields: Vec<_> = payload
            .into_iter()
            .filter(|(key, _)| key.text != "Error" && key.text != "RequestId")
            .collect();
        let error = Json::Object(vec![(lit("Code"), Json::Str(lit("InternalError")))]);
        fields.insert(at.index(fields.len() + 1), (lit("Error"), error));
        let mut body = String::new();
        Json::Object(vec![(lit("Response"), Json::Object(fields))]).write(&space, &mut body);
        let outcome = api3(body.as_bytes());
        prop_assert!(matches!(&outcome, Outcome::Api { code, .. } if code == "InternalError"), "{outcome:?}");
    }

    #[test]
    fn a_legacy_error_beside_a_payload_is_never_a_success(
        payload in prop::collection::vec(entry("[a-z][A-Za-z]{0,8}", any_json()), 0..6),
        code in (1i64..10000).prop_map(|n| n * 4),
        at in any::<Index>(),
    ) {
        let mut fields: Vec<_> = payload
            .into_iter()
            .filter(|(key, _)| !["code", "message", "codeDesc"].contains(&key.text.as_str()))
            .collect();
        fields.insert(at.index(fields.len() + 1), (lit("code"), Json::Number(code.into())));
        let mut body = String::new();
        Json::Object(fields).write("", &mut body);
        let outcome = api2(body.as_bytes());
        prop_assert_eq!(outcome, Outcome::Api { code: code.to_string(), message: String::new(), request_id: String::new() });
    }
}

/// Checks that `text` comes back exactly from `Code<E>`: parsed, shown, compared and
/// through serde.
fn check_code_text<E: ErrorCode>(text: &str) {
    let code = Code::<E>::parse(text);
    assert_eq!(code.as_str(), text);
    assert_eq!(code.to_string(), text);
    assert_eq!(code, text);
    assert_eq!(code.known(), E::from_code(text));
    assert_eq!(
        code.known().map(ErrorCode::code),
        E::from_code(text).map(ErrorCode::code)
    );
    if let Some(known) = code.known() {
        assert_eq!(known.code(), text);
    }
    assert_eq!(code.category(), text.split('.').next().unwrap_or_default());
    if text.is_empty() {
        // An empty code is refused by serde: a response never has one.
        return;
    }
    let json = serde_json::to_string(&code).expect("a code serializes");
    let back: Code<E> = serde_json::from_str(&json).expect("a code deserializes");
    assert_eq!(back.as_str(), text);
    assert_eq!(back.known(), code.known());
}

/// A known code of the CBS catalog, a character away from itself.
fn near_known_code() -> impl Strategy<Value = String> {
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_code_string_round_trips_through_code(
        text in prop_oneof![code_text(), near_known_code(), any::<String>()],
    ) {
        check_code_text::<CbsError>(&text);
        check_code_text::<CommonError>(&text);
        check_code_text::<LegacyError>(&text);
    }
}

/// Every code of `E`: known when parsed, and still known after a trip through serde as a
/// borrowed string, an escaped string and a `serde_json::Value`.
fn check_known_codes_through_serde<E: ErrorCode>() {
    for &variant in E::ALL {
        let text = variant.code();
        check_code_text::<E>(text);
        let code = Code::<E>::parse(text);
        assert_eq!(code.known(), Some(variant), "{text}");

        let mut escaped = String::from("\"");
        for (i, c) in text.chars().enumerate() {
            push_escaped(c, u8::from(i % 2 == 0), &mut escaped);
        }
        escaped.push('"');
        let back: Code<E> = serde_json::from_str(&escaped).expect("an escaped code deserializes");
        assert_eq!(back.known(), Some(variant), "{escaped}");
        assert_eq!(
            serde_json::from_str::<E>(&escaped).ok(),
            Some(variant),
            "{escaped}"
        );

        let value = serde_json::to_value(code).expect("a code serializes");
        assert_eq!(value, Value::from(text));
        let back: Code<E> = serde_json::from_value(value.clone()).expect("a code deserializes");
        assert_eq!(back.known(), Some(variant), "{text}");
        assert_eq!(
            serde_json::from_value::<E>(value).ok(),
            Some(variant),
            "{text}"
        );
    }
}

#[test]
fn every_known_code_of_every_catalog_round_trips_through_serde() {
    check_known_codes_through_serde::<CommonError>();
    check_known_codes_through_serde::<LegacyError>();
    check_known_codes_through_serde::<OrganizationError>();
    check_known_codes_through_serde::<EmrError>();
    check_known_codes_through_serde::<CbsError>();
    check_known_codes_through_serde::<CloudAuditError>();
}

/// Checks what an imported page must satisfy whatever the input: every entry a
/// well-formed code with a description, and the block renders as a module that parses as
/// Rust items and holds no raw control or bidirectional character (rustc refuses those in
/// literals and comments; a terminal acts on them).
fn check_import(page: &[u8]) {
    let Ok(page) = import::read(page) else {
        return;
    };
    for entry in &page.entries {
        let code = &entry.code;
        assert!(
            code.starts_with(|c: char| c.is_ascii_alphabetic()),
            "{code:?}"
        );
        assert!(
            code.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.'),
            "{code:?}"
        );
        assert!(!entry.description.trim().is_empty(), "{code}");
    }
    let header = Header::new("fuzz", None)
        .expect("a valid service name")
        .title("Title \u{202e}\u{1b}");
    let block = page.render(&header);
    for entry in &page.entries {
        assert!(block.contains(&format!("\"{}\"", entry.code)), "{block}");
    }
    tc_errors_tests::module::check_module(&block);
}

/// Lines of an error-code page, Markdown or HTML, well-formed or not.
fn page_line() -> impl Strategy<Value = String> {
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
        "",
    ];
    prop_oneof![
        3 => prop::sample::select(fixed).prop_map(str::to_owned),
        1 => "[|<>/a-zA-Z .`&#;:-]{0,30}",
        1 => any_text(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_importer_takes_any_bytes(page in prop::collection::vec(any::<u8>(), 0..300)) {
        check_import(&page);
    }

    #[test]
    fn the_importer_takes_any_page(lines in prop::collection::vec(page_line(), 0..16), crlf in any::<bool>()) {
        let page = lines.join(if crlf { "\r\n" } else { "\n" });
        check_import(page.as_bytes());
    }
}
