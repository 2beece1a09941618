//! Packs a catalog's strings into one literal. Thousands of separate string literals
//! cost the compiler an allocation and a constant each; one literal with a table of
//! offsets costs it one.

/// Concatenates `strings` and returns the text with the byte offsets that bound each
/// string: string `k` is `text[offsets[k]..offsets[k + 1]]`.
pub fn concat<'a>(strings: impl IntoIterator<Item = &'a str>) -> (String, Vec<u32>) {
    let mut text = String::new();
    let mut offsets = vec![0];
    for string in strings {
        text.push_str(string);
        // A catalog's strings stay far below 4 GiB; saturating keeps this total.
        offsets.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
    }
    (text, offsets)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_bound_each_string() {
        let strings = [
            "InvalidDisk.Busy",
            "",
            "The cloud disk is busy — try again.",
            "x",
        ];
        let (text, offsets) = concat(strings);
        assert_eq!(offsets.len(), strings.len() + 1);
        for (k, string) in strings.iter().enumerate() {
            assert_eq!(&text[offsets[k] as usize..offsets[k + 1] as usize], *string);
        }
    }

    #[test]
    fn nothing_is_one_offset() {
        assert_eq!(concat([]), (String::new(), vec![0]));
    }
}
