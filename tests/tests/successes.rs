//! API 3.0 success bodies: the payload and its request id, a payload that borrows from
//! the body, and what is not a success — a payload of the wrong shape, an error body.

use serde::Deserialize;
use std::borrow::Cow;
use tc::{parse_response, MalformedReason, ResponseError, Success};
use tc_error_catalogs::cbs::CbsError;

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

#[test]
fn an_error_body_is_never_a_success_whatever_else_it_holds() {
    let body = br#"{"Response":{"TotalCount":1,"DiskSet":[],"Error":{"Code":"InternalError","Message":"m"},"RequestId":"r"}}"#;
    let error = match parse_response::<DescribeDisks, CbsError>(body) {
        Err(ResponseError::Api(error)) => error,
        other => panic!("{other:?}"),
    };
    assert_eq!(error.code(), &CbsError::InternalError);
}
