//! The string hash and the slot arithmetic of the `FromStr` lookup tables.
//!
//! The macro places every code in a table at expansion time, on the host, and the
//! runtime finds it again on the target, so both must compute the same numbers.
//! Everything here is fixed-width arithmetic on little-endian words: no `usize`, no
//! `std` hasher, no platform-dependent byte order.
//!
//! The hash does not read every byte of a long key: a lookup compares the key with the
//! one candidate the table names anyway, so the hash only has to tell the table's own
//! codes apart. It reads a key's first and last 16 bytes, which is all of a key of up to
//! 32 bytes, and 16 more at each of the table's *probes*, offsets the macro chooses
//! where two codes of the same length agree at both ends ([`sample`]). Most catalogs
//! need no probe, the largest one or two. The reads are the same for every key of a
//! table, whatever its length, so a lookup in random order mispredicts no branch here.

use crate::table;

/// Multiplier of the word mix: the 64-bit golden ratio, odd and with well-spread bits.
const WORD_MUL: u64 = 0x9E37_79B9_7F4A_7C15;
/// Another odd constant with no relation to the first, xored into the reads after the
/// first: the same 16 bytes read at two places (a short key's overlapping reads) must
/// not fold to the same value and cancel out.
const OTHER_KEY: u64 = 0xD6E8_FEB8_6659_FD93;
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

/// Where the 16-byte read at `probe` starts in a key whose last read starts at `tail`:
/// a probe past it reads the key's last 16 bytes again.
#[inline]
fn probe_start(probe: u8, tail: usize) -> usize {
    usize::from(probe).min(tail)
}

/// The 64-bit hash of `bytes` under `seed`, reading 16 more bytes at each of `probes`.
///
/// A key of 16 bytes or more is read as its first and last 16 bytes, and the 16 at each
/// probe (a probe past the key's end reads its last 16); a shorter key as its first and
/// last 8 bytes, or one zero-padded word. Each 16 bytes are one multiplication, and the
/// length is mixed in, so that overlapping reads and zero padding cannot make two keys
/// of different lengths look alike.
#[inline]
pub fn hash(bytes: &[u8], seed: u64, probes: &[u8]) -> u64 {
    let len = bytes.len();
    let state = seed ^ (len as u64).wrapping_mul(WORD_MUL);
    match len.checked_sub(16) {
        Some(tail) => {
            // Each read is folded on its own and the folds combined, so that they do
            // not wait for each other: three multiplications side by side, no fourth
            // after them.
            let mut probed: u64 = 0;
            for &probe in probes {
                let start = probe_start(probe, tail);
                probed = probed.wrapping_add(fold(
                    word_at(bytes, start) ^ OTHER_KEY,
                    word_at(bytes, start + 8) ^ state,
                ));
            }
            fold(word_at(bytes, 0) ^ WORD_MUL, word_at(bytes, 8) ^ state)
                ^ fold(word_at(bytes, tail) ^ OTHER_KEY, word_at(bytes, tail + 8))
                ^ probed
        }
        None if len >= 8 => fold(
            word_at(bytes, 0) ^ state ^ OTHER_KEY,
            word_at(bytes, len - 8) ^ WORD_MUL,
        ),
        None => fold(short_word(bytes) ^ state ^ OTHER_KEY, WORD_MUL),
    }
}

/// The bytes [`hash`] reads of `bytes` with `probes`, with the length: two keys whose
/// samples are equal have the same hash under every seed, so a table's probes must give
/// its codes distinct samples. Allocates; for the macro, not for lookups.
pub fn sample(bytes: &[u8], probes: &[u8]) -> Vec<u8> {
    let len = bytes.len();
    let mut sample = (len as u64).to_le_bytes().to_vec();
    match len.checked_sub(16) {
        Some(tail) => {
            for &probe in probes {
                sample.extend_from_slice(probed(bytes, probe));
            }
            sample.extend_from_slice(&bytes[..16]);
            sample.extend_from_slice(&bytes[tail..]);
        }
        None => sample.extend_from_slice(bytes),
    }
    sample
}

