//! The hash table `FromStr` searches, built at expansion time: a perfect hash by "hash
//! and displace" (CHD). Keys are split into small buckets by their hash; each bucket gets
//! the first displacement that moves all its keys into free slots. At run time a lookup
//! is one hash, one displacement load, one slot load and one string comparison, for hits
//! and misses alike. The hash reads a key's ends and the table's probes
//! (`tc_errors_internals::hash`), which [`probes_for`] chooses first.

use tc_errors_internals::hash::{bucket, hash, probed, sample, slot, Entry, ENTRY_BYTES};

/// Average number of keys per bucket: small buckets are placed quickly and the
/// displacement array stays a quarter of the key count.
const KEYS_PER_BUCKET: usize = 4;
/// Seeds tried at each table size before the table grows.
const SEEDS_PER_SIZE: u64 = 8;
/// Table sizes tried, each with more free slots than the last.
const SIZES: u32 = 4;

/// A perfect-hash table over a catalog's codes, as the runtime's `Table` stores it.
#[derive(Debug, PartialEq, Default)]
pub struct PerfectTable {
    /// The seed of [`hash`].
    pub seed: u64,
    /// The offsets where [`hash`] reads 16 more bytes.
    pub probes: Vec<u8>,
    /// One displacement per bucket.
    pub displacements: Vec<u16>,
    /// For each slot, the index of the code placed there, if any.
    pub slots: Vec<Option<u16>>,
}

impl PerfectTable {
    /// The slots as the runtime reads them ([`Entry`]): each key's offset in the strings
    /// table (`start_of(index)`), its length and its index; a free slot is empty.
    pub fn entries(&self, keys: &[&str], start_of: impl Fn(usize) -> u32) -> Vec<u8> {
        // A plain loop: the macro runs unoptimised, and adaptors cost it calls per slot.
        let mut entries = Vec::with_capacity(self.slots.len() * ENTRY_BYTES);
        for slot in &self.slots {
            let entry = match *slot {
                Some(key) => Entry {
                    start: start_of(usize::from(key)),
                    // `perfect_table` takes no key longer than this.
                    len: u16::try_from(keys[usize::from(key)].len()).unwrap_or(u16::MAX),
                    key,
                },
                None => Entry::default(),
            };
            entries.extend_from_slice(&entry.to_bytes());
        }
        entries
    }
}

/// The table packed as the runtime's `CodeTable` holds it, over the codes concatenated,
/// and a lookup the way `CodeTable::lookup` does it.
#[cfg(test)]
struct Packed<'a> {
    seed: u64,
    probes: &'a [u8],
    displacements: Vec<u8>,
    slots: Vec<u8>,
    strings: String,
}

#[cfg(test)]
impl<'a> Packed<'a> {
    fn new(table: &'a PerfectTable, codes: &[&str]) -> Self {
        let strings = codes.concat();
        let starts: Vec<u32> = codes
            .iter()
            .scan(0, |start, code| {
                let this = *start;
                *start += code.len() as u32;
                Some(this)
            })
            .collect();
        Packed {
            seed: table.seed,
            probes: &table.probes,
            displacements: tc_errors_internals::table::u16s(table.displacements.iter().copied()),
            slots: table.entries(codes, |index| starts[index]),
            strings,
        }
    }

    fn find(&self, key: &str) -> Option<usize> {
        let lookup = tc_errors_internals::hash::Lookup {
            seed: self.seed,
            probes: self.probes,
            displacements: &self.displacements,
            slots: &self.slots,
        };
        let entry = tc_errors_internals::hash::candidate(key.as_bytes(), &lookup)?;
        let start = entry.start as usize;
        let found = &self.strings[start..start + usize::from(entry.len)];
        (entry.len != 0 && tc_errors_internals::hash::same_key(found.as_bytes(), key.as_bytes()))
            .then_some(usize::from(entry.key))
    }
}

/// Why no table was built: only possible when two codes are equal (which validation
/// rules out), differ only past byte 271 (no probe reaches there), or a code or the
/// number of codes is too large for a `u16`.
#[derive(Debug, PartialEq)]
pub struct NoTable;

