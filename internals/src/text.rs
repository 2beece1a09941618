//! White-space folding: a description split over lines, in a macro call or a page's
//! cell, reads as one sentence, the same in the catalog and in the importer's output.

/// `text` with every run of white space (including non-breaking spaces) made one space,
/// and none at either end.
pub fn fold_whitespace(text: &str) -> String {
    // Most descriptions are one clean line, and the macro runs unoptimised: look once
    // before splitting and joining.
    let bytes = text.as_bytes();
    let clean = text.is_ascii()
        && !bytes.first().is_some_and(u8::is_ascii_whitespace)
        && !bytes.last().is_some_and(u8::is_ascii_whitespace)
        && !bytes
            .windows(2)
            .any(|pair| pair[0] == b' ' && pair[1] == b' ')
        && !bytes.iter().any(|&b| b.is_ascii_whitespace() && b != b' ');
    if clean {
        return text.to_owned();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
        ] {
            assert_eq!(fold_whitespace(text), folded, "{text:?}");
        }
    }
}
