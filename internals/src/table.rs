//! How generated tables store their data: the writer (the macro, at expansion time) and
//! the reader (the runtime) side by side.
//!
//! An array of thousands of literals costs the compiler thousands of tokens, expressions
//! and constants; one string or byte-string literal costs it one. So a catalog's strings
//! are one concatenated string with offsets, and its number tables are byte strings of
//! little-endian numbers.
//!
//! The strings table holds one [`Slot`] after another, each for every variant (all the
//! codes, then all the names, …), then every alias: the macro writes it with
//! [`strings_table`], the runtime finds a string with
//! [`variant_string`] or [`alias_string`] and reads it with [`string_span`]. Which texts a
//! common code reads from the common set's table instead is [`borrows_text`].

use std::ops::Range;

/// The `common` table's entry for a variant that is not a common code (the others hold
/// the code's index in the common set, which is smaller).
pub const NOT_COMMON: u8 = u8::MAX;

/// The strings each variant has in a catalog's strings table, in their order there. The
/// codes come first and together: a lookup compares one code, and the codes' bytes and
/// offsets then share a few cache lines instead of each sitting between long texts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Slot {
    /// The code, as the API sends it.
    Code,
    /// The variant's name (for `Debug`).
    Name,
    /// The English text; empty when the catalog has none.
    English,
    /// The Chinese text; empty when the catalog has none.
    Chinese,
}

impl Slot {
    /// Every slot, in table order.
    pub const ALL: [Slot; 4] = [Slot::Code, Slot::Name, Slot::English, Slot::Chinese];
}

/// How many strings each variant has in the strings table.
pub const STRINGS_PER_VARIANT: usize = Slot::ALL.len();

/// The number, among the strings of a table of `variants` variants, of `slot` of the
/// variant at `index`.
#[inline]
pub const fn variant_string(variants: usize, index: usize, slot: Slot) -> usize {
    variants * slot as usize + index
}

/// The number, among the strings of a table of `variants` variants, of alias `alias`
/// (counted from 0 in the order the aliases were written).
#[inline]
pub const fn alias_string(variants: usize, alias: usize) -> usize {
    STRINGS_PER_VARIANT * variants + alias
}

/// Writes a catalog's strings table: for each [`Slot`], the `string` of every one of
/// `variants` in that slot (an absent text is the empty string), then the `aliases`.
/// Returns the text and the offsets that bound each string, as [`concat`] does.
pub fn strings_table<'a, V>(
    variants: &'a [V],
    string: impl Fn(&'a V, Slot) -> &'a str,
    aliases: impl IntoIterator<Item = &'a str>,
) -> (String, Vec<u32>) {
    concat(
        Slot::ALL
            .iter()
            .flat_map(|&slot| variants.iter().map(move |variant| (variant, slot)))
            .map(|(variant, slot)| string(variant, slot))
            .chain(aliases),
    )
}

/// Where string `k` lies in a strings table whose offsets are `bounds` (`u32`s as
/// [`concat`] returns them and [`u32s`] packs them).
#[inline]
pub fn string_span(bounds: &[u8], k: usize) -> Option<Range<usize>> {
    let start = u32_at(bounds, k)?;
    let end = u32_at(bounds, k + 1)?;
    Some(start as usize..end as usize)
}

/// Whether a variant reads its text in one language from the common set's table rather
/// than its own: it is a common code (`common_code`), its catalog borrows the common texts
/// (`catalog_borrows`: `use common;` in any catalog but the common set itself) and it has
/// no text of its own in that language (`own_text`). The macro then writes an empty
/// string and says so in the variant's docs; the runtime looks the text up.
#[inline]
pub const fn borrows_text(own_text: bool, common_code: bool, catalog_borrows: bool) -> bool {
    !own_text && common_code && catalog_borrows
}

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
    le_bytes(values, u16::to_le_bytes)
}

/// `values` as little-endian bytes, four per value.
pub fn u32s(values: impl IntoIterator<Item = u32>) -> Vec<u8> {
    le_bytes(values, u32::to_le_bytes)
}

/// `values`' bytes one after the other. A loop that appends each value's bytes: the
/// macro runs unoptimised, where `flat_map(…).collect()` costs twice as much for each of
/// the 140,000 numbers of the shipped catalogs' action tables.
fn le_bytes<T, const N: usize>(
    values: impl IntoIterator<Item = T>,
    to_le_bytes: fn(T) -> [u8; N],
) -> Vec<u8> {
    let values = values.into_iter();
    let mut bytes = Vec::with_capacity(values.size_hint().0.saturating_mul(N));
    for value in values {
        bytes.extend_from_slice(&to_le_bytes(value));
    }
    bytes
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

    /// A variant as the macro's model holds it.
    struct Variant {
        code: &'static str,
        name: &'static str,
        english: Option<&'static str>,
        chinese: Option<&'static str>,
    }

    #[test]
    fn a_strings_table_written_is_the_table_read() {
        let variants = [
            Variant {
                code: "InvalidDisk.Busy",
                name: "InvalidDiskBusy",
                english: Some("The cloud disk is busy."),
                chinese: Some("云盘正忙。"),
            },
            Variant {
                code: "InvalidParameter",
                name: "InvalidParameter",
                english: None,
                chinese: Some("参数错误。"),
            },
            Variant {
                code: "UnsupportedOperation.",
                name: "UnsupportedOperationDot",
                english: None,
                chinese: None,
            },
        ];
        let aliases = ["AutoSnapshotPolicyOutOfQuota", "ZoneNotMatch"];
        let (text, offsets) = strings_table(
            &variants,
            |v, slot| match slot {
                Slot::Code => v.code,
                Slot::Name => v.name,
                Slot::English => v.english.unwrap_or_default(),
                Slot::Chinese => v.chinese.unwrap_or_default(),
            },
            aliases,
        );
        // As generated code holds it, and as the runtime reads it.
        let bounds = u32s(offsets);
        let read = |k| string_span(&bounds, k).map(|span| &text[span]);
        for (index, v) in variants.iter().enumerate() {
            assert_eq!(
                read(variant_string(variants.len(), index, Slot::Code)),
                Some(v.code)
            );
            assert_eq!(
                read(variant_string(variants.len(), index, Slot::Name)),
                Some(v.name)
            );
            for (slot, written) in [(Slot::English, v.english), (Slot::Chinese, v.chinese)] {
                let own = read(variant_string(variants.len(), index, slot))
                    .filter(|text| !text.is_empty());
                assert_eq!(own, written, "{} {slot:?}", v.code);
                // An absent text is the one a common code borrows, in a catalog that does.
                assert_eq!(borrows_text(own.is_some(), true, true), written.is_none());
                assert!(!borrows_text(own.is_some(), false, true));
                assert!(!borrows_text(own.is_some(), true, false));
            }
        }
        for (alias, written) in aliases.iter().enumerate() {
            assert_eq!(read(alias_string(variants.len(), alias)), Some(*written));
        }
        assert_eq!(read(alias_string(variants.len(), aliases.len())), None);
    }
}
