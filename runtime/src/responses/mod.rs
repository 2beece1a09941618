//! The responses: response bodies and HTTP answers turned into a payload or a typed error.
//!
//! The API 3.0 parser (`v3`) over its envelope (`envelope`, `payload`), the legacy
//! API 2.0 parser (`legacy`, with the API 2.0 fields a 3.0 body may carry in
//! `legacy_fields`), the HTTP level (`http`, `header`, `http_failure`), the SDKs' error
//! lines (`sdk_log`), what a parse can give
//! ([`ApiError`](api_error::ApiError), [`MalformedResponse`](malformed::MalformedResponse),
//! [`ResponseError`](error::ResponseError), their serde shape in `serialized`) and the
//! JSON reading under them (`json`). Each
//! outcome gives its retry advice from the retry room; nothing there knows of responses.

pub(crate) mod api_error;
pub(crate) mod envelope;
pub(crate) mod error;
pub(crate) mod header;
pub(crate) mod http;
pub(crate) mod http_failure;
pub(crate) mod json;
pub(crate) mod legacy;
pub(crate) mod legacy_fields;
pub(crate) mod malformed;
pub(crate) mod payload;
pub(crate) mod sdk_log;
pub(crate) mod serialized;
pub(crate) mod v3;