/// The bytes [`hash`] reads of `bytes` at `probe` (of [`sample`], without allocating):
/// none for a key shorter than 16 bytes, which is read whole.
pub fn probed(bytes: &[u8], probe: u8) -> &[u8] {
    match bytes.len().checked_sub(16) {
        Some(tail) => {
            let start = probe_start(probe, tail);
            &bytes[start..start + 16]
        }
        None => &[],
    }
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
pub fn slot(hash: u64, displacement: u16, slots: u32) -> u32 {
    reduce(
        (hash as u32 ^ u32::from(displacement)).wrapping_mul(SLOT_MUL),
        slots,
    )
}

/// A perfect-hash table's numbers, as the generated tables hold them.
#[derive(Clone, Copy, Debug)]
pub struct Lookup<'a> {
    /// The seed of [`hash`].
    pub seed: u64,
    /// The offsets of [`hash`]'s extra 16-byte reads.
    pub probes: &'a [u8],
    /// One `u16` displacement per bucket, little-endian.
    pub displacements: &'a [u8],
    /// One [`Entry`] per slot, [`ENTRY_BYTES`] each.
    pub slots: &'a [u8],
}

impl<'a> Lookup<'a> {
    /// `self`, with the seed and probes of `known`, a copy of it made at compile time,
    /// and its tables cut to `known`'s sizes: the numbers become constants in the code
    /// (no loads, a fixed number of probes, sizes that rule out most bounds checks),
    /// while the tables are still read through `self`, so that no second copy of them
    /// is made. `None` if `known` is not a copy of `self`.
    #[inline]
    pub fn with_numbers_of(self, known: Lookup<'a>) -> Option<Lookup<'a>> {
        Some(Lookup {
            seed: known.seed,
            probes: known.probes,
            displacements: self.displacements.get(..known.displacements.len())?,
            slots: self.slots.get(..known.slots.len())?,
        })
    }
}

/// How many bytes an [`Entry`] takes in a table's `slots`.
pub const ENTRY_BYTES: usize = 8;

/// What a slot of the perfect hash holds: where its key is in the catalog's strings
/// table, and which key it is. A lookup reads the key's bytes straight after the slot,
/// with no table of offsets between: one dependent load fewer, which is most of what a
/// lookup costs. An empty slot has length 0 (no key is empty).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    /// The byte offset of the key in the strings table.
    pub start: u32,
    /// The key's length in bytes; 0 for an empty slot.
    pub len: u16,
    /// Which key: a variant's index, or the variant count plus an alias's number.
    pub key: u16,
}

impl Entry {
    /// The entry as `slots` holds it: the three numbers, little-endian.
    pub fn to_bytes(self) -> [u8; ENTRY_BYTES] {
        let [a, b, c, d] = self.start.to_le_bytes();
        let [e, f] = self.len.to_le_bytes();
        let [g, h] = self.key.to_le_bytes();
        [a, b, c, d, e, f, g, h]
    }

    /// Entry `slot` of `slots`.
    #[inline]
    pub fn at(slots: &[u8], slot: usize) -> Option<Entry> {
        let start = slot.checked_mul(ENTRY_BYTES)?;
        let bytes = slots.get(start..start.checked_add(ENTRY_BYTES)?)?;
        let [a, b, c, d, e, f, g, h] = <[u8; ENTRY_BYTES]>::try_from(bytes).ok()?;
        Some(Entry {
            start: u32::from_le_bytes([a, b, c, d]),
            len: u16::from_le_bytes([e, f]),
            key: u16::from_le_bytes([g, h]),
        })
    }
}

