//! A readable code is never lost (issue 13, item 6): a body whose `Response.Error.Code`
//! is a non-empty string is an API error whatever the JSON types of `Message` and
//! `RequestId`. A number becomes its text as written, any other value the empty string,
//! and `ApiError::lossy` names the fields that were not strings.

use serde::de::IgnoredAny;
use tc::{
    parse_http_response, parse_legacy_response, parse_response, ApiError, MalformedReason,
    ResponseError,
};
use tc_error_catalogs::cbs::CbsError;
use tc_errors_tests::expect::check_malformed;

fn parsed(body: &str) -> Result<tc::Success<IgnoredAny>, ResponseError<CbsError>> {
    parse_response::<IgnoredAny, CbsError>(body.as_bytes())
}

fn api_error(body: &str) -> ApiError<CbsError> {
    tc_errors_tests::expect::api_error(body.as_bytes())
}

/// Checks that `body` is a `NotAnApiResponse` whose detail contains `detail`.
fn not_an_api_response(body: &str, detail: &str) {
    check_malformed(
        body,
        parsed(body),
        MalformedReason::NotAnApiResponse,
        detail,
    );
}

/// An error body with `message` and `request_id` written as given (`None`: left out).
fn body(message: Option<&str>, request_id: Option<&str>) -> String {
    let message = message.map_or(String::new(), |m| format!(r#","Message":{m}"#));
    let request_id = request_id.map_or(String::new(), |r| format!(r#","RequestId":{r}"#));
    format!(r#"{{"Response":{{"Error":{{"Code":"InternalError"{message}}}{request_id}}}}}"#)
}

/// The message, the request id and the names `lossy` gives, of `body`'s API error.
fn read(body: &str) -> (String, String, Vec<&'static str>) {
    let error = api_error(body);
    assert!(error.is(CbsError::InternalError), "{body}");
    let lossy = error.lossy().names().collect();
    (error.message().into(), error.request_id().into(), lossy)
}

fn owned(
    message: &str,
    request_id: &str,
    lossy: &[&'static str],
) -> (String, String, Vec<&'static str>) {
    (message.into(), request_id.into(), lossy.to_vec())
}

#[test]
fn a_number_request_id_is_its_text_as_written() {
    for number in [
        "12",
        "-0",
        "1.5e3",
        "0.10",
        "-7E-2",
        "18446744073709551616",
        "1e400",
    ] {
        assert_eq!(
            read(&body(Some(r#""x""#), Some(number))),
            owned("x", number, &["RequestId"]),
            "{number}"
        );
    }
    // The official Python SDK's example.
    let error = api_error(
        r#"{"Response":{"Error":{"Code":"InternalError","Message":"x"},"RequestId":12}}"#,
    );
    assert_eq!(error.to_string(), "InternalError: x (RequestId: 12)");
    assert!(error.retry_advice().should_retry(true));
}

#[test]
fn an_object_or_array_message_is_empty_and_noted() {
    for message in [
        r#"{"Text":"x","Detail":[1,{"a":null}]}"#,
        "{}",
        "[]",
        r#"["x", 1]"#,
    ] {
        assert_eq!(
            read(&body(Some(message), Some(r#""r""#))),
            owned("", "r", &["Message"]),
            "{message}"
        );
    }
}

#[test]
fn a_number_message_is_its_text() {
    assert_eq!(
        read(&body(Some("4100"), Some(r#""r""#))),
        owned("4100", "r", &["Message"])
    );
}

#[test]
fn null_and_booleans_are_empty_and_noted() {
    assert_eq!(
        read(&body(Some("null"), Some("null"))),
        owned("", "", &["Message", "RequestId"])
    );
    assert_eq!(
        read(&body(Some("true"), Some("false"))),
        owned("", "", &["Message", "RequestId"])
    );
    assert_eq!(
        read(&body(Some(r#""m""#), Some("null"))),
        owned("m", "", &["RequestId"])
    );
}

#[test]
fn a_missing_field_is_empty_and_not_noted() {
    assert_eq!(read(&body(None, None)), owned("", "", &[]));
    assert_eq!(read(&body(Some(r#""m""#), None)), owned("m", "", &[]));
    assert_eq!(read(&body(None, Some(r#""r""#))), owned("", "r", &[]));
}

#[test]
fn strings_are_not_noted() {
    let error = api_error(&body(Some(r#""m""#), Some(r#""r""#)));
    assert!(error.lossy().is_empty());
    assert!(!error.lossy().message() && !error.lossy().request_id());
}

#[test]
fn a_code_that_is_not_a_non_empty_string_is_still_malformed() {
    for code in [
        r#""""#,
        "4100",
        "null",
        "true",
        "{}",
        r#"["InternalError"]"#,
    ] {
        let body = format!(
            r#"{{"Response":{{"Error":{{"Code":{code},"Message":{{}}}},"RequestId":12}}}}"#
        );
        not_an_api_response(&body, "Code");
    }
    // With the `Message` first, the code's complaint still comes out.
    not_an_api_response(
        r#"{"Response":{"Error":{"Message":1,"Code":7}}}"#,
        "`Error.Code` to be a string",
    );
    not_an_api_response(
        r#"{"Response":{"Error":{"Message":[1]},"RequestId":{}}}"#,
        "`Error` has no `Code`",
    );
}

#[test]
fn a_field_given_twice_is_read_from_its_last_value_whatever_its_type() {
    let twice = body(Some("1"), Some("2")).replace(r#""Message":1"#, r#""Message":1,"Message":{}"#);
    assert_eq!(read(&twice), owned("", "2", &["Message", "RequestId"]));
    let error = api_error(r#"{"Response":{"RequestId":1,"RequestId":"r","Error":{"Code":"A"}}}"#);
    assert_eq!(
        (error.request_id(), error.lossy().request_id()),
        ("r", false)
    );
}

#[test]
fn what_else_is_malformed_stays_malformed() {
    for (body, detail) in [
        // A success has nowhere to note a request id that is not text.
        (
            r#"{"Response":{"RequestId":7}}"#,
            "`RequestId` to be a string",
        ),
        (
            r#"{"Response":{"RequestId":{"a":1}}}"#,
            "`RequestId` to be a string",
        ),
    ] {
        not_an_api_response(body, detail);
    }
    // A success with a string or `null` request id is one.
    assert_eq!(
        parsed(r#"{"Response":{"RequestId":null}}"#)
            .unwrap()
            .request_id,
        ""
    );
    // Broken JSON in a value that is not a string is broken JSON.
    for (message, reason) in [
        ("{", MalformedReason::Truncated),
        ("01", MalformedReason::NotJson),
    ] {
        let body = body(Some(message), None);
        check_malformed(&body, parsed(&body), reason, "");
    }
}

#[test]
fn the_second_reading_decodes_the_strings_too() {
    // A lone surrogate, escapes and a number in one body.
    let (message, request_id, lossy) = read(
        r#"{"Response":{"Error":{"Code":"Internal\u0045rror","Message":"a\ud800"},"RequestId":5}}"#,
    );
    assert_eq!((message.as_str(), request_id.as_str()), ("a\u{fffd}", "5"));
    assert_eq!(lossy, ["RequestId"]);
    // A long message with escapes, then the request id as a number.
    let long = "\\u00e9".repeat(20_000);
    let (message, request_id, _) = read(&body(Some(&format!(r#""{long}""#)), Some("9")));
    assert_eq!((message, request_id.as_str()), ("é".repeat(20_000), "9"));
}

#[test]
fn an_api_2_error_beside_the_response_takes_any_request_id() {
    let error = api_error(r#"{"code":4100,"codeDesc":"AuthFailure","Response":{"RequestId":31}}"#);
    assert_eq!(
        (error.code().as_str(), error.request_id()),
        ("AuthFailure", "31")
    );
    assert_eq!(error.lossy().names().collect::<Vec<_>>(), ["RequestId"]);
}

#[test]
fn the_api_2_parser_reads_an_api_3_error_the_same_way() {
    let body = br#"{"code":0,"Response":{"Error":{"Code":"InternalError","Message":[1]}}}"#;
    let Err(ResponseError::Api(error)) = parse_legacy_response::<IgnoredAny>(body) else {
        panic!();
    };
    assert_eq!(
        (error.code().as_str(), error.message()),
        ("InternalError", "")
    );
    assert!(error.lossy().message() && !error.lossy().request_id());
}

#[test]
fn debug_and_serialize_name_the_lossy_fields_and_only_then() {
    let error = api_error(&body(Some("{}"), Some("12")));
    assert_eq!(
        format!("{error:?}"),
        r#"ApiError { code: "InternalError", message: "", request_id: "12", lossy: ["Message", "RequestId"] }"#
    );
    let json = serde_json::to_value(&error).unwrap();
    assert_eq!(json["lossy"], serde_json::json!(["Message", "RequestId"]));
    let clean = api_error(&body(Some(r#""m""#), Some(r#""r""#)));
    assert!(!format!("{clean:?}").contains("lossy"));
    assert!(serde_json::to_value(&clean).unwrap().get("lossy").is_none());
    // Equality sees the note; a change of catalog keeps it.
    assert_ne!(
        api_error(&body(Some("7"), None)),
        api_error(&body(Some(r#""7""#), None))
    );
    let common: ApiError<tc::CommonError> = error.clone().into_catalog();
    assert_eq!(common.lossy(), error.lossy());
}

fn http(
    status: u16,
    headers: &[(&str, &str)],
    body: &str,
) -> Result<tc::Success<IgnoredAny>, ResponseError<CbsError>> {
    parse_http_response::<IgnoredAny, CbsError>(status, headers, body.as_bytes())
}

#[test]
fn the_request_id_header_replaces_a_request_id_that_is_not_text() {
    let header = [("X-TC-RequestId", "h-1")];
    for (request_id, expected) in [
        ("12", "h-1"),
        ("{}", "h-1"),
        ("null", "h-1"),
        (r#""r""#, "r"),
    ] {
        let Err(ResponseError::Api(error)) =
            http(500, &header, &body(Some("[]"), Some(request_id)))
        else {
            panic!("{request_id}");
        };
        assert_eq!(error.request_id(), expected, "{request_id}");
        // The message's note stays; the request id is text now.
        assert_eq!(
            error.lossy().names().collect::<Vec<_>>(),
            ["Message"],
            "{request_id}"
        );
    }
    // Without the header, the body's number stands, noted.
    let Err(ResponseError::Api(error)) = http(200, &[], &body(Some(r#""m""#), Some("12"))) else {
        panic!();
    };
    assert_eq!(
        (error.request_id(), error.lossy().request_id()),
        ("12", true)
    );
}

#[test]
fn a_success_with_a_request_id_that_is_not_text_is_not_a_success_at_http_level() {
    let body = r#"{"Response":{"RequestId":12}}"#;
    let header = [("X-TC-RequestId", "h-1")];
    assert!(matches!(
        http(200, &header, body),
        Err(ResponseError::Malformed(_))
    ));
    assert!(matches!(
        http(502, &header, body),
        Err(ResponseError::Http(_))
    ));
}
