//! Ready catalogs of Tencent Cloud error codes, declared with [`tc_errors::tc_errors!`],
//! one module per service, each behind a cargo feature of the same name (all on by
//! default). The common and legacy API 2.0 sets live in the runtime crate, `tc-errors`.
//!
//! ```
//! use tc_error_catalogs::cbs::CbsError;
//!
//! let code: CbsError = "InvalidDisk.Busy".parse().unwrap();
//! assert!(code.is_retryable());
//! assert_eq!(code.description(), "The cloud disk is busy. Try again later.");
//! ```
//!
//! [`catalogs`] lists every catalog compiled in, for tools that search them all, and
//! [`import`] turns a Tencent Cloud error-code page into a catalog module.

#![forbid(unsafe_code)]

pub mod import;
mod registry;

#[cfg(feature = "cbs")]
pub mod cbs;
#[cfg(feature = "cloudaudit")]
pub mod cloudaudit;
#[cfg(feature = "emr")]
pub mod emr;
#[cfg(feature = "organization")]
pub mod organization;

pub use registry::{catalog, catalog_in, catalogs, Catalog, Entry, UnknownService};
