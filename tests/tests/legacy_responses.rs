//! Legacy API 2.0 bodies: `codeDesc` codes, code 0 as a success, and malformed bodies.

use serde::Deserialize;
use tc::legacy::LegacyError;
use tc::{parse_legacy_response, ApiError, ErrorKind, MalformedReason, ResponseError};
use tc_errors_tests::expect::check_malformed;

type Ignored = serde::de::IgnoredAny;

fn legacy_error(body: &[u8]) -> ApiError<LegacyError> {
    match parse_legacy_response::<Ignored>(body) {
        Err(ResponseError::Api(error)) => error,
        other => panic!("not an API error: {other:?}"),
    }
}

#[test]
fn legacy_error_codes_come_from_code_desc() {
    for body in [
        &br#"{"code":4100,"message":"Authentication failed.","codeDesc":"AuthFailure"}"#[..],
        br#"{"code":"4100","message":"Authentication failed.","codeDesc":"AuthFailure"}"#,
    ] {
        let error = legacy_error(body);
        assert_eq!(error.code(), &LegacyError::AuthFailure);
        assert_eq!(error.request_id(), "");
        assert_eq!(error.to_string(), "AuthFailure: Authentication failed.");
    }
    let error = legacy_error(
        br#"{"code":6000,"message":"later","codeDesc":"InvalidRequest.RequestConcurrencyExceeded"}"#,
    );
    assert!(error.retry_advice().should_retry(false));
    let error =
        legacy_error(br#"{"code":5100,"message":"m","codeDesc":"InternalError.Brand.New"}"#);
    assert_eq!(error.code().known(), None);
    assert_eq!(error.kind(), ErrorKind::Internal);
}

#[test]
fn a_legacy_error_without_code_desc_keeps_the_number_as_its_code() {
    let error = legacy_error(br#"{"code":4000,"message":"m"}"#);
    assert_eq!(error.code(), "4000");
    let error = legacy_error(br#"{"code":4000,"message":"m","codeDesc":""}"#);
    assert_eq!(error.code(), "4000");
}

#[derive(Deserialize, Debug, PartialEq)]
struct LegacyInstances {
    #[serde(rename = "totalCount")]
    total_count: u32,
}

#[test]
fn legacy_code_zero_is_a_success() {
    for body in [
        &br#"{"code":0,"message":"","codeDesc":"Success","totalCount":3}"#[..],
        br#"{"code":"0","message":"","totalCount":3}"#,
    ] {
        let payload = parse_legacy_response::<LegacyInstances>(body).unwrap();
        assert_eq!(payload, LegacyInstances { total_count: 3 });
    }
}

#[test]
fn malformed_legacy_bodies() {
    use MalformedReason::*;
    let cases: &[(&str, &[u8], MalformedReason, &str)] = &[
        ("empty", b"", Empty, ""),
        (
            "no code",
            br#"{"message":"m","codeDesc":"AuthFailure"}"#,
            NotAnApiResponse,
            "no `code` field",
        ),
        (
            "code not numeric",
            br#"{"code":"AuthFailure"}"#,
            NotAnApiResponse,
            "integer or a string of digits",
        ),
        (
            "code a float",
            br#"{"code":4100.5}"#,
            NotAnApiResponse,
            "integer or a string of digits",
        ),
        (
            "code null",
            br#"{"code":null}"#,
            NotAnApiResponse,
            "integer or a string of digits",
        ),
        (
            "codeDesc not a string",
            br#"{"code":4100,"codeDesc":1}"#,
            NotAnApiResponse,
            "`codeDesc` to be a string",
        ),
        (
            "an API 3.0 body",
            br#"{"Response":{"RequestId":"r"}}"#,
            NotAnApiResponse,
            "no `code` field",
        ),
        (
            "trailing garbage",
            br#"{"code":0} x"#,
            TrailingData,
            "trailing",
        ),
        ("truncated", br#"{"code":0,"mess"#, Truncated, "EOF"),
    ];
    for (name, body, reason, detail) in cases {
        check_malformed(
            name,
            parse_legacy_response::<Ignored>(body),
            *reason,
            detail,
        );
    }
}
