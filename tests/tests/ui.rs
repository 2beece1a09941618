//! Compile errors of `tc_errors!`: one case per rule in `ui/`, each with the exact
//! diagnostics in its `.stderr`; `ui/pass/` holds catalogs that must compile.
//!
//! The `.stderr` files follow the compiler's wording: after a toolchain update,
//! regenerate them with `TRYBUILD=overwrite cargo test -p tc-errors-tests --test ui`
//! and review the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
    cases.pass("ui/pass/*.rs");
}
