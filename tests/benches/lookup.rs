//! Code string → enum variant: tc-errors' perfect hash against strum's `EnumString`, a
//! `phf::Map` and a `std` `HashMap`, on catalogs of 20 and 520 codes, for codes the
//! catalog declares (hits) and codes it does not (misses).
//!
//! `tc-errors` is the lookup (`ErrorCode::from_code`); `tc-errors FromStr` adds what
//! `FromStr` does on top, which for a miss is keeping the unknown code's text in an
//! `UnknownCode` (an allocation; the whole `Result` goes through `black_box` so that
//! the compiler cannot drop it unseen). Run with
//! `cargo bench -p tc-errors-tests --bench lookup -- --warm-up-time 1 --measurement-time 3`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::collections::HashMap;
use std::hint::black_box;
use std::str::FromStr;
use tc::ErrorCode;

#[path = "lookup/catalogs.rs"]
mod catalogs;

use catalogs::{Strum20, Strum520, Tc20, Tc520, MISSES_20, MISSES_520, PHF_20, PHF_520};

/// How many of `keys` `find` finds; keys and results go through `black_box` so that no
/// lookup is computed ahead of time or skipped.
fn count<V>(keys: &[&str], find: impl Fn(&str) -> Option<V>) -> usize {
    keys.iter()
        .filter_map(|&key| black_box(find(black_box(key))))
        .count()
}

/// Benches every implementation on one catalog: `T` is its `tc_errors!` enum, `S` the
/// strum twin, `phf` the `phf::Map` twin; `misses` are codes it does not declare.
fn catalog<T: ErrorCode, S: FromStr>(
    c: &mut Criterion,
    phf: &'static phf::Map<&'static str, T>,
    misses: &[&str],
) {
    let hits: Vec<&str> = T::ALL.iter().map(|code| code.code()).collect();
    let map: HashMap<&str, T> = T::ALL.iter().map(|&code| (code.code(), code)).collect();
    assert_eq!(count(&hits, |key| T::from_code(key)), hits.len());
    assert_eq!(count(misses, |key| T::from_code(key)), 0);

    for (set, keys) in [("hit", &hits[..]), ("miss", misses)] {
        let mut group = c.benchmark_group(format!("{} codes, {set}", T::ALL.len()));
        group.throughput(Throughput::Elements(keys.len() as u64));
        group.bench_function("tc-errors", |b| {
            b.iter(|| count(keys, |key| T::from_code(key)))
        });
        group.bench_function("tc-errors FromStr", |b| {
            b.iter(|| count(keys, |key| black_box(key.parse::<T>()).ok()))
        });
        group.bench_function("strum", |b| {
            b.iter(|| count(keys, |key| S::from_str(key).ok()))
        });
        group.bench_function("phf", |b| b.iter(|| count(keys, |key| phf.get(key))));
        group.bench_function("HashMap", |b| b.iter(|| count(keys, |key| map.get(key))));
        group.finish();
    }
}

fn lookup(c: &mut Criterion) {
    catalog::<Tc20, Strum20>(c, &PHF_20, MISSES_20);
    catalog::<Tc520, Strum520>(c, &PHF_520, MISSES_520);
}

criterion_group!(benches, lookup);
criterion_main!(benches);
