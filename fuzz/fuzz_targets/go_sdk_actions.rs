//! Any bytes into the readers of the Go SDK's `client.go` and `models.go` and of the
//! distilled `actions.txt`: actions or an error, never a panic; an error's line is within
//! the input and holds what it quotes, an action is read from what its lines say
//! (`check_go_actions` says all it checks).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    tc_errors_tests::fuzz_checks::check_go_actions(input);
});
