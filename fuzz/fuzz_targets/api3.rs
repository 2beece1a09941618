//! Any bytes into the API 3.0 parser: a success, an API error or a malformed-response
//! error, never a panic; and never a success for a body that holds an `Error`, or an API
//! 2.0 error (a non-zero `code`) beside its `Response`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde::de::IgnoredAny;
use serde_json::Value;
use tc_error_catalogs::cbs::CbsError;
use tc_errors::{parse_response, ResponseError};
use tc_errors_tests::outcome::legacy_code;

fuzz_target!(|body: &[u8]| {
    let parsed = parse_response::<IgnoredAny, CbsError>(body);
    // serde_json's own reading is the oracle for what the body says. It refuses some
    // bodies the parser rightly accepts (a number out of `f64` range in a skipped
    // field): those it cannot judge.
    let oracle = serde_json::from_slice::<Value>(body).ok();
    match parsed {
        Ok(_) => {
            if let Some(value) = oracle {
                assert!(value["Response"].is_object(), "a success has a Response object");
                assert!(value["Response"].get("Error").is_none(), "an error body taken for a success");
                assert!(legacy_code(&value["code"]).unwrap_or(0) == 0, "an API 2.0 error taken for a success");
            }
        }
        Err(ResponseError::Api(error)) => {
            if let Some(value) = oracle {
                if value["Response"].get("Error").is_some() {
                    assert_eq!(value["Response"]["Error"]["Code"].as_str(), Some(error.code().as_str()));
                } else {
                    let number = legacy_code(&value["code"]).expect("an API 2.0 error beside the Response");
                    match value["codeDesc"].as_str().filter(|desc| !desc.is_empty()) {
                        Some(desc) => assert_eq!(error.code().as_str(), desc),
                        None => assert_eq!(error.code().as_str(), number.to_string()),
                    }
                }
            }
        }
        Err(ResponseError::Malformed(error)) => {
            assert!(error.to_string().chars().count() < 400, "a malformed error stays short");
        }
    }
});

