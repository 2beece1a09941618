//! API 3.0 error bodies: the code, message and request id they carry, the catalog's
//! variant or an unknown code kept as written, and what an error offers once parsed.

use tc::ErrorCode;
use tc::{parse_response, ApiError, Code, CommonError, ErrorKind};
use tc_error_catalogs::cbs::CbsError;
use tc_errors_tests::expect::api_error;

type Ignored = serde::de::IgnoredAny;

#[test]
fn an_error_body_is_an_api_error_with_code_message_and_request_id() {
    let error = api_error(
        br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"The cloud disk is busy."},"RequestId":"eac6b301-a322-493a-8e36-83b295459397"}}"#,
    );
    assert_eq!(error.code(), &CbsError::InvalidDiskBusy);
    assert_eq!(error.message(), "The cloud disk is busy.");
    assert_eq!(error.request_id(), "eac6b301-a322-493a-8e36-83b295459397");
    assert_eq!(error.kind(), ErrorKind::Transient);
    assert!(error.retry_advice().should_retry(false));
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
    assert!(error.retry_advice().should_retry(false));
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
    assert!(!error.retry_advice().should_retry(true));
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
            "advice": {
                "class": "Transient",
                "verdict": "retry",
                "retry": true,
                "idempotent_only": false,
                "re_sign": false
            },
            "status": null,
            "retry_after_seconds": null
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
