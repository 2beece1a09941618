//! The response parsers on every kind of body: successes, API errors, and every way a
//! body can be malformed.

use serde::Deserialize;
use std::borrow::Cow;
use tc::legacy::LegacyError;
use tc::{
    parse_legacy_response, parse_response, ApiError, Code, CommonError, ErrorKind, MalformedReason,
    ResponseError, Success,
};
use tc_error_catalogs::cbs::CbsError;

type Ignored = serde::de::IgnoredAny;

fn api_error(body: &[u8]) -> ApiError<CbsError> {
    match parse_response::<Ignored, CbsError>(body) {
        Err(ResponseError::Api(error)) => error,
        other => panic!("not an API error: {other:?}"),
    }
}

#[test]
fn an_error_body_is_an_api_error_with_code_message_and_request_id() {
    let error = api_error(
        br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"The cloud disk is busy."},"RequestId":"eac6b301-a322-493a-8e36-83b295459397"}}"#,
    );
    assert_eq!(error.code(), &CbsError::InvalidDiskBusy);
    assert_eq!(error.message(), "The cloud disk is busy.");
    assert_eq!(error.request_id(), "eac6b301-a322-493a-8e36-83b295459397");
    assert_eq!(error.kind(), ErrorKind::Transient);
    assert!(error.is_retryable());
    assert_eq!(
        error.to_string(),
        "InvalidDisk.Busy: The cloud disk is busy. (RequestId: eac6b301-a322-493a-8e36-83b295459397)"
    );
}

#[test]
fn an_unknown_code_keeps_its_text_and_is_classified_by_category() {
    let error = api_error(
        br#"{"Response":{"Error":{"Code":"RequestLimitExceeded.Brand.New","Message":"Slow down."},"RequestId":"r"}}"#,
    );
    assert_eq!(error.code().known(), None);
    assert_eq!(error.code(), "RequestLimitExceeded.Brand.New");
    assert_eq!(error.code().category(), "RequestLimitExceeded");
    assert_eq!(error.kind(), ErrorKind::Throttled);
    assert!(error.is_retryable());
    assert!(!error.code().is(CbsError::RequestLimitExceeded));
}

#[test]
fn a_common_code_is_the_catalogs_variant() {
    let error = api_error(
        br#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"m"},"RequestId":"r"}}"#,
    );
    assert_eq!(error.code(), &CbsError::AuthFailureSignatureFailure);
    assert_eq!(
        error.code().known().and_then(|code| code.as_common()),
        Some(CommonError::AuthFailureSignatureFailure)
    );
    assert!(!error.is_retryable());
}

#[test]
fn an_error_body_is_never_a_success_whatever_else_it_holds() {
    let body = br#"{"Response":{"TotalCount":1,"DiskSet":[],"Error":{"Code":"InternalError","Message":"m"},"RequestId":"r"}}"#;
    let error = match parse_response::<DescribeDisks, CbsError>(body) {
        Err(ResponseError::Api(error)) => error,
        other => panic!("{other:?}"),
    };
    assert_eq!(error.code(), &CbsError::InternalError);
}

