//! Properties of `Code<E>`: a code string, known to the catalog or not, keeps its exact
//! text through parsing, display, comparison and serde; every known code of every
//! catalog stays known.

use proptest::prelude::*;
use serde_json::Value;
use tc::legacy::LegacyError;
use tc::{Code, CommonError, ErrorCode};
use tc_error_catalogs::{
    cbs::CbsError, cloudaudit::CloudAuditError, emr::EmrError, organization::OrganizationError,
};
use tc_errors_tests::documents::push_escaped;
use tc_errors_tests::generators::{code_text, near_known_code};

/// Checks that `text` comes back exactly from `Code<E>`: parsed, shown, compared and
/// through serde.
fn check_code_text<E: ErrorCode>(text: &str) {
    let code = Code::<E>::parse(text);
    assert_eq!(code.as_str(), text);
    assert_eq!(code.to_string(), text);
    assert_eq!(code, text);
    assert_eq!(code.known(), E::from_code(text));
    assert_eq!(
        code.known().map(ErrorCode::code),
        E::from_code(text).map(ErrorCode::code)
    );
    if let Some(known) = code.known() {
        assert_eq!(known.code(), text);
    }
    assert_eq!(code.category(), text.split('.').next().unwrap_or_default());
    if text.is_empty() {
        // An empty code is refused by serde: a response never has one.
        return;
    }
    let json = serde_json::to_string(&code).expect("a code serializes");
    let back: Code<E> = serde_json::from_str(&json).expect("a code deserializes");
    assert_eq!(back.as_str(), text);
    assert_eq!(back.known(), code.known());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_code_string_round_trips_through_code(
        text in prop_oneof![code_text(), near_known_code(), any::<String>()],
    ) {
        check_code_text::<CbsError>(&text);
        check_code_text::<CommonError>(&text);
        check_code_text::<LegacyError>(&text);
    }
}

/// Every code of `E`: known when parsed, and still known after a trip through serde as a
/// borrowed string, an escaped string and a `serde_json::Value`.
fn check_known_codes_through_serde<E: ErrorCode>() {
    for &variant in E::ALL {
        let text = variant.code();
        check_code_text::<E>(text);
        let code = Code::<E>::parse(text);
        assert_eq!(code.known(), Some(variant), "{text}");

        let mut escaped = String::from("\"");
        for (i, c) in text.chars().enumerate() {
            push_escaped(c, u8::from(i % 2 == 0), &mut escaped);
        }
        escaped.push('"');
        let back: Code<E> = serde_json::from_str(&escaped).expect("an escaped code deserializes");
        assert_eq!(back.known(), Some(variant), "{escaped}");
        assert_eq!(
            serde_json::from_str::<E>(&escaped).ok(),
            Some(variant),
            "{escaped}"
        );

        let value = serde_json::to_value(code).expect("a code serializes");
        assert_eq!(value, Value::from(text));
        let back: Code<E> = serde_json::from_value(value.clone()).expect("a code deserializes");
        assert_eq!(back.known(), Some(variant), "{text}");
        assert_eq!(
            serde_json::from_value::<E>(value).ok(),
            Some(variant),
            "{text}"
        );
    }
}

#[test]
fn every_known_code_of_every_catalog_round_trips_through_serde() {
    check_known_codes_through_serde::<CommonError>();
    check_known_codes_through_serde::<LegacyError>();
    check_known_codes_through_serde::<OrganizationError>();
    check_known_codes_through_serde::<EmrError>();
    check_known_codes_through_serde::<CbsError>();
    check_known_codes_through_serde::<CloudAuditError>();
}