/// The entry of the one key that `key` can be in `table`: the caller compares that key
/// with `key`, so a miss costs what a hit costs. `None` only for an empty table.
#[inline]
pub fn candidate(key: &[u8], table: &Lookup<'_>) -> Option<Entry> {
    let Lookup {
        seed,
        probes,
        displacements,
        slots,
    } = *table;
    let h = hash(key, seed, probes);
    let buckets = (displacements.len() / 2) as u32;
    let displacement = table::u16_at(displacements, bucket(h, buckets) as usize)?;
    let slots_len = (slots.len() / ENTRY_BYTES) as u32;
    Entry::at(slots, slot(h, displacement, slots_len) as usize)
}

/// Whether `candidate` and `key` are the same bytes: what a lookup asks of the one
/// candidate [`candidate`] names.
///
/// Equal to `candidate == key`, but a key of 16 to 64 bytes (nearly every code) is
/// compared as four 16-byte blocks at offsets clamped to its end, whatever its length,
/// where `memcmp` would be a call that branches on the length.
#[inline]
pub fn same_key(candidate: &[u8], key: &[u8]) -> bool {
    let len = key.len();
    match len.checked_sub(16) {
        Some(tail) if tail <= 48 && candidate.len() == len => {
            let mut diff = 0;
            for start in [0, tail.min(16), tail.min(32), tail] {
                let (Some(&a), Some(&b)) = (block(candidate, start), block(key, start)) else {
                    return false;
                };
                diff |= u128::from_ne_bytes(a) ^ u128::from_ne_bytes(b);
            }
            diff == 0
        }
        _ => candidate == key,
    }
}

