//! Properties of the page importer: whatever the bytes, `read` returns a page or a typed
//! error, never panics, and every entry it gives is a well-formed code with a
//! description that the rendered block holds.

use proptest::prelude::*;
use tc_errors_importer::{self as import, Header};
use tc_errors_tests::generators::page_line;

/// Checks what an imported page must satisfy whatever the input: every entry a
/// well-formed code with its texts (if any) not blank, and the block renders.
fn check_import(page: &[u8]) {
    let Ok(page) = import::read(page) else {
        return;
    };
    for entry in &page.entries {
        let code = &entry.code;
        assert!(
            code.starts_with(|c: char| c.is_ascii_alphabetic()),
            "{code:?}"
        );
        assert!(
            code.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.'),
            "{code:?}"
        );
        // The generator hides these codes in a script or a comment.
        assert!(!code.starts_with("Hidden."), "{code:?}");
        for text in [&entry.english, &entry.chinese].into_iter().flatten() {
            assert!(!text.trim().is_empty(), "{code}");
        }
    }
    let header = Header::new("fuzz", None)
        .expect("a valid service name")
        .title("Title \u{202e}\u{1b}");
    let block = page.render(&header);
    for entry in &page.entries {
        assert!(block.contains(&format!("\"{}\"", entry.code)), "{block}");
    }
    tc_errors_tests::module::check_module(&block);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_importer_takes_any_bytes(page in prop::collection::vec(any::<u8>(), 0..300)) {
        check_import(&page);
    }

    #[test]
    fn the_importer_takes_any_page(lines in prop::collection::vec(page_line(), 0..16), crlf in any::<bool>()) {
        let page = lines.join(if crlf { "\r\n" } else { "\n" });
        check_import(page.as_bytes());
    }
}
