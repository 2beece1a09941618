//! Any bytes into the API 3.0 parser: a success, an API error or a malformed-response
//! error, never a panic; and never a success for a body that holds an `Error`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde::de::IgnoredAny;
use serde_json::Value;
use tc_error_catalogs::cbs::CbsError;
use tc_errors::{parse_response, ResponseError};

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
                assert!(value["Response"]["Error"].is_null(), "an error body taken for a success");
            }
        }
        Err(ResponseError::Api(error)) => {
            if let Some(value) = oracle {
                assert_eq!(value["Response"]["Error"]["Code"].as_str(), Some(error.code().as_str()));
            }
        }
        Err(ResponseError::Malformed(error)) => {
            assert!(error.to_string().chars().count() < 400, "a malformed error stays short");
        }
    }
});
