//! Any bytes into the legacy API 2.0 parser: a success or a typed error, never a panic;
//! a success only for `code` 0 and no API 3.0 `Error` in the body's `Response`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde::de::IgnoredAny;
use serde_json::Value;
use tc_errors::parse_legacy_response;

fuzz_target!(|body: &[u8]| {
    // serde_json's reading is the oracle; it refuses some bodies the parser rightly
    // accepts (a number out of `f64` range in a skipped field): those it cannot judge.
    let oracle = serde_json::from_slice::<Value>(body).ok();
    if let (Ok(_), Some(value)) = (parse_legacy_response::<IgnoredAny>(body), oracle) {
        let code = &value["code"];
        let zero = code.as_u64() == Some(0)
            || code.as_i64() == Some(0)
            || code
                .as_str()
                .is_some_and(|c| c.trim().parse::<i64>() == Ok(0));
        assert!(zero, "a success needs code 0, got {code}");
        assert!(
            value["Response"].get("Error").is_none(),
            "an API 3.0 error taken for a success"
        );
    }
});