impl std::fmt::Display for NoTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cannot build the lookup table: a catalog holds at most {max} distinct codes of at most {max} bytes, which differ within their first 272 bytes",
            max = u16::MAX
        )
    }
}

/// Builds a perfect-hash table over `codes`, which must be distinct.
///
/// Deterministic: the same codes always give the same table. Every loop is bounded, so
/// construction ends even on input it cannot place (equal codes), with [`NoTable`].
pub fn perfect_table(codes: &[&str]) -> Result<PerfectTable, NoTable> {
    let too_long = |code: &&str| u16::try_from(code.len()).is_err();
    if u16::try_from(codes.len()).is_err() || codes.iter().any(too_long) {
        return Err(NoTable);
    }
    // Chosen the first time two codes hash alike, which most catalogs never do.
    let mut probes = Vec::new();
    let buckets = codes.len().div_ceil(KEYS_PER_BUCKET) as u32;
    for size in 0..SIZES {
        // 5/4, 6/4, 7/4, 8/4 of the key count: a fuller table is smaller, an emptier
        // one is easier to place.
        let slots = (codes.len() * (5 + size as usize) / 4 + 1) as u32;
        for attempt in 0..SEEDS_PER_SIZE {
            let seed = seed_for(u64::from(size) * SEEDS_PER_SIZE + attempt);
            let mut placed = try_seed(codes, seed, &probes, buckets, slots);
            if matches!(placed, Err(Unplaced::SameHash)) && probes.is_empty() {
                probes = probes_for(codes)?;
                placed = try_seed(codes, seed, &probes, buckets, slots);
            }
            if let Ok(table) = placed {
                return Ok(table);
            }
        }
    }
    Err(NoTable)
}

/// The offsets where the hash must read 16 more bytes so that no two codes look alike
/// to it (equal [`sample`]s): one, rarely two, for a catalog whose codes hash alike
/// without.
///
/// Each round probes the offset that tells the most pairs of codes still alike apart
/// (the smallest of equals). The first byte where the first pair differs lies between
/// its first and last 16, which look alike, so some probe separates that pair and the
/// rounds end. [`NoTable`] when two codes are equal or differ only past the last offset
/// a probe can name.
fn probes_for(codes: &[&str]) -> Result<Vec<u8>, NoTable> {
    let mut probes = Vec::new();
    loop {
        let alike = alike_pairs(codes, &probes);
        if alike.is_empty() {
            return Ok(probes);
        }
        // Codes alike have one length, so they differ at a probe where its reads do.
        let separated = |probe: u8| {
            alike
                .iter()
                .filter(|&&(x, y)| probed(x, probe) != probed(y, probe))
                .count()
        };
        let (count, best) = (0..=u8::MAX)
            .map(|probe| (separated(probe), std::cmp::Reverse(probe)))
            .max()
            .unwrap_or_default();
        if count == 0 {
            return Err(NoTable);
        }
        probes.push(best.0);
    }
}

/// The pairs of codes, neighbours in the order of their hashes, whose samples under
/// `probes` are equal. Codes alike have equal hashes, so only codes that share a hash
/// have their samples compared.
fn alike_pairs<'a>(codes: &[&'a str], probes: &[u8]) -> Vec<(&'a [u8], &'a [u8])> {
    let hashes = hashes(codes, 0, probes);
    let mut alike = Vec::new();
    for (a, b) in equal_hashes(&hashes) {
        let (a, b) = (codes[a].as_bytes(), codes[b].as_bytes());
        if sample(a, probes) == sample(b, probes) {
            alike.push((a, b));
        }
    }
    alike
}

/// Every code's hash, in the codes' order.
fn hashes(codes: &[&str], seed: u64, probes: &[u8]) -> Vec<u64> {
    codes
        .iter()
        .map(|code| hash(code.as_bytes(), seed, probes))
        .collect()
}

/// The pairs of indices of `hashes`, neighbours in sorted order, whose hashes are equal.
fn equal_hashes(hashes: &[u64]) -> Vec<(usize, usize)> {
    let mut sorted: Vec<(u64, usize)> = hashes.iter().copied().zip(0..).collect();
    sorted.sort_unstable();
    sorted
        .windows(2)
        .filter(|pair| pair[0].0 == pair[1].0)
        .map(|pair| (pair[0].1, pair[1].1))
        .collect()
}

