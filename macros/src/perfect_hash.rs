//! The hash table `FromStr` searches, built at expansion time: a perfect hash by "hash
//! and displace" (CHD). Keys are split into small buckets by their hash; each bucket gets
//! the first displacement that moves all its keys into free slots. At run time a lookup
//! is one hash, one displacement load, one slot load and one string comparison, for hits
//! and misses alike.

use tc_errors_internals::hash::{bucket, hash, slot};

/// Average number of keys per bucket: small buckets are placed quickly and the
/// displacement array stays a quarter of the key count.
const KEYS_PER_BUCKET: usize = 4;
/// Displacements tried per bucket before the seed is given up.
const MAX_DISPLACEMENT: u32 = 1 << 16;
/// Seeds tried at each table size before the table grows.
const SEEDS_PER_SIZE: u64 = 8;
/// Table sizes tried, each with more free slots than the last.
const SIZES: u32 = 4;

/// A perfect-hash table over a catalog's codes, as the runtime's `Table` stores it.
#[derive(Debug, PartialEq, Default)]
pub struct PerfectTable {
    /// The seed of [`hash`].
    pub seed: u64,
    /// One displacement per bucket.
    pub displacements: Vec<u32>,
    /// For each slot, the index of the code placed there; free slots hold 0, which a
    /// lookup rejects by comparing the code.
    pub slots: Vec<u16>,
}

/// The table packed as the runtime's `Table` holds it, and a lookup the way
/// `Table::find` does it.
#[cfg(test)]
struct Packed<'a> {
    seed: u64,
    displacements: Vec<u8>,
    slots: Vec<u8>,
    codes: &'a [&'a str],
}

#[cfg(test)]
impl<'a> Packed<'a> {
    fn new(table: &PerfectTable, codes: &'a [&'a str]) -> Self {
        Packed {
            seed: table.seed,
            displacements: tc_errors_internals::table::u32s(table.displacements.iter().copied()),
            slots: tc_errors_internals::table::u16s(table.slots.iter().copied()),
            codes,
        }
    }

    fn find(&self, key: &str) -> Option<usize> {
        tc_errors_internals::hash::candidate(
            key.as_bytes(),
            self.seed,
            &self.displacements,
            &self.slots,
        )
        .filter(|&index| self.codes[index] == key)
    }
}

/// Why no table was built: only possible when two codes are equal (which validation
/// rules out) or there are more codes than a `u16` index can name.
#[derive(Debug, PartialEq)]
pub struct NoTable;

impl std::fmt::Display for NoTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cannot build the lookup table: a catalog holds at most {} distinct codes",
            u16::MAX
        )
    }
}

/// Builds a perfect-hash table over `codes`, which must be distinct.
///
/// Deterministic: the same codes always give the same table. Every loop is bounded, so
/// construction ends even on input it cannot place (equal codes), with [`NoTable`].
pub fn perfect_table(codes: &[&str]) -> Result<PerfectTable, NoTable> {
    if u16::try_from(codes.len()).is_err() {
        return Err(NoTable);
    }
    let buckets = codes.len().div_ceil(KEYS_PER_BUCKET) as u32;
    for size in 0..SIZES {
        // 5/4, 6/4, 7/4, 8/4 of the key count: a fuller table is smaller, an emptier
        // one is easier to place.
        let slots = (codes.len() * (5 + size as usize) / 4 + 1) as u32;
        for attempt in 0..SEEDS_PER_SIZE {
            let seed = seed_for(u64::from(size) * SEEDS_PER_SIZE + attempt);
            if let Some(table) = try_seed(codes, seed, buckets, slots) {
                return Ok(table);
            }
        }
    }
    Err(NoTable)
}

/// The `n`th seed: spread over all 64 bits so that successive seeds are unrelated.
fn seed_for(n: u64) -> u64 {
    (n + 1).wrapping_mul(0xA076_1D64_78BD_642F)
}