/// The 16 bytes at `start`, if there are that many.
#[inline]
fn block(bytes: &[u8], start: usize) -> Option<&[u8; 16]> {
    bytes.get(start..)?.first_chunk()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_pin_the_function() {
        // Generated tables hold positions computed on the host; a target (32-bit,
        // big-endian) that computed other numbers would miss every code. These values
        // were computed once and change only with a deliberate change of the function.
        let pinned: [(&str, u64, u64, u64); 5] = [
            (
                "",
                0xc9d8_74ca_57d9_e055,
                0x6f93_fa03_d697_9c7e,
                0x6f93_fa03_d697_9c7e,
            ),
            (
                "a",
                0x8e95_28bf_8401_1218,
                0x7d11_fcd1_0f08_be87,
                0x7d11_fcd1_0f08_be87,
            ),
            (
                "InternalError",
                0x122c_fcf5_7a92_39ee,
                0x0644_c03e_3cb4_1b6c,
                0x0644_c03e_3cb4_1b6c,
            ),
            (
                "InvalidDisk.Busy",
                0xc012_8f48_ae43_18a8,
                0x0fb2_237e_c797_7c81,
                0x57ae_aee4_4d8b_9351,
            ),
            (
                "ResourceInsufficient.CloudDiskSoldOut",
                0x14fb_a9b2_c5fb_1a85,
                0x344f_f62d_774a_cbcf,
                0x64ed_cd4d_49a7_20f1,
            ),
        ];
        for (key, seed_0, seed_7, probed) in pinned {
            let key = key.as_bytes();
            assert_eq!(hash(key, 0, &[]), seed_0, "{key:?}");
            assert_eq!(hash(key, 7, &[]), seed_7, "{key:?}");
            assert_eq!(hash(key, 7, &[3, 20]), probed, "{key:?}");
        }
    }

    #[test]
    fn same_key_is_byte_equality_at_every_length() {
        // Lengths on both sides of each block boundary and of the 64 bytes compared in
        // blocks; every byte of every length changed in turn.
        for len in 0..=80usize {
            let key: Vec<u8> = (0..len).map(|i| b'A' + (i * 7 % 26) as u8).collect();
            assert!(same_key(&key.clone(), &key), "{len}");
            for at in 0..len {
                let mut other = key.clone();
                other[at] ^= 0x20;
                assert!(!same_key(&other, &key), "{len} {at}");
                assert!(!same_key(&key, &other), "{len} {at}");
            }
            let mut longer = key.clone();
            longer.push(b'A');
            assert!(!same_key(&longer, &key), "{len}");
            assert!(!same_key(&key, &longer), "{len}");
        }
    }

    #[test]
    fn trailing_zero_bytes_and_overlapping_tails_still_differ() {
        let hash = |key: &[u8]| hash(key, 1, &[]);
        assert_ne!(hash(b"a"), hash(b"a\0"));
        assert_ne!(hash(b"ABCDEFGHI"), hash(b"ABCDEFGH\0I"));
        assert_ne!(
            hash(b"0123456789abcdefX"),
            hash(b"0123456789abcdef0123456789abcdefX")
        );
        assert_ne!(hash(b"AAAAAAAAB"), hash(b"AAAAAAAAAB"));
    }

    #[test]
    fn the_sample_is_what_the_hash_reads() {
        // Equal length, first and last 16 bytes; they differ at byte 18 only.
        let (update, create) = (
            b"FailedOperation.DBUpdateInstanceError".as_slice(),
            b"FailedOperation.DBCreateInstanceError".as_slice(),
        );
        assert_eq!(sample(update, &[]), sample(create, &[]));
        assert_eq!(hash(update, 9, &[]), hash(create, 9, &[]));
        // A probe over the difference tells them apart; one past the end reads the
        // last 16 bytes again, which does not.
        assert_ne!(sample(update, &[18]), sample(create, &[18]));
        assert_ne!(hash(update, 9, &[18]), hash(create, 9, &[18]));
        assert_eq!(sample(update, &[200]), sample(create, &[200]));
        assert_eq!(probed(update, 18), b"UpdateInstanceEr");
        assert_eq!(probed(update, 200), &update[update.len() - 16..]);
        assert_eq!(probed(b"AuthFailure", 0), b"");
        // Keys shorter than 16 bytes are read whole, without probes.
        assert_ne!(
            sample(b"InternalError", &[]),
            sample(b"InternalErrors", &[])
        );
        assert_eq!(hash(b"AuthFailure", 2, &[]), hash(b"AuthFailure", 2, &[5]));
    }

    #[test]
    fn positions_stay_in_range() {
        for key in ["", "x", "InvalidParameterValue.InstanceIdMalformed"] {
            let h = hash(key.as_bytes(), 3, &[4]);
            for len in [1, 2, 37, 12_501] {
                assert!(bucket(h, len) < len);
                assert!(slot(h, 5, len) < len);
            }
        }
        let empty = Lookup {
            seed: 3,
            probes: &[],
            displacements: &[],
            slots: &[],
        };
        assert_eq!(candidate(b"x", &empty), None);
    }

    #[test]
    fn an_entry_read_is_the_entry_written() {
        let entries = [
            Entry::default(),
            Entry {
                start: 70_000,
                len: 41,
                key: 554,
            },
        ];
        let slots: Vec<u8> = entries.iter().flat_map(|e| e.to_bytes()).collect();
        assert_eq!(Entry::at(&slots, 0), Some(entries[0]));
        assert_eq!(Entry::at(&slots, 1), Some(entries[1]));
        assert_eq!(Entry::at(&slots, 2), None);
        assert_eq!(Entry::at(&slots[..15], 1), None);
    }

    #[test]
    fn a_lookup_takes_the_numbers_of_its_copy_and_keeps_its_tables() {
        let (displacements, slots) = ([1, 0, 2, 0], [7; 16]);
        let lookup = Lookup {
            seed: 9,
            probes: &[4],
            displacements: &displacements,
            slots: &slots,
        };
        let copy = (displacements, slots);
        let known = Lookup {
            displacements: &copy.0,
            slots: &copy.1,
            ..lookup
        };
        let taken = lookup.with_numbers_of(known).expect("a copy");
        assert_eq!((taken.seed, taken.probes), (9, &[4][..]));
        assert!(std::ptr::eq(taken.displacements, &displacements[..]));
        assert!(std::ptr::eq(taken.slots, &slots[..]));
        let larger = [0; 24];
        let not_a_copy = Lookup {
            slots: &larger,
            ..known
        };
        assert!(lookup.with_numbers_of(not_a_copy).is_none());
    }
}
