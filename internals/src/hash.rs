//! The string hash and the slot arithmetic of the `FromStr` lookup tables.
//!
//! The macro places every code in a table at expansion time, on the host, and the
//! runtime finds it again on the target, so both must compute the same numbers. Everything here is fixed-width arithmetic on little-endian words: no
//! `usize`, no `std` hasher, no platform-dependent byte order.

use crate::table;

/// Multiplier of the word mix: the 64-bit golden ratio, odd and with well-spread bits.
const WORD_MUL: u64 = 0x9E37_79B9_7F4A_7C15;
/// Multiplier of the final mix: another odd constant with no relation to the first.
const FINAL_MUL: u64 = 0xD6E8_FEB8_6659_FD93;
/// Multiplier that spreads a displaced 32-bit value before it is reduced to a slot.
const SLOT_MUL: u32 = 0x9E37_79B1;

/// Multiplies to 128 bits and folds the halves: one step mixes all 128 input bits into
/// all 64 output bits, which is what lets the hash take 16 bytes per multiplication.
#[inline]
fn fold(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    (product as u64) ^ ((product >> 64) as u64)
}

/// Reads up to 8 bytes as a little-endian word, zero-padded.
#[inline]
fn short_word(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .rev()
        .fold(0, |word, &byte| (word << 8) | u64::from(byte))
}

/// Reads the 8 bytes at `start` as a little-endian word (0 past the end, which the
/// callers never ask for).
#[inline]
fn word_at(bytes: &[u8], start: usize) -> u64 {
    bytes
        .get(start..start.wrapping_add(8))
        .and_then(|chunk| <[u8; 8]>::try_from(chunk).ok())
        .map_or(0, u64::from_le_bytes)
}

/// The 64-bit hash of `bytes` under `seed`.
///
/// Blocks of 16 bytes are folded into the state; the last 1 to 16 bytes are read as
/// the key's last 16 (or 8 to 16) bytes, overlapping what came before, instead of being
/// copied into a padded buffer. The length is mixed in, so overlapping reads and zero
/// padding cannot make two keys of different lengths look alike.
#[inline]
pub fn hash(bytes: &[u8], seed: u64) -> u64 {
    let len = bytes.len();
    let mut state = seed ^ (len as u64).wrapping_mul(WORD_MUL);
    let (first, second) = if len > 16 {
        let body = bytes.get(..(len - 1) / 16 * 16).unwrap_or_default();
        for block in body.chunks_exact(16) {
            state = fold(word_at(block, 0) ^ WORD_MUL, word_at(block, 8) ^ state);
        }
        (word_at(bytes, len - 16), word_at(bytes, len - 8))
    } else if len >= 8 {
        (word_at(bytes, 0), word_at(bytes, len - 8))
    } else {
        (short_word(bytes), 0)
    };
    fold(
        FINAL_MUL ^ len as u64,
        fold(first ^ WORD_MUL, second ^ state),
    )
}

/// Maps `value` onto `0..len` by multiplying and keeping the high half, which is both
/// cheaper than a division and uses the best-mixed (high) bits of `value`.
#[inline]
fn reduce(value: u32, len: u32) -> u32 {
    ((u64::from(value) * u64::from(len)) >> 32) as u32
}

/// The bucket of a key with hash `hash` among `buckets` buckets; each bucket has one
/// displacement.
#[inline]
pub fn bucket(hash: u64, buckets: u32) -> u32 {
    reduce((hash >> 32) as u32, buckets)
}

/// The slot of a key with hash `hash` among `slots` slots, once its bucket's
/// displacement is `displacement`.
#[inline]
pub fn slot(hash: u64, displacement: u32, slots: u32) -> u32 {
    reduce((hash as u32 ^ displacement).wrapping_mul(SLOT_MUL), slots)
}

/// The index of the one code that `key` can be in a table built with `seed`, with
/// `displacements` packed as `u32`s and `slots` as `u16`s: the caller compares that
/// code with `key`, so a miss costs what a hit costs. `None` only for an empty table.
#[inline]
pub fn candidate(key: &[u8], seed: u64, displacements: &[u8], slots: &[u8]) -> Option<usize> {
    let h = hash(key, seed);
    let buckets = (displacements.len() / 4) as u32;
    let displacement = table::u32_at(displacements, bucket(h, buckets) as usize)?;
    let index = table::u16_at(
        slots,
        slot(h, displacement, (slots.len() / 2) as u32) as usize,
    )?;
    Some(usize::from(index))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_pin_the_function() {
        // Generated tables hold positions computed on the host; a target (32-bit,
        // big-endian) that computed other numbers would miss every code. These values
        // were computed once and change only with a deliberate change of the function.
        let pinned: [(&str, u64, u64); 5] = [
            ("", 0x0, 0x30f7_8c58_06c8_ce9a),
            ("a", 0x9e96_ca0f_3b30_4626, 0xb665_9d36_d71a_41fc),
            (
                "InternalError",
                0x93cf_21a7_bc12_3459,
                0x25b7_ad07_9573_ffc9,
            ),
            (
                "InvalidDisk.Busy",
                0x4985_d3cd_c793_46b2,
                0x4ee5_a7a4_efaf_d891,
            ),
            (
                "ResourceInsufficient.CloudDiskSoldOut",
                0x3d34_b7dc_0e9f_9edc,
                0xb193_a8dc_04cd_cd39,
            ),
        ];
        for (key, seed_0, seed_7) in pinned {
            assert_eq!(hash(key.as_bytes(), 0), seed_0, "{key:?}");
            assert_eq!(hash(key.as_bytes(), 7), seed_7, "{key:?}");
        }
    }

    #[test]
    fn trailing_zero_bytes_and_overlapping_tails_still_differ() {
        assert_ne!(hash(b"a", 1), hash(b"a\0", 1));
        assert_ne!(hash(b"ABCDEFGHI", 1), hash(b"ABCDEFGH\0I", 1));
        assert_ne!(
            hash(b"0123456789abcdefX", 1),
            hash(b"0123456789abcdef0123456789abcdefX", 1)
        );
        assert_ne!(hash(b"AAAAAAAAB", 1), hash(b"AAAAAAAAAB", 1));
    }

    #[test]
    fn positions_stay_in_range() {
        for key in ["", "x", "InvalidParameterValue.InstanceIdMalformed"] {
            let h = hash(key.as_bytes(), 3);
            for len in [1, 2, 37, 12_501] {
                assert!(bucket(h, len) < len);
                assert!(slot(h, 5, len) < len);
            }
        }
        assert_eq!(candidate(b"x", 3, &[], &[]), None);
    }
}
