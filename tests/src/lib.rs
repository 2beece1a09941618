//! Tests and benchmarks of the tc-errors workspace live in `tests/`, `benches/` and `ui/`.
