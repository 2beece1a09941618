//! Any bytes into the page importer: a page or a typed error, never a panic; and the
//! module of a page it accepts parses as Rust items and holds no raw control or
//! bidirectional character (rustc refuses those in literals and comments).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|page: &[u8]| {
    if let Ok(page) = tc_errors_importer::read(page) {
        let header = tc_errors_importer::Header::new("fuzz", Some("FuzzError"))
            .expect("a valid header")
            .title("Title \u{202e}\u{1b}");
        tc_errors_tests::module::check_module(&page.render(&header));
    }
});
