//! Every way an API 3.0 body can be malformed, and bodies that are hostile by their
//! size or depth: a typed error that quotes the body short, never a panic.

use tc::{parse_response, MalformedReason, ResponseError};
use tc_error_catalogs::cbs::CbsError;
use tc_errors_tests::expect::{api_error, check_malformed};

type Ignored = serde::de::IgnoredAny;

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
            "RequestId not a string",
            br#"{"Response":{"RequestId":7}}"#,
            NotAnApiResponse,
            "`RequestId` to be a string",
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