/// Places every code with this seed, or gives up.
fn try_seed(codes: &[&str], seed: u64, buckets: u32, slots: u32) -> Option<PerfectTable> {
    let hashes: Vec<u64> = codes
        .iter()
        .map(|code| hash(code.as_bytes(), seed))
        .collect();
    // Two keys with the same full hash land in the same slot under every displacement.
    let mut sorted = hashes.clone();
    sorted.sort_unstable();
    if sorted.windows(2).any(|pair| pair[0] == pair[1]) {
        return None;
    }

    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets as usize];
    for (index, &h) in hashes.iter().enumerate() {
        members[bucket(h, buckets) as usize].push(index);
    }
    // Largest buckets first, while the table is emptiest; ties by bucket number so the
    // result does not depend on the sort's stability.
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by_key(|&b| (std::cmp::Reverse(members[b].len()), b));

    let mut displacements = vec![0; buckets as usize];
    let mut owner: Vec<Option<u16>> = vec![None; slots as usize];
    let mut chosen = Vec::with_capacity(KEYS_PER_BUCKET * 2);
    for b in order {
        if members[b].is_empty() {
            break;
        }
        displacements[b] = (0..MAX_DISPLACEMENT).find(|&displacement| {
            chosen.clear();
            members[b].iter().all(|&index| {
                let s = slot(hashes[index], displacement, slots) as usize;
                let free = owner[s].is_none() && !chosen.contains(&s);
                chosen.push(s);
                free
            })
        })?;
        for (&index, &s) in members[b].iter().zip(&chosen) {
            owner[s] = u16::try_from(index).ok();
        }
    }
    Some(PerfectTable {
        seed,
        displacements,
        slots: owner.into_iter().map(|o| o.unwrap_or(0)).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `count` distinct codes shaped like Tencent's, including digits, all-caps and
    /// lower-case segments.
    fn realistic_codes(count: usize) -> Vec<String> {
        const CATEGORIES: [&str; 8] = [
            "InvalidParameter",
            "InvalidParameterValue",
            "FailedOperation",
            "ResourceNotFound",
            "UnsupportedOperation",
            "LimitExceeded",
            "InternalError",
            "ResourceUnavailable",
        ];
        const DETAILS: [&str; 6] = ["Instance", "DiskId", "VPC", "cmq", "Cos2Ckafka", "ES"];
        (0..count)
            .map(|i| {
                let category = CATEGORIES[i % CATEGORIES.len()];
                let detail = DETAILS[(i / CATEGORIES.len()) % DETAILS.len()];
                format!(
                    "{category}.{detail}{}",
                    i / (CATEGORIES.len() * DETAILS.len())
                )
            })
            .collect()
    }

    fn assert_exact(codes: &[&str]) -> PerfectTable {
        let table = perfect_table(codes).expect("distinct codes get a table");
        let packed = Packed::new(&table, codes);
        for (index, code) in codes.iter().enumerate() {
            assert_eq!(packed.find(code), Some(index), "{code}");
        }
        for miss in [
            "",
            "Internal",
            "InvalidParameter.Brand.New",
            "x",
            "InternalError ",
        ] {
            if !codes.contains(&miss) {
                assert_eq!(packed.find(miss), None, "{miss:?}");
            }
        }
        let mut placed = table.slots.clone();
        placed.sort_unstable();
        placed.dedup();
        assert!(placed.len() >= codes.len(), "every code has its own slot");
        table
    }

    #[test]
    fn one_code() {
        assert_exact(&["InternalError"]);
    }

    #[test]
    fn no_codes_find_nothing() {
        let table = perfect_table(&[]).unwrap();
        assert_eq!(Packed::new(&table, &[]).find("InternalError"), None);
    }

    #[test]
    fn common_set_sized_catalog() {
        let codes = realistic_codes(38);
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        assert_exact(&codes);
    }

    #[test]
    fn large_catalogs() {
        for count in [520, 5_000, 10_000] {
            let codes = realistic_codes(count);
            let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
            let table = assert_exact(&codes);
            assert!(table.slots.len() <= count * 2 + 1);
        }
    }

    #[test]
    fn codes_differing_in_one_byte_or_length() {
        assert_exact(&[
            "A",
            "B",
            "a",
            "AB",
            "A.",
            "A.B",
            "A_B",
            "ABCDEFGH",
            "ABCDEFGHI",
        ]);
    }

    #[test]
    fn deterministic() {
        let codes = realistic_codes(300);
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        assert_eq!(perfect_table(&codes), perfect_table(&codes));
    }

    #[test]
    fn equal_codes_end_without_a_table() {
        assert_eq!(perfect_table(&["Same", "Other", "Same"]), Err(NoTable));
    }
}
