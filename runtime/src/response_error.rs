//! Why a response body did not give a success payload.

use crate::{ApiError, ErrorCode, MalformedResponse};
use std::fmt;

/// Why a response parser did not return a success: the API said no, or the body was
/// not a well-formed response at all.
///
/// A malformed body says nothing about whether the request was carried out (a gateway
/// may have answered with an HTML page), so whether to retry it is the caller's call,
/// usually by the HTTP status.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ResponseError<E: ErrorCode> {
    /// The API returned an error.
    Api(ApiError<E>),
    /// The body is not a well-formed API response.
    Malformed(MalformedResponse),
}

impl<E: ErrorCode> ResponseError<E> {
    /// The API's error, if the body was one.
    pub fn api_error(&self) -> Option<&ApiError<E>> {
        match self {
            ResponseError::Api(error) => Some(error),
            ResponseError::Malformed(_) => None,
        }
    }
}

impl<E: ErrorCode> fmt::Display for ResponseError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResponseError::Api(error) => error.fmt(f),
            ResponseError::Malformed(error) => error.fmt(f),
        }
    }
}

// `Display` is the inner error's, so `source` is not it: a report would show it twice.
impl<E: ErrorCode> std::error::Error for ResponseError<E> {}

impl<E: ErrorCode> From<ApiError<E>> for ResponseError<E> {
    fn from(error: ApiError<E>) -> ResponseError<E> {
        ResponseError::Api(error)
    }
}

impl<E: ErrorCode> From<MalformedResponse> for ResponseError<E> {
    fn from(error: MalformedResponse) -> ResponseError<E> {
        ResponseError::Malformed(error)
    }
}
