//! What the `tc_errors!` macro (at expansion time, on the host) and the `tc-errors`
//! runtime (at run time, on the target) must agree on, kept in one place that both
//! depend on: the lookup hash, the format of the generated tables (codes, versions and
//! actions), the category → kind table, the retry class and verdict of a code, the naming
//! rule, white-space folding and the links in texts (plain for the strings table,
//! Markdown for the docs); and the escaping of text from outside that the runtime, the
//! importer and the command-line tool share.
//!
//! Not public API beyond what `tc-errors` re-exports ([`ErrorKind`](kind::ErrorKind),
//! [`category_of`](kind::category_of), [`RetryClass`](retry::RetryClass),
//! [`Verdict`](retry::Verdict)): depend on `tc-errors` instead. Everything else
//! here may change in any release.

#![forbid(unsafe_code)]

#[doc(hidden)]
pub mod actions;
#[doc(hidden)]
pub mod date;
#[doc(hidden)]
pub mod escape;
#[doc(hidden)]
pub mod hash;
pub mod kind;
#[doc(hidden)]
pub mod links;
#[doc(hidden)]
pub mod naming;
pub mod retry;
#[doc(hidden)]
pub mod table;
#[doc(hidden)]
pub mod text;
