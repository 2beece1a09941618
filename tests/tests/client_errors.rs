//! What a client author does in the first hour: parse a response, `?` it into `anyhow`
//! or a `thiserror` enum, downcast, print, serialize, convert, match.

use tc::{parse_response, ApiError, Code, CommonError, ErrorKind, ResponseError};
use tc_error_catalogs::cbs::CbsError;

const BUSY: &[u8] = br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"The cloud disk is busy."},"RequestId":"r-1"}}"#;
const NEW_CODE: &[u8] = br#"{"Response":{"Error":{"Code":"InvalidDisk.Brand.New","Message":"New."},"RequestId":"r-2"}}"#;
const DONE: &[u8] = br#"{"Response":{"RequestId":"r-3"}}"#;
const GATEWAY: &[u8] = b"<html><head><title>502 Bad Gateway</title></head></html>";

fn attach(body: &[u8]) -> Result<String, ResponseError<CbsError>> {
    Ok(parse_response::<(), CbsError>(body)?.request_id)
}

#[test]
fn an_action_that_returns_only_its_request_id_is_a_success() {
    #[derive(serde::Deserialize)]
    struct Empty;
    assert_eq!(attach(DONE).unwrap(), "r-3");
    let with_fields = br#"{"Response":{"TaskId":7,"RequestId":"r-4"}}"#;
    assert_eq!(
        parse_response::<(), CbsError>(with_fields)
            .unwrap()
            .request_id,
        "r-4"
    );
    assert_eq!(
        parse_response::<Empty, CbsError>(with_fields)
            .unwrap()
            .request_id,
        "r-4"
    );
    // An error body is never a success, whatever the payload type.
    assert!(attach(BUSY).is_err());
}

#[test]
fn anyhow_keeps_the_error_and_downcasts_to_response_error() {
    fn call(body: &[u8]) -> anyhow::Result<String> {
        Ok(attach(body)?)
    }
    let error = call(BUSY).unwrap_err();
    assert_eq!(
        error.to_string(),
        "InvalidDisk.Busy: The cloud disk is busy. (RequestId: r-1)"
    );
    let response = error.downcast_ref::<ResponseError<CbsError>>().unwrap();
    assert_eq!(response.code(), Some("InvalidDisk.Busy"));
    assert_eq!(response.request_id(), Some("r-1"));
    assert_eq!(response.kind(), Some(ErrorKind::Transient));
    let api = response.api_error().unwrap();
    assert!(api.is(CbsError::InvalidDiskBusy));
    assert!(api.code() == CbsError::InvalidDiskBusy);
    assert!(*api.code() == "InvalidDisk.Busy");
}

#[test]
fn a_thiserror_enum_takes_it_with_from() {
    #[derive(Debug, thiserror::Error)]
    enum AppError {
        #[error("cloud call failed")]
        Cloud(#[from] ResponseError<CbsError>),
    }
    fn call(body: &[u8]) -> Result<String, AppError> {
        Ok(attach(body)?)
    }
    let AppError::Cloud(inner) = call(GATEWAY).unwrap_err();
    assert!(inner.api_error().is_none());
    assert_eq!(inner.code(), None);
    let error = call(BUSY).unwrap_err();
    let source = std::error::Error::source(&error).unwrap();
    assert!(source.to_string().starts_with("InvalidDisk.Busy: "));
}

#[test]
fn debug_shows_code_message_and_request_id() {
    let error = attach(BUSY).unwrap_err();
    assert_eq!(
        format!("{error:?}"),
        r#"Api(ApiError { code: "InvalidDisk.Busy", message: "The cloud disk is busy.", request_id: "r-1" })"#
    );
}

#[test]
fn every_outcome_serializes() {
    // One flat object per outcome (ResponseError's docs): `outcome`, then the fields.
    let api = serde_json::to_value(attach(BUSY).unwrap_err()).unwrap();
    assert_eq!(api["outcome"], "api_error");
    assert_eq!(api["code"], "InvalidDisk.Busy");
    assert_eq!(api["kind"], "Transient");
    assert_eq!(api["advice"]["verdict"], "retry");
    let malformed = serde_json::to_value(attach(GATEWAY).unwrap_err()).unwrap();
    assert_eq!(malformed["outcome"], "malformed");
    assert_eq!(malformed["reason"], "NotJson");
    assert!(malformed["excerpt"].as_str().unwrap().starts_with("<html>"));
    let kind: ErrorKind = serde_json::from_value(serde_json::json!("Throttled")).unwrap();
    assert_eq!(kind, ErrorKind::Throttled);
    assert_eq!(serde_json::to_value(kind).unwrap(), "Throttled");
    assert_eq!(kind.to_string(), "Throttled");
}

#[test]
fn an_error_converts_to_the_common_catalog_by_its_code() {
    let throttled = br#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Slow."},"RequestId":"r"}}"#;
    let Err(ResponseError::Api(error)) = parse_response::<(), CbsError>(throttled) else {
        panic!("an API error");
    };
    let common: ApiError<CommonError> = error.into_catalog();
    assert!(common.is(CommonError::RequestLimitExceeded));
    let busy = attach(BUSY).unwrap_err();
    let common: ApiError<CommonError> = busy.api_error().unwrap().clone().into_catalog();
    // `CommonError` does not declare the code: it stays as received, with its kind.
    assert_eq!(common.code().known(), None);
    assert_eq!(common.code().as_str(), "InvalidDisk.Busy");
    assert_eq!(common.kind(), ErrorKind::Transient);
}

#[test]
fn a_match_handles_known_and_unknown_codes() {
    let handle = |body: &[u8]| match attach(body) {
        Ok(_) => "done".to_owned(),
        Err(ResponseError::Api(error)) => match error.code() {
            Code::Known(CbsError::InvalidDiskBusy) => "wait".to_owned(),
            Code::Known(other) => format!("known {other:?}"),
            Code::Renamed(current, spelling) => format!("{spelling} is now {current}"),
            Code::Unknown(unknown) => format!("new code {} ({})", unknown.as_str(), unknown.kind()),
        },
        Err(ResponseError::Malformed(_) | ResponseError::Http(_)) => "not the API".to_owned(),
    };
    assert_eq!(handle(BUSY), "wait");
    assert_eq!(
        handle(NEW_CODE),
        "new code InvalidDisk.Brand.New (InvalidRequest)"
    );
    assert_eq!(handle(DONE), "done");
    assert_eq!(handle(GATEWAY), "not the API");
    let renamed =
        br#"{"Response":{"Error":{"Code":"ZoneNotMatch","Message":"m"},"RequestId":"r"}}"#;
    assert_eq!(
        handle(renamed),
        "ZoneNotMatch is now ResourceUnavailable.ZoneNotMatch"
    );
}
