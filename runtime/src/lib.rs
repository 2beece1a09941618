// The crate's docs are its README, so that its examples run as doctests and what
// crates.io shows is what rustdoc shows.
#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod api_error;
mod code;
mod code_table;
mod common;
mod error_code;
mod http;
mod http_failure;
mod json;
mod language;
pub mod legacy;
mod legacy_response;
mod macros;
mod malformed;
mod response;
mod response_error;
pub mod retry;
mod retry_after;
mod trait_impls;
mod unit_payload;
mod unknown;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use api_error::{ApiError, LossyFields};
pub use code::Code;
pub use code_table::CodeTable;
pub use common::CommonError;
pub use error_code::ErrorCode;
#[cfg(feature = "http")]
pub use http::parse_http;
pub use http::parse_http_response;
pub use http_failure::HttpFailure;
pub use language::{Language, UnknownLanguage};
pub use legacy_response::parse_legacy_response;
pub use malformed::{MalformedReason, MalformedResponse};
pub use response::{parse_response, Success};
pub use response_error::ResponseError;
pub use retry::{RetryAdvice, RetryClass};
pub use retry_after::RetryAfter;
pub use tc_errors_internals::kind::{category_of, ErrorKind};
pub use unknown::UnknownCode;
