//! Descriptions are plain text, as a terminal shows them: Tencent's links read as their
//! text followed by the absolute URL, and only inline code keeps its backticks.

use tc::{ErrorCode, Language};
use tc_error_catalogs::cvm::CvmError;

/// Whether `text` has an HTML tag: `<` then a letter, or `</` then a letter, closed by
/// `>` (which `<%ExtMsg%>` and `a < b` are not).
fn has_html_tag(text: &str) -> bool {
    text.match_indices('<').any(|(at, _)| {
        let rest = &text[at + 1..];
        let name = rest.strip_prefix('/').unwrap_or(rest);
        name.starts_with(|c: char| c.is_ascii_alphabetic()) && name.contains('>')
    })
}

/// Whether the backticks of `text` pair up in order around inline code (each opening
/// before a non-space, closing after one), but for one left at the end that is a symbol
/// among symbols (a password's allowed `()`~!@`).
fn backticks_balance(text: &str) -> bool {
    let bytes = text.as_bytes();
    let ticks: Vec<usize> = text.match_indices('`').map(|(at, _)| at).collect();
    let pairs = ticks.chunks_exact(2);
    let symbol = |byte: Option<&u8>| byte.is_some_and(|&b| b.is_ascii_punctuation() && b != b'`');
    let last_is_a_symbol = pairs
        .remainder()
        .iter()
        .all(|&at| symbol(bytes.get(at.wrapping_sub(1))) && symbol(bytes.get(at + 1)));
    last_is_a_symbol
        && pairs.into_iter().all(|pair| {
            !bytes[pair[0] + 1].is_ascii_whitespace() && !bytes[pair[1] - 1].is_ascii_whitespace()
        })
}

#[test]
fn no_description_of_any_catalog_has_markup_left() {
    let mut texts = 0;
    for catalog in tc_error_catalogs::catalogs() {
        for entry in catalog.entries() {
            for text in [entry.english, entry.chinese].into_iter().flatten() {
                texts += 1;
                let at = format!("{} {}: {text}", catalog.service, entry.code);
                assert!(!text.contains("]("), "a Markdown link in {at}");
                assert!(!has_html_tag(text), "an HTML tag in {at}");
                assert!(backticks_balance(text), "a stray backtick in {at}");
            }
        }
    }
    assert!(texts > 20_000, "{texts}");
}

#[test]
fn a_link_is_its_text_then_the_absolute_url() {
    let code = CvmError::InvalidFilterValueLimitExceeded;
    assert_eq!(
        code.description(),
        "The value of `Filter` (https://www.tencentcloud.com/document/api/213/15753?from_cn_redirect=1#Filter) exceeds the limit."
    );
    // Site-relative in Tencent's Chinese text: the Chinese site's.
    assert_eq!(
        code.description_in(Language::Chinese),
        Some("`Filter` (https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。")
    );
    // The common set too (`[CAM](…)`), and so every catalog that borrows its text.
    let unauthorized = tc::CommonError::AuthFailureUnauthorizedOperation.description();
    assert!(
        unauthorized.contains(
            "see the CAM (https://intl.cloud.tencent.com/document/product/598) documentation"
        ),
        "{unauthorized}"
    );
}

#[test]
fn checks_catch_what_they_look_for() {
    assert!(has_html_tag(r#"see <a href="/x">x</a>"#));
    assert!(!has_html_tag("请确认声明格式:<%ExtMsg%>, a < b, RSA>=2048"));
    assert!(backticks_balance(
        "Incorrect `Filter` and `Zone`; symbols ()`~!@"
    ));
    assert!(!backticks_balance("`The `%(value)s` does not"));
    assert!(!backticks_balance("a ` b ` c"));
}
