//! Properties of the response parsers on generated input: whatever the bytes, they return
//! `Ok` or a typed error, never panic, and never take an error body for a success; what
//! a valid body says comes back exactly.
//!
//! Documents are generated as trees that keep repeated keys and the way each string is
//! written (see `tc_errors_tests::documents`), so that the expected outcome of each one
//! follows from the parsers' documented rules, checked by
//! [`expected_api3`](tc_errors_tests::oracles::expected_api3) and
//! [`expected_api2`](tc_errors_tests::oracles::expected_api2).

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;
use tc_errors_tests::documents::{lit, Json};
use tc_errors_tests::generators::{
    any_json, api2_json, api3_error_body, api3_json, code_text, document, entry, lits, mangled,
    with_earlier_value,
};
use tc_errors_tests::oracles::{expected_api2, expected_api3};
use tc_errors_tests::outcome::{
    api2, api3, check_api2_against_serde_json, check_api3_against_serde_json, Outcome,
};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_bytes_give_ok_or_a_typed_error(body in prop::collection::vec(any::<u8>(), 0..200)) {
        check_api3_against_serde_json(&body);
        check_api2_against_serde_json(&body);
    }

    #[test]
    fn api3_documents_parse_as_documented(doc in document(api3_json())) {
        prop_assert_eq!(api3(doc.body.as_bytes()), expected_api3(&doc.json), "{}", doc.body);
    }

    #[test]
    fn api2_documents_parse_as_documented(doc in document(api2_json())) {
        prop_assert_eq!(api2(doc.body.as_bytes()), expected_api2(&doc.json), "{}", doc.body);
    }

    /// A key given twice counts with its last value, as Python's `json` reads it: an
    /// earlier value, whatever it is, changes nothing.
    #[test]
    fn an_earlier_value_of_a_field_changes_nothing(
        doc in document(prop_oneof![api3_json(), api2_json()]),
        level in 0u8..3,
        at in any::<Index>(),
        value in any_json(),
        space in "[ \n]{0,1}",
    ) {
        let mut body = String::new();
        with_earlier_value(&doc.json, level, at, value).write(&space, &mut body);
        prop_assert_eq!(api3(body.as_bytes()), api3(doc.body.as_bytes()), "{}", body);
        prop_assert_eq!(api2(body.as_bytes()), api2(doc.body.as_bytes()), "{}", body);
        check_api3_against_serde_json(body.as_bytes());
        check_api2_against_serde_json(body.as_bytes());
    }

    #[test]
    fn mangled_documents_give_ok_or_a_typed_error(
        doc in document(prop_oneof![api3_json(), api2_json()]),
        how in 0u8..3,
        at in any::<Index>(),
        byte in prop::sample::select(b"{}[]:,\"\\ 0a\xff\xc3\x00".to_vec()),
    ) {
        let body = mangled(&doc.body, how, at, byte);
        check_api3_against_serde_json(&body);
        check_api2_against_serde_json(&body);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn an_error_body_from_serde_json_round_trips(
        code in code_text().prop_filter("a code is not empty", |code| !code.is_empty()),
        message in any::<String>(),
        request_id in any::<String>(),
    ) {
        let body = serde_json::json!({
            "Response": {"Error": {"Code": code, "Message": message}, "RequestId": request_id}
        });
        let expected = Outcome::Api { code, message, request_id, lossy: vec![] };
        prop_assert_eq!(api3(body.to_string().as_bytes()), expected);
    }

    #[test]
    fn a_legacy_error_body_from_serde_json_round_trips(
        code in any::<i64>().prop_filter("0 is a success", |code| *code != 0),
        quoted in any::<bool>(),
        code_desc in code_text(),
        message in any::<String>(),
    ) {
        let number = if quoted { Value::from(code.to_string()) } else { Value::from(code) };
        let body = serde_json::json!({"code": number, "message": message, "codeDesc": code_desc});
        let code = if code_desc.is_empty() { code.to_string() } else { code_desc };
        let expected = Outcome::Api { code, message, request_id: String::new(), lossy: vec![] };
        prop_assert_eq!(api2(body.to_string().as_bytes()), expected);
    }

    #[test]
    fn a_hand_written_error_body_round_trips(
        doc in lits().prop_flat_map(|(code, message, request_id)| {
            let expected = Outcome::Api {
                code: code.text.clone(),
                message: message.text.clone(),
                request_id: request_id.text.clone(),
                lossy: vec![],
            };
            (Just(expected), api3_error_body(code, message, request_id))
        })
    ) {
        let (expected, doc) = doc;
        prop_assert_eq!(api3(doc.body.as_bytes()), expected, "{}", doc.body);
    }

    #[test]
    fn an_error_beside_a_success_payload_is_never_a_success(
        payload in prop::collection::vec(entry("[A-Z][a-z]{0,8}", any_json()), 0..6),
        at in any::<Index>(),
        space in "[ \n]{0,1}",
    ) {
        let mut fields: Vec<_> = payload
            .into_iter()
            .filter(|(key, _)| key.text != "Error" && key.text != "RequestId")
            .collect();
        let error = Json::Object(vec![(lit("Code"), Json::Str(lit("InternalError")))]);
        fields.insert(at.index(fields.len() + 1), (lit("Error"), error));
        let mut body = String::new();
        Json::Object(vec![(lit("Response"), Json::Object(fields))]).write(&space, &mut body);
        let outcome = api3(body.as_bytes());
        prop_assert!(matches!(&outcome, Outcome::Api { code, .. } if code == "InternalError"), "{outcome:?}");
    }

    #[test]
    fn a_legacy_error_beside_a_payload_is_never_a_success(
        payload in prop::collection::vec(entry("[a-z][A-Za-z]{0,8}", any_json()), 0..6),
        code in (1i64..10000).prop_map(|n| n * 4),
        at in any::<Index>(),
    ) {
        let mut fields: Vec<_> = payload
            .into_iter()
            .filter(|(key, _)| !["code", "message", "codeDesc"].contains(&key.text.as_str()))
            .collect();
        fields.insert(at.index(fields.len() + 1), (lit("code"), Json::Number(code.into())));
        let mut body = String::new();
        Json::Object(fields).write("", &mut body);
        let outcome = api2(body.as_bytes());
        prop_assert_eq!(outcome, Outcome::Api { code: code.to_string(), message: String::new(), request_id: String::new(), lossy: vec![] });
    }
}
