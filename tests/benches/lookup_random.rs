//! Code string → variant on the largest shipped catalog (`VpcError`, common codes
//! included), in a random order, against strum's `EnumString` and a `phf::Map` over the
//! same codes: 4,096 hits (every code, shuffled, repeated) and 4,096 near misses (a code
//! with one character changed or dropped), both from a fixed seed.
//!
//! A lookup in declaration order (`benches/lookup.rs`) walks the tables front to back and
//! keeps them hot; a random order is what a client sees. Run with
//! `cargo bench -p tc-errors-tests --bench lookup_random -- --warm-up-time 2 --measurement-time 5`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::str::FromStr;
use tc::ErrorCode;
use tc_error_catalogs::vpc::VpcError;

#[path = "lookup/vpc_twins.rs"]
mod twins;

use twins::{StrumVpc, CODES, PHF_VPC};

/// How many lookups each set holds.
const LOOKUPS: usize = 4096;

/// A small deterministic generator (xorshift64*): the same keys on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 32) as usize % n
    }
}

/// Every code, shuffled, repeated to `LOOKUPS` keys.
fn hits(codes: &[&'static str], rng: &mut Rng) -> Vec<&'static str> {
    let mut keys: Vec<&str> = codes.iter().copied().cycle().take(LOOKUPS).collect();
    for i in (1..keys.len()).rev() {
        keys.swap(i, rng.below(i + 1));
    }
    keys
}

/// `LOOKUPS` near misses: a random code with one character replaced by another code
/// character, or dropped; never a code of the catalog.
fn near_misses(codes: &[&'static str], rng: &mut Rng) -> Vec<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";
    let mut keys = Vec::with_capacity(LOOKUPS);
    while keys.len() < LOOKUPS {
        let mut code = codes[rng.below(codes.len())].as_bytes().to_vec();
        let at = rng.below(code.len());
        if rng.below(2) == 0 {
            code[at] = ALPHABET[rng.below(ALPHABET.len())];
        } else {
            code.remove(at);
        }
        let key = String::from_utf8(code).expect("codes are ASCII");
        if !codes.contains(&key.as_str()) {
            keys.push(key);
        }
    }
    keys
}

/// How many of `keys` `find` finds; keys and results go through `black_box` so that no
/// lookup is computed ahead of time or skipped.
fn count<V>(keys: &[&str], find: impl Fn(&str) -> Option<V>) -> usize {
    keys.iter()
        .filter_map(|&key| black_box(find(black_box(key))))
        .count()
}

fn lookup_random(c: &mut Criterion) {
    let codes: Vec<&'static str> = VpcError::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(
        codes, CODES,
        "the twins are stale: run `python3 tests/scale/bench_vpc.py`"
    );
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let hits = hits(&codes, &mut rng);
    let misses = near_misses(&codes, &mut rng);
    let misses: Vec<&str> = misses.iter().map(String::as_str).collect();
    for (find, expected) in [(&hits, LOOKUPS), (&misses, 0)] {
        assert_eq!(count(find, VpcError::from_code), expected);
        assert_eq!(count(find, |key| StrumVpc::from_str(key).ok()), expected);
        assert_eq!(count(find, |key| PHF_VPC.get(key)), expected);
    }

    let title = format!("{} codes, random order", codes.len());
    for (set, keys) in [("hit", &hits), ("near miss", &misses)] {
        let mut group = c.benchmark_group(format!("{title}, {set}"));
        group.throughput(Throughput::Elements(keys.len() as u64));
        group.bench_function("tc-errors", |b| b.iter(|| count(keys, VpcError::from_code)));
        group.bench_function("strum", |b| {
            b.iter(|| count(keys, |key| StrumVpc::from_str(key).ok()))
        });
        group.bench_function("phf", |b| b.iter(|| count(keys, |key| PHF_VPC.get(key))));
        group.finish();
    }
}

criterion_group!(benches, lookup_random);
criterion_main!(benches);
