//! Any bytes as a Tencent SDK's error line into `parse_sdk_log_line`, and as the fields
//! of one (code, message and request id, split at NUL) written in the Go, Python and
//! Java formats and read back: never a panic, and a line read is the error a response
//! body with those fields gives (`check_sdk_log_line` says all it checks).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    tc_errors_tests::fuzz_checks::check_sdk_log_line(input);
});
