//! The HTTP-level parser takes headers in the forms a client holds them, with only the
//! payload and catalog types written at the call site.

use tc::{parse_http_response, ResponseError};
use tc_error_catalogs::cbs::CbsError;

const NO_ID: &[u8] = br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."}}}"#;

/// The request id the parser took from the headers for an error body without one.
fn request_id(outcome: Result<tc::Success<()>, ResponseError<CbsError>>) -> String {
    match outcome {
        Err(ResponseError::Api(error)) => {
            assert!(error.is(CbsError::InvalidDiskBusy));
            error.request_id().to_owned()
        }
        other => panic!("not an API error: {other:?}"),
    }
}

#[test]
fn pairs_by_value_or_by_reference() {
    let array = [
        ("Content-Type", "application/json"),
        ("X-TC-RequestId", "a"),
    ];
    assert_eq!(
        request_id(parse_http_response::<(), CbsError>(400, array, NO_ID)),
        "a"
    );
    assert_eq!(
        request_id(parse_http_response::<(), CbsError>(400, &array, NO_ID)),
        "a"
    );

    let slice: &[(&str, &str)] = &[("x-tc-requestid", "s")];
    assert_eq!(
        request_id(parse_http_response::<(), CbsError>(400, slice, NO_ID)),
        "s"
    );

    let owned: Vec<(String, String)> = vec![("X-TC-RequestId".into(), "v".into())];
    assert_eq!(
        request_id(parse_http_response::<(), CbsError>(400, &owned, NO_ID)),
        "v"
    );
    assert_eq!(
        request_id(parse_http_response::<(), CbsError>(400, owned, NO_ID)),
        "v"
    );

    let bytes: Vec<(String, Vec<u8>)> = vec![("X-TC-RequestId".into(), b"b".to_vec())];
    let iter = bytes
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_slice()));
    assert_eq!(
        request_id(parse_http_response::<(), CbsError>(400, iter, NO_ID)),
        "b"
    );

    let none: [(&str, &str); 0] = [];
    assert_eq!(
        request_id(parse_http_response::<(), CbsError>(400, none, NO_ID)),
        ""
    );
}

#[test]
fn an_http_header_map_and_response() {
    let mut headers = http::HeaderMap::new();
    headers.insert("x-tc-requestid", http::HeaderValue::from_static("m"));
    headers.insert(
        http::header::RETRY_AFTER,
        http::HeaderValue::from_static("7"),
    );
    assert_eq!(
        request_id(parse_http_response::<(), CbsError>(400, &headers, NO_ID)),
        "m"
    );

    let page = http::Response::builder()
        .status(503)
        .header("Retry-After", "7")
        .body(b"<html>busy</html>".to_vec())
        .unwrap();
    match tc::parse_http::<(), CbsError>(&page) {
        Err(ResponseError::Http(failure)) => {
            assert_eq!(failure.status(), 503);
            assert_eq!(
                failure.retry_after(),
                Some(tc::RetryAfter::Delay(std::time::Duration::from_secs(7)))
            );
        }
        other => panic!("not an HTTP failure: {other:?}"),
    }
}
