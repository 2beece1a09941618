//! Keys given twice (issue 24, item 13): both parsers read them as Python's `json` does,
//! and so Tencent's Python SDK: of a key given twice in one object, the last value
//! counts, and the earlier ones need only be JSON.

use serde::de::IgnoredAny;
use tc::legacy::LegacyError;
use tc::{parse_http_response, parse_legacy_response, parse_response, ResponseError};
use tc_error_catalogs::cbs::CbsError;
use tc_errors_tests::outcome::{api2, api3, Outcome};

/// The code, message and request id of an API error, or `None` for any other outcome.
fn error_of<T, E: tc::ErrorCode>(
    outcome: Result<T, ResponseError<E>>,
) -> Option<(String, String, String)> {
    match outcome {
        Err(ResponseError::Api(error)) => Some((
            error.code().as_str().to_owned(),
            error.message().to_owned(),
            error.request_id().to_owned(),
        )),
        _ => None,
    }
}

fn owned(code: &str, message: &str, request_id: &str) -> Option<(String, String, String)> {
    Some((code.into(), message.into(), request_id.into()))
}

#[test]
fn the_issues_bodies_are_read_from_their_last_values() {
    let read = |body: &str| error_of(parse_response::<IgnoredAny, CbsError>(body.as_bytes()));
    assert_eq!(
        read(r#"{"Response":{"Error":{"Code":"AuthFailure","Code":"RequestLimitExceeded"}}}"#),
        owned("RequestLimitExceeded", "", "")
    );
    assert_eq!(
        read(
            r#"{"Response":{"Error":{"Code":"A","Message":"m"},"RequestId":"r-1","RequestId":"r-2"}}"#
        ),
        owned("A", "m", "r-2")
    );
    assert_eq!(
        read(r#"{"Response":{"Error":{"Code":"A","Message":"m"},"Error":{"Code":"B"}}}"#),
        owned("B", "", "")
    );
}

/// The body the issue found read as a success by the legacy parser and as malformed by the
/// API 3.0 one: its last `Response` has no `Error`, so Python's `json`, and with it the
/// Python SDK, reads a success (the first `Response` is gone), and both parsers now agree.
#[test]
fn a_legacy_body_whose_last_response_has_no_error_is_a_success_for_both_parsers() {
    let body =
        br#"{"code":0,"message":"ok","Response":{"Error":{"Code":"AuthFailure"}},"Response":{}}"#;
    assert!(parse_legacy_response::<IgnoredAny>(body).is_ok());
    let success = parse_response::<serde_json::Value, CbsError>(body).unwrap();
    assert_eq!(success.payload, serde_json::json!({}));
    // The other way round, both read the `AuthFailure`.
    let body =
        br#"{"code":0,"message":"ok","Response":{},"Response":{"Error":{"Code":"AuthFailure"}}}"#;
    let legacy = parse_legacy_response::<IgnoredAny>(body);
    assert_eq!(error_of(legacy), owned("AuthFailure", "", ""));
    let v3 = parse_response::<IgnoredAny, CbsError>(body);
    assert_eq!(error_of(v3), owned("AuthFailure", "", ""));
}

/// The API 3.0 `Response` objects of the tests below: each repeats a field somewhere.
const RESPONSES: &[&str] = &[
    r#"{"Error":{"Code":"A","Code":"B","Message":"m"}}"#,
    r#"{"Error":{"Code":7,"Message":null,"Code":"C","Message":"n"}}"#,
    r#"{"Error":null,"Error":{"Code":"D"}}"#,
    r#"{"Error":{"Code":"E"},"Error":{"Message":"no code"}}"#,
    r#"{"Error":{"Code":"F"},"Error":[]}"#,
    r#"{"Error":{"Code":"G"},"Error":{"Code":""}}"#,
    r#"{"Error":{"Code":"H","C\u006fde":"InternalError"}}"#,
    r#"{"Error":{"Code":"I","Message":"x","Message":12}}"#,
];

/// A legacy body with code 0 reads an API 3.0 error in its `Response` as the API 3.0
/// parser reads it: the same code and message, repeated fields and all.
#[test]
fn both_parsers_read_a_repeated_field_of_an_api_3_error_alike() {
    for response in RESPONSES {
        let v3 = api3(format!(r#"{{"Response":{response}}}"#).as_bytes());
        let legacy = api2(format!(r#"{{"code":0,"Response":{response}}}"#).as_bytes());
        match (&v3, &legacy) {
            (
                Outcome::Api {
                    code: v3_code,
                    message: v3_message,
                    ..
                },
                Outcome::Api { code, message, .. },
            ) => assert_eq!((v3_code, v3_message), (code, message), "{response}"),
            (Outcome::Malformed(v3_reason), Outcome::Malformed(reason)) => {
                assert_eq!(v3_reason, reason, "{response}");
            }
            _ => panic!("{response}: {v3:?} against {legacy:?}"),
        }
    }
    // The legacy parser looks its codes up in the API 2.0 set.
    let body = br#"{"code":"0","Response":{"Error":{"Code":"X","Code":"AuthFailure"}}}"#;
    match parse_legacy_response::<IgnoredAny>(body) {
        Err(ResponseError::Api(error)) => assert_eq!(error.code(), &LegacyError::AuthFailure),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_http_level_reads_a_repeated_field_as_the_body_does() {
    for response in RESPONSES {
        let body = format!(r#"{{"Response":{response}}}"#);
        for status in [200, 400, 503] {
            let http = parse_http_response::<IgnoredAny, CbsError>(
                status,
                [("X-TC-RequestId", "h-1")],
                body.as_bytes(),
            );
            let alone = parse_response::<IgnoredAny, CbsError>(body.as_bytes());
            match error_of(alone) {
                Some((code, message, _)) => {
                    assert_eq!(error_of(http), owned(&code, &message, "h-1"), "{body}");
                }
                None => assert!(error_of(http).is_none(), "{body}"),
            }
        }
    }
}
