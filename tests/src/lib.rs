//! Tests and benchmarks of the tc-errors workspace live in `tests/`, `benches/` and `ui/`;
//! this library holds what more than one of them needs.

#![forbid(unsafe_code)]

pub mod bodies;
pub mod module;
pub mod outcome;