/// The `n`th seed: spread over all 64 bits so that successive seeds are unrelated.
fn seed_for(n: u64) -> u64 {
    (n + 1).wrapping_mul(0xA076_1D64_78BD_642F)
}

/// Why a seed placed no table.
#[derive(Debug)]
enum Unplaced {
    /// Two codes have the same hash: alike to it without probes, or by chance.
    SameHash,
    /// A bucket found no displacement that moves its codes into free slots.
    Crowded,
}

/// Places every code with this seed, or gives up.
fn try_seed(
    codes: &[&str],
    seed: u64,
    probes: &[u8],
    buckets: u32,
    slots: u32,
) -> Result<PerfectTable, Unplaced> {
    let hashes = hashes(codes, seed, probes);
    // Two keys with the same full hash land in the same slot under every displacement.
    if !equal_hashes(&hashes).is_empty() {
        return Err(Unplaced::SameHash);
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
        // Every displacement a `u16` holds, before the seed is given up.
        displacements[b] = (0..=u16::MAX)
            .find(|&displacement| {
                chosen.clear();
                members[b].iter().all(|&index| {
                    let s = slot(hashes[index], displacement, slots) as usize;
                    let free = owner[s].is_none() && !chosen.contains(&s);
                    chosen.push(s);
                    free
                })
            })
            .ok_or(Unplaced::Crowded)?;
        for (&index, &s) in members[b].iter().zip(&chosen) {
            owner[s] = u16::try_from(index).ok();
        }
    }
    Ok(PerfectTable {
        seed,
        probes: probes.to_vec(),
        displacements,
        slots: owner,
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
        let mut placed: Vec<u16> = table.slots.iter().flatten().copied().collect();
        placed.sort_unstable();
        placed.dedup();
        assert_eq!(placed.len(), codes.len(), "every code has its own slot");
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
    fn codes_alike_at_both_ends_get_a_probe() {
        // Same length, same first and last 16 bytes: the hash needs a probe in between.
        let codes = [
            "FailedOperation.DBUpdateInstanceError",
            "FailedOperation.DBCreateInstanceError",
            "FailedOperation.DBDeleteInstanceError",
            "InvalidParameter.JobDescriptionTooLong",
            "InvalidParameter.EnvDescriptionTooLong",
            "InternalError",
        ];
        // One probe serves both pairs.
        assert_eq!(assert_exact(&codes).probes.len(), 1);
        assert_eq!(
            probes_for(&codes[..2]),
            Ok(vec![3]),
            "the first offset whose 16 bytes reach byte 18, where they differ"
        );
        // Codes that differ at their ends need none.
        assert_eq!(
            probes_for(&["InternalError", "AuthFailure.SignatureExpire"]),
            Ok(vec![])
        );
        let codes = realistic_codes(500);
        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        assert_eq!(probes_for(&codes), Ok(vec![]));
    }

    #[test]
    fn codes_alike_but_far_in_need_two_probes() {
        // Each pair differs at one byte; no single offset separates both pairs.
        let (a, b, c, d) = (
            format!("Prefix.{}A{}", "x".repeat(20), "y".repeat(40)),
            format!("Prefix.{}B{}", "x".repeat(20), "y".repeat(40)),
            format!("Prefix.{}A{}", "x".repeat(40), "y".repeat(20)),
            format!("Prefix.{}B{}", "x".repeat(40), "y".repeat(20)),
        );
        let codes = [a.as_str(), b.as_str(), c.as_str(), d.as_str()];
        assert_eq!(assert_exact(&codes).probes.len(), 2);
    }

    #[test]
    fn codes_alike_past_the_last_probe_end_without_a_table() {
        let (a, b) = (
            format!("{}A{}", "x".repeat(300), "y".repeat(20)),
            format!("{}B{}", "x".repeat(300), "y".repeat(20)),
        );
        assert_eq!(perfect_table(&[a.as_str(), b.as_str()]), Err(NoTable));
    }

    #[test]
    fn equal_codes_end_without_a_table() {
        assert_eq!(perfect_table(&["Same", "Other", "Same"]), Err(NoTable));
    }
}
