//! Tests and benchmarks of the tc-errors workspace live in `tests/`, `benches/` and `ui/`;
//! this library holds what more than one of them needs, the generators and oracles of
//! the property tests (`tests/properties_*.rs`), and the checks of the fuzz targets that
//! `tests/fuzz_regressions.rs` replays (`fuzz_checks`). The CLI's tests use it too
//! (`seeds`).

#![forbid(unsafe_code)]

pub mod bodies;
pub mod documents;
pub mod expect;
pub mod fuzz_checks;
pub mod generators;
pub mod module;
pub mod oracles;
pub mod outcome;
pub mod seeds;

// The workspace README's example is compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct WorkspaceReadme;
