//! Parsing the seed pages' 215-byte API 3.0 error body, three ways, in one run:
//!
//! - `floor`: serde_json into a derived struct of borrowed `&str` fields, the least any
//!   parser that reads the three strings can do;
//! - `value_lookups`: the usual `serde_json::Value` then index lookups, into an `ApiError`;
//! - `parse_response`: `tc_errors::parse_response` into `ApiError<CbsError>`;
//! - `parse_http_response`: the same body through the HTTP-level function, with the
//!   status and the headers an API gateway sends.
//!
//! Targets: `parse_response` ≤ 1.2 × `floor` and ≤ 0.5 × `value_lookups`;
//! `parse_http_response` ≤ 1.1 × `parse_response`. Run with
//! `cargo bench -p tc-errors-tests --bench parse -- --warm-up-time 1 --measurement-time 3`.

use criterion::Criterion;
use serde::Deserialize;
use std::hint::black_box;
use tc::{ApiError, Code, ResponseError};
use tc_error_catalogs::cbs::CbsError;

/// The error body of the seed pages' example, as the API sends it (no white space).
const BODY: &[u8] = br#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated. Please ensure your signature is correct."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#;

#[derive(Deserialize)]
struct Floor<'a> {
    #[serde(rename = "Response", borrow)]
    response: FloorResponse<'a>,
}

#[derive(Deserialize)]
struct FloorResponse<'a> {
    #[serde(rename = "Error", borrow)]
    error: FloorError<'a>,
    #[serde(rename = "RequestId")]
    request_id: &'a str,
}

#[derive(Deserialize)]
struct FloorError<'a> {
    #[serde(rename = "Code")]
    code: &'a str,
    #[serde(rename = "Message")]
    message: &'a str,
}

fn floor(body: &[u8]) -> Floor<'_> {
    serde_json::from_slice(body).expect("the body is valid")
}

fn value_lookups(body: &[u8]) -> ApiError<CbsError> {
    let value: serde_json::Value = serde_json::from_slice(body).expect("the body is valid");
    let response = &value["Response"];
    let error = &response["Error"];
    let code = error["Code"].as_str().expect("a code");
    let message = error["Message"].as_str().unwrap_or_default();
    let request_id = response["RequestId"].as_str().unwrap_or_default();
    ApiError::new(Code::parse(code), message, request_id)
}

fn parse_response(body: &[u8]) -> ApiError<CbsError> {
    match tc::parse_response::<serde::de::IgnoredAny, CbsError>(body) {
        Err(ResponseError::Api(error)) => error,
        other => panic!("not an API error: {other:?}"),
    }
}

/// The headers Tencent's gateway sends with an API answer.
const HEADERS: [(&str, &str); 5] = [
    ("Server", "nginx"),
    ("Date", "Mon, 23 Nov 2026 08:00:00 GMT"),
    ("Content-Type", "application/json"),
    ("Content-Length", "215"),
    ("X-TC-RequestId", "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"),
];

fn parse_http_response(body: &[u8]) -> ApiError<CbsError> {
    match tc::parse_http_response::<serde::de::IgnoredAny, CbsError>(200, HEADERS, body) {
        Err(ResponseError::Api(error)) => error,
        other => panic!("not an API error: {other:?}"),
    }
}

fn bench(c: &mut Criterion) {
    assert_eq!(BODY.len(), 215);
    // The three must agree before their times mean anything.
    let expected = value_lookups(BODY);
    assert_eq!(parse_response(BODY), expected);
    // The HTTP level adds the status the error came with; the rest is the body's.
    let via_http = parse_http_response(BODY);
    assert_eq!(
        (via_http.code(), via_http.message(), via_http.request_id()),
        (expected.code(), expected.message(), expected.request_id())
    );
    assert_eq!(via_http.http_status(), Some(200));
    let borrowed = floor(BODY);
    assert_eq!(
        (
            borrowed.response.error.code,
            borrowed.response.error.message
        ),
        (expected.code().as_str(), expected.message())
    );
    assert_eq!(borrowed.response.request_id, expected.request_id());

    let mut group = c.benchmark_group("error_body_215_bytes");
    group.bench_function("floor", |b| {
        b.iter(|| floor(black_box(BODY)).response.error.code.len())
    });
    group.bench_function("value_lookups", |b| {
        b.iter(|| value_lookups(black_box(BODY)))
    });
    group.bench_function("parse_response", |b| {
        b.iter(|| parse_response(black_box(BODY)))
    });
    group.bench_function("parse_http_response", |b| {
        b.iter(|| parse_http_response(black_box(BODY)))
    });
    group.finish();
}

// By hand rather than with `criterion_group!`, whose generated function has no docs.
fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    bench(&mut criterion);
    criterion.final_summary();
}
