//! Any text into `Code<E>`: kept exactly, known exactly when the catalog declares it.

#![no_main]

use libfuzzer_sys::fuzz_target;
use tc_error_catalogs::cbs::CbsError;
use tc_errors::{Code, ErrorCode};

fuzz_target!(|text: &str| {
    let code = Code::<CbsError>::parse(text);
    assert_eq!(code.as_str(), text);
    assert_eq!(code.known(), CbsError::from_code(text));
    assert_eq!(code.to_string(), text);
    let _ = (code.kind(), code.category(), code.retry_advice());
    if let Some(known) = code.known() {
        assert!(code.is(known));
        assert_eq!(known.code(), text);
    }
});
