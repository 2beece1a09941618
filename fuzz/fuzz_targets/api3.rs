//! Any bytes into the API 3.0 parser: a success, an API error or a malformed-response
//! error, never a panic. The tests' oracle (`check_api3_against_serde_json`, serde_json's
//! own reading of the body) judges the outcome with a `Value` payload: never a success
//! for a body that holds an `Error`, or an API 2.0 error (a non-zero `code`) beside its
//! `Response`; an API error's code is the body's, and its `Message` and `RequestId` too,
//! whatever their JSON types (a number's text, else empty), with `ApiError::lossy` naming
//! those that were not strings. The envelope alone (an `IgnoredAny` payload, what a
//! client that wants no payload reads) must give the same outcome.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde::de::IgnoredAny;
use tc_error_catalogs::cbs::CbsError;
use tc_errors::{parse_response, MalformedReason};
use tc_errors_tests::outcome::{api3, check_api3_against_serde_json, Outcome};

fuzz_target!(|body: &[u8]| {
    let envelope = Outcome::of(parse_response::<IgnoredAny, CbsError>(body));
    if let Outcome::Http(status) = envelope {
        panic!("parse_response gave an HTTP failure ({status})");
    }
    check_api3_against_serde_json(body);
    match (envelope, api3(body)) {
        (Outcome::Success(envelope), Outcome::Success(full)) => {
            assert_eq!(envelope.request_id, full.request_id);
        }
        // What `IgnoredAny` skips, a `Value` may refuse (nesting past its limit, a number
        // beyond `f64`).
        (Outcome::Success(_), Outcome::Malformed(MalformedReason::PayloadMismatch)) => {}
        (Outcome::Malformed(envelope), Outcome::Malformed(full)) => assert_eq!(envelope, full),
        (
            Outcome::Api {
                code,
                message,
                request_id,
                lossy,
            },
            full @ Outcome::Api { .. },
        ) => assert_eq!(
            Outcome::Api {
                code,
                message,
                request_id,
                lossy
            },
            full
        ),
        (envelope, full) => panic!("{envelope:?} without a payload, {full:?} with one"),
    }
});
