//! How generated tables store their data: the writer (the macro, at expansion time) and
//! the reader (the runtime) side by side.
//!
//! An array of thousands of literals costs the compiler thousands of tokens, expressions
//! and constants; one string or byte-string literal costs it one. So a catalog's strings
//! are one concatenated string with offsets, and its number tables are byte strings of
//! little-endian numbers.

/// The `common` table's entry for a variant that is not a common code (the others hold
/// the code's index in the common set, which is smaller).
pub const NOT_COMMON: u8 = u8::MAX;

/// Number `index` of a table of little-endian `u16`s packed in a byte string (generated
/// code stores number tables so: one literal instead of one per number).
#[inline]
pub fn u16_at(bytes: &[u8], index: usize) -> Option<u16> {
    let start = index.checked_mul(2)?;
    let pair = bytes.get(start..start.checked_add(2)?)?;
    Some(u16::from_le_bytes([pair[0], pair[1]]))
}

/// Number `index` of a table of little-endian `u32`s packed in a byte string.
#[inline]
pub fn u32_at(bytes: &[u8], index: usize) -> Option<u32> {
    let start = index.checked_mul(4)?;
    let quad = bytes.get(start..start.checked_add(4)?)?;
    <[u8; 4]>::try_from(quad).ok().map(u32::from_le_bytes)
}

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

/// `values` as little-endian bytes, two per value.
pub fn u16s(values: impl IntoIterator<Item = u16>) -> Vec<u8> {
    values.into_iter().flat_map(u16::to_le_bytes).collect()
}

/// `values` as little-endian bytes, four per value.
pub fn u32s(values: impl IntoIterator<Item = u32>) -> Vec<u8> {
    values.into_iter().flat_map(u32::to_le_bytes).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_back() {
        let small = [0, 1, 0x1234, u16::MAX];
        let packed = u16s(small);
        assert_eq!(packed.len(), 8);
        assert!((0..4).all(|i| u16_at(&packed, i) == Some(small[i])));
        assert_eq!(u16_at(&packed, 4), None);

        let large = [0, 7, 0x1234_5678, u32::MAX];
        let packed = u32s(large);
        assert!((0..4).all(|i| u32_at(&packed, i) == Some(large[i])));
        assert_eq!(u32_at(&packed, 4), None);
    }

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
