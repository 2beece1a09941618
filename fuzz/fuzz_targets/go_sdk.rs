//! Any bytes into the Go SDK's `errors.go` reader: codes or an error, never a panic; an
//! error's line is within the input, and every code read is written on its line
//! (`check_go_errors` says all it checks).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    tc_errors_tests::fuzz_checks::check_go_errors(input);
});
