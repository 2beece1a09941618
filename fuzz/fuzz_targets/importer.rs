//! Any bytes into the page importer: a page or a typed error, never a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|page: &[u8]| {
    if let Ok(page) = tc_errors_importer::read(page) {
        let header = tc_errors_importer::Header::new("fuzz", Some("FuzzError")).expect("a valid header");
        let _ = page.render(&header);
    }
});