#[test]
fn a_missing_request_id_is_empty_and_a_missing_message_too() {
    let error = api_error(br#"{"Response":{"Error":{"Code":"InternalError"}}}"#);
    assert_eq!((error.message(), error.request_id()), ("", ""));
    assert_eq!(error.to_string(), "InternalError");
    let success = parse_response::<Ignored, CbsError>(br#"{"Response":{}}"#).unwrap();
    assert_eq!(success.request_id, "");
}

#[test]
fn extra_fields_are_skipped_everywhere() {
    let error = api_error(
        br#"{"Version":"x","Response":{"Error":{"Code":"InternalError","Message":"m","Detail":{"a":[1,2,{"b":null}]}},"RequestId":"r","Extra":true}}"#,
    );
    assert_eq!(
        (error.code().as_str(), error.message(), error.request_id()),
        ("InternalError", "m", "r")
    );
}

#[test]
fn unicode_and_escapes_in_messages_are_decoded() {
    let error = api_error(
        r#"{"Response":{"Error":{"Code":"Internal\u0045rror","Message":"云硬盘 \"busy\"\n\ud83d\ude00 \\ done"},"RequestId":"r\/1"}}"#
            .as_bytes(),
    );
    assert_eq!(error.code(), &CbsError::InternalError);
    assert_eq!(error.message(), "云硬盘 \"busy\"\n😀 \\ done");
    assert_eq!(error.request_id(), "r/1");
}

#[test]
fn escaped_keys_are_still_the_same_keys() {
    let error = api_error(
        br#"{"Respons\u0065":{"Error":{"C\u006fde":"InternalError","Message":"m"},"RequestId":"r"}}"#,
    );
    assert_eq!(error.code(), &CbsError::InternalError);
}

#[derive(Deserialize, Debug, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct DescribeDisks {
    total_count: u32,
    disk_set: Vec<Disk>,
}

#[derive(Deserialize, Debug, PartialEq)]
#[serde(rename_all = "PascalCase")]
struct Disk {
    disk_id: String,
}

#[test]
fn a_success_body_gives_the_payload_and_its_request_id() {
    let body =
        br#"{"Response":{"TotalCount":1,"DiskSet":[{"DiskId":"disk-1"}],"RequestId":"r-9"}}"#;
    let success = parse_response::<DescribeDisks, CbsError>(body).unwrap();
    assert_eq!(
        success,
        Success {
            payload: DescribeDisks {
                total_count: 1,
                disk_set: vec![Disk {
                    disk_id: "disk-1".into()
                }],
            },
            request_id: "r-9".into(),
        }
    );
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Borrowed<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
    request_id: &'a str,
}

#[test]
fn a_payload_may_borrow_from_the_body() {
    let body = br#"{"Response":{"Name":"plain","RequestId":"r"}}"#;
    let success = parse_response::<Borrowed<'_>, CbsError>(body).unwrap();
    assert!(matches!(success.payload.name, Cow::Borrowed("plain")));
    assert_eq!(success.payload.request_id, "r");
}

#[test]
fn a_payload_of_the_wrong_shape_is_malformed_not_a_success() {
    let error = parse_response::<DescribeDisks, CbsError>(br#"{"Response":{"RequestId":"r"}}"#)
        .unwrap_err();
    let ResponseError::Malformed(malformed) = error else {
        panic!("{error:?}")
    };
    assert_eq!(malformed.reason(), MalformedReason::PayloadMismatch);
    assert!(malformed.detail().contains("TotalCount"), "{malformed}");
}

/// Checks that `result` is a malformed-response error for `reason` whose detail contains
/// `detail`, and that its text quotes the body short and with no control characters.
fn check_malformed<T: std::fmt::Debug, E: tc::ErrorCode>(
    name: &str,
    result: Result<T, ResponseError<E>>,
    reason: MalformedReason,
    detail: &str,
) {
    let error = match result {
        Err(ResponseError::Malformed(error)) => error,
        other => panic!("{name}: not malformed: {other:?}"),
    };
    assert_eq!(error.reason(), reason, "{name}: {error}");
    assert!(error.detail().contains(detail), "{name}: {error}");
    let shown = error.to_string();
    assert!(shown.starts_with("malformed response: "), "{name}: {shown}");
    assert!(
        error.body_prefix().chars().count() <= 65,
        "{name}: {}",
        error.body_prefix()
    );
    assert!(
        !error.body_prefix().chars().any(char::is_control),
        "{name}: {shown}"
    );
}

/// Every malformed body: what the parser must say, and a piece of the detail it gives.
#[test]
fn malformed_bodies() {
    use MalformedReason::*;
    let html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";
    let cases: &[(&str, &[u8], MalformedReason, &str)] = &[
        ("empty body", b"", Empty, ""),
        ("white space", b" \r\n\t ", Empty, ""),
        (
            "HTML 502 page",
            html.as_bytes(),
            NotJson,
            "expected value at line 1 column 1",
        ),
        ("plain text", b"Bad Gateway", NotJson, "expected value"),
        (
            "truncated JSON",
            br#"{"Response":{"Error":{"Code":"InternalErr"#,
            Truncated,
            "EOF while parsing a string",
        ),
        (
            "truncated after an object",
            br#"{"Response":{}"#,
            Truncated,
            "EOF",
        ),
        (
            "no Response",
            br#"{"code":4100,"message":"m"}"#,
            NotAnApiResponse,
            "no `Response` field",
        ),
        (
            "empty object",
            b"{}",
            NotAnApiResponse,
            "no `Response` field",
        ),
        (
            "top level not an object",
            b"[1,2]",
            NotAnApiResponse,
            "a JSON object with a `Response` field",
        ),
        (
            "top level a string",
            br#""Response""#,
            NotAnApiResponse,
            "a JSON object",
        ),
        (
            "Response not an object",
            br#"{"Response":"ok"}"#,
            NotAnApiResponse,
            "`Response` to be an object",
        ),
        (
            "Response null",
            br#"{"Response":null}"#,
            NotAnApiResponse,
            "`Response` to be an object",
        ),
        (
            "Error not an object",
            br#"{"Response":{"Error":"InternalError"}}"#,
            NotAnApiResponse,
            "`Error` to be an object",
        ),
        (
            "Error null",
            br#"{"Response":{"Error":null,"RequestId":"r"}}"#,
            NotAnApiResponse,
            "`Error` to be an object",
        ),
        (
            "Error without Code",
            br#"{"Response":{"Error":{"Message":"m"},"RequestId":"r"}}"#,
            NotAnApiResponse,
            "`Error` has no `Code`",
        ),
        (
            "Code not a string",
            br#"{"Response":{"Error":{"Code":4100,"Message":"m"}}}"#,
            NotAnApiResponse,
            "`Error.Code` to be a string",
        ),
        (
            "Code an array",
            br#"{"Response":{"Error":{"Code":["InternalError"]}}}"#,
            NotAnApiResponse,
            "`Error.Code` to be a string",
        ),
        (
            "empty Code",
            br#"{"Response":{"Error":{"Code":"","Message":"m"}}}"#,
            NotAnApiResponse,
            "`Error.Code` is empty",
        ),
        (
            "Message not a string",
            br#"{"Response":{"Error":{"Code":"InternalError","Message":{}}}}"#,
            NotAnApiResponse,
            "`Error.Message` to be a string",
        ),
        (
            "RequestId not a string",
            br#"{"Response":{"RequestId":7}}"#,
            NotAnApiResponse,
            "`RequestId` to be a string",
        ),
        (
            "two Responses, the second an error",
            br#"{"Response":{"RequestId":"r"},"Response":{"Error":{"Code":"InternalError"}}}"#,
            NotAnApiResponse,
            "duplicate field `Response`",
        ),
        (
            "two Codes",
            br#"{"Response":{"Error":{"Code":"A","Code":"B"}}}"#,
            NotAnApiResponse,
            "duplicate field `Code`",
        ),
        (
            "trailing garbage",
            br#"{"Response":{"RequestId":"r"}} <html>"#,
            TrailingData,
            "trailing characters",
        ),
        (
            "two documents",
            br#"{"Response":{}}{"Response":{}}"#,
            TrailingData,
            "trailing characters",
        ),
        (
            "invalid UTF-8 in a message",
            b"{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"\xff\xfe\"}}}",
            NotUtf8,
            "offset 56",
        ),
        (
            "invalid UTF-8 in a skipped field",
            b"{\"Response\":{\"X\":\"\xc3\",\"Error\":{\"Code\":\"InternalError\"}}}",
            NotUtf8,
            "offset 18",
        ),
        ("Latin-1 body", b"\xe9t\xe9", NotUtf8, "offset 0"),
        (
            "a bare control character in a string",
            b"{\"Response\":{\"RequestId\":\"a\x01b\"}}",
            NotJson,
            "control character",
        ),
    ];
    for (name, body, reason, detail) in cases {
        check_malformed(
            name,
            parse_response::<Ignored, CbsError>(body),
            *reason,
            detail,
        );
    }
}

#[test]
fn an_html_page_is_quoted_short_and_escaped() {
    let body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";
    let error = parse_response::<Ignored, CbsError>(body.as_bytes()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "malformed response: the body is not JSON (expected value at line 1 column 1); the body \
         starts with: <html>\\r\\n<head><title>502 Bad Gateway</title></head>\\r\\n<body>…"
    );
}

fn nested(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn a_body_nested_10000_levels_deep_does_not_overflow_the_stack() {
    let deep = nested(10_000);
    // At the top level: not an object.
    let error = parse_response::<Ignored, CbsError>(deep.as_bytes()).unwrap_err();
    assert!(
        matches!(&error, ResponseError::Malformed(m) if m.reason() == MalformedReason::NotAnApiResponse)
    );

    // In a field of an error body that nobody reads: skipped, the error stands.
    let body = format!(
        r#"{{"Response":{{"Deep":{deep},"Error":{{"Code":"InternalError","Message":"m"}},"RequestId":"r"}}}}"#
    );
    assert_eq!(api_error(body.as_bytes()).code(), &CbsError::InternalError);

    // In a success whose payload reads it: serde_json's depth limit, not a crash.
    let body = format!(r#"{{"Response":{{"Deep":{deep},"RequestId":"r"}}}}"#);
    let error = parse_response::<serde_json::Value, CbsError>(body.as_bytes()).unwrap_err();
    let ResponseError::Malformed(malformed) = error else {
        panic!("{error:?}")
    };
    assert_eq!(malformed.reason(), MalformedReason::PayloadMismatch);
    assert!(
        malformed.detail().contains("recursion limit"),
        "{malformed}"
    );

    // Unclosed: cut short.
    let open = "[".repeat(10_000);
    let error = parse_response::<Ignored, CbsError>(open.as_bytes()).unwrap_err();
    assert!(
        matches!(&error, ResponseError::Malformed(m) if m.reason() == MalformedReason::NotAnApiResponse)
    );
}

#[test]
fn a_50_mb_body_is_parsed_and_quoted_short() {
    let padding = "x".repeat(50 * 1024 * 1024);
    let body = format!(
        r#"{{"Response":{{"Padding":"{padding}","Error":{{"Code":"InternalError","Message":"m"}},"RequestId":"r"}}}}"#
    );
    assert_eq!(api_error(body.as_bytes()).code(), &CbsError::InternalError);

    let success = format!(r#"{{"Response":{{"Padding":"{padding}","RequestId":"r"}}}}"#);
    let parsed = parse_response::<Ignored, CbsError>(success.as_bytes()).unwrap();
    assert_eq!(parsed.request_id, "r");

    let garbage = format!("<{padding}");
    let error = parse_response::<Ignored, CbsError>(garbage.as_bytes()).unwrap_err();
    assert!(error.to_string().len() < 200, "{error}");
}

#[test]
fn api_error_is_small_clone_and_serializable() {
    assert!(std::mem::size_of::<ApiError<CbsError>>() <= 64);
    let error = api_error(
        br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"busy"},"RequestId":"r"}}"#,
    );
    assert_eq!(error.clone(), error);
    assert_eq!(
        serde_json::to_value(&error).unwrap(),
        serde_json::json!({
            "code": "InvalidDisk.Busy",
            "message": "busy",
            "request_id": "r",
            "kind": "Transient",
            "retryable": true
        })
    );
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(error);
    assert!(boxed.to_string().starts_with("InvalidDisk.Busy: busy"));
}

#[test]
fn code_comparisons_survive_a_catalog_that_does_not_know_the_code() {
    // `CommonError` is an older catalog that lacks `InvalidDisk.Busy`; `CbsError` has it.
    let old: Code<CommonError> = Code::parse("InvalidDisk.Busy");
    let new: Code<CbsError> = Code::parse("InvalidDisk.Busy");
    assert_eq!(old, "InvalidDisk.Busy");
    assert_eq!(new, "InvalidDisk.Busy");
    assert_eq!(new, CbsError::InvalidDiskBusy);
    // The older catalog reads the kind from the code's words (`Busy`): the same answer.
    assert_eq!(old.kind(), ErrorKind::Transient);
    assert_eq!(new.kind(), ErrorKind::Transient);
    let unknown_by_hand: Code<CbsError> = tc::UnknownCode::new("InvalidDisk.Busy").into();
    assert!(unknown_by_hand.is(CbsError::InvalidDiskBusy));
}

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
    assert!(error.is_retryable());
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
