//! The codes: what one error code is and how a catalog stores its codes.
//!
//! The [`ErrorCode`](error_code::ErrorCode) trait every catalog enum implements, a code
//! that may be unknown ([`Code`](code::Code), [`UnknownCode`](unknown::UnknownCode)), a
//! catalog's tables without its type ([`CodeTable`](table::CodeTable)), its API versions
//! and their actions ([`Action`](action::Action)), the shared sets
//! ([`CommonError`](common::CommonError), [`LegacyError`](legacy::LegacyError)), the
//! SDKs' client-side codes ([`ClientError`](client::ClientError)) and the languages of the
//! texts. Nothing here knows of responses.

pub(crate) mod action;
pub mod client;
pub(crate) mod code;
pub(crate) mod common;
pub(crate) mod error_code;
pub(crate) mod language;
pub mod legacy;
pub(crate) mod table;
pub(crate) mod unknown;
