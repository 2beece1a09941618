//! White-space folding: a description split over lines, in a macro call or a page's
//! cell, reads as one sentence, the same in the catalog and in the importer's output.

/// `text` with every run of white space (including non-breaking spaces) made one space,
/// and none at either end.
pub fn fold_whitespace(text: &str) -> String {
    if is_folded(text) {
        return text.to_owned();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `text` is already folded. Most descriptions are, in English or Chinese, and the
/// macro runs unoptimised: one pass over the bytes, decoding only the characters whose
/// first byte white space beyond ASCII can start with (U+0085 … U+3000).
fn is_folded(text: &str) -> bool {
    // True at the start, so that a leading space counts as a fold.
    let mut after_space = true;
    for (at, &byte) in text.as_bytes().iter().enumerate() {
        let space = match byte {
            b' ' => true,
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => return false,
            0xC2 | 0xE1 | 0xE2 | 0xE3 => text[at..].chars().next().is_some_and(char::is_whitespace),
            _ => false,
        };
        // Two spaces in a row, or any space but U+0020, fold into one U+0020.
        if space && (after_space || byte != b' ') {
            return false;
        }
        after_space = space;
    }
    // A trailing space counts as a fold too.
    !after_space || text.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_is_folded_on_either_path() {
        for (text, folded) in [
            ("One clean line.", "One clean line."),
            ("", ""),
            ("  padded  ", "padded"),
            ("two  spaces", "two spaces"),
            ("split\n    over lines", "split over lines"),
            ("tab\there", "tab here"),
            ("you’ve  seen it", "you’ve seen it"),
            ("no\u{a0}break", "no break"),
            ("云盘正忙，  请稍后重试。", "云盘正忙， 请稍后重试。"),
            ("云盘正忙，请稍后重试。", "云盘正忙，请稍后重试。"),
            ("全角\u{3000}空格", "全角 空格"),
            ("“quoted” — dash", "“quoted” — dash"),
            ("trailing ", "trailing"),
            (" ", ""),
            ("\u{85}next line", "next line"),
            ("thin\u{2009}space", "thin space"),
        ] {
            assert_eq!(fold_whitespace(text), folded, "{text:?}");
            let slow = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(is_folded(text), slow == text, "{text:?}");
            assert!(is_folded(folded), "{folded:?}");
        }
    }
}
