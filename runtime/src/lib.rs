//! Typed, forward-compatible error codes for Tencent Cloud APIs.
//!
//! A service crate declares its error-code table with [`tc_errors!`] and gets a small
//! `Copy` enum with the code, the description, the [`ErrorKind`] and retryability of
//! each code, parsing from the code string, and serde support. [`CommonError`] holds the
//! codes every API 3.0 service shares, [`legacy::LegacyError`] the API 2.0 ones.
//!
//! ```
//! tc_errors::tc_errors! {
//!     /// Cloud Block Storage error codes.
//!     pub enum CbsError {
//!         use common;
//!         #[kind(Transient)]
//!         "InvalidDisk.Busy" => "The cloud disk is busy. Try again later.",
//!     }
//! }
//!
//! let code: CbsError = "InvalidDisk.Busy".parse()?;
//! assert!(code.is_retryable());
//! assert_eq!(CbsError::RequestLimitExceeded.kind(), tc_errors::ErrorKind::Throttled);
//! # Ok::<(), tc_errors::UnknownCode>(())
//! ```

#![forbid(unsafe_code)]

mod api_error;
mod code;
mod common;
mod error_code;
mod json;
mod language;
pub mod legacy;
mod legacy_response;
mod macros;
mod malformed;
mod response;
mod response_error;
mod unit_payload;
mod unknown;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use api_error::ApiError;
pub use code::Code;
pub use common::CommonError;
pub use error_code::ErrorCode;
pub use language::{Language, UnknownLanguage};
pub use legacy_response::parse_legacy_response;
pub use malformed::{MalformedReason, MalformedResponse};
pub use response::{parse_response, Success};
pub use response_error::ResponseError;
pub use tc_errors_internals::kind::{category_of, ErrorKind};
pub use unknown::UnknownCode;

// The crate README's examples (the one `cargo package` ships) are compiled and run as
// doctests; the repository's README is checked by the unpublished tests package.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
