//! Input that is not a page: a NUL byte makes a binary file, which is not the same as
//! text that is not UTF-8.

use super::*;

#[test]
fn a_page_with_a_nul_byte_is_binary_not_bad_utf_8() {
    let nul = page(
        "nul.md",
        b"| Error Code | Description |\n|---|---|\n| A.B | x\0y |\n",
    );
    let output = tc_errors(&["import", page_arg(&nul), "--service", "x"]);
    assert_eq!(output.status.code(), Some(1));
    let line = error_line(&output);
    assert!(!line.contains("UTF-8"), "{line}");
    assert!(line.contains("byte 48 is a NUL byte"), "{line}");

    let latin1 = page(
        "latin1.md",
        b"| Error Code | Description |\n|---|---|\n| A.B | caf\xe9 |\n",
    );
    let output = tc_errors(&["import", page_arg(&latin1), "--service", "x"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(error_line(&output).contains("byte 50 is not UTF-8"));
}
