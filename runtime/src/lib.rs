// The crate's docs are its README, so that its examples run as doctests and what
// crates.io shows is what rustdoc shows.
#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod codes;
mod macros;
mod responses;
pub mod retry;
mod trait_impls;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use codes::action::Action;
pub use codes::client;
pub use codes::code::Code;
pub use codes::common::CommonError;
pub use codes::error_code::ErrorCode;
pub use codes::language::{Language, UnknownLanguage};
pub use codes::legacy;
pub use codes::table::CodeTable;
pub use codes::unknown::UnknownCode;
pub use responses::api_error::{ApiError, LossyFields};
pub use responses::error::ResponseError;
pub use responses::header::Header;
#[cfg(feature = "http")]
pub use responses::http::parse_http;
pub use responses::http::parse_http_response;
pub use responses::http_failure::HttpFailure;
pub use responses::legacy::parse_legacy_response;
pub use responses::malformed::{MalformedReason, MalformedResponse};
pub use responses::sdk_log::parse_sdk_log_line;
pub use responses::v3::{parse_response, Success};
pub use retry::retry_after::RetryAfter;
pub use retry::{RetryAdvice, RetryClass};
pub use tc_errors_internals::kind::{category_of, ErrorKind};
