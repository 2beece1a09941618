//! Lines as service directory names into `import-sdk`'s generator: a name error that
//! quotes one of them, or a crate whose files, modules and features are one per service
//! and that parses (`check_sdk_names` says all it checks).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    tc_errors_tests::fuzz_checks::check_sdk_names(input);
});
