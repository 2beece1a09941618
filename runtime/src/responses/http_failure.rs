//! What a response that is not the API's keeps: [`HttpFailure`].

use super::malformed::Sanitized;
use super::serialized::StructFields;
use crate::retry::retry_after::RetryAfter;
use crate::retry::{Failure, RetryAdvice};
use serde::ser::SerializeStruct;
use std::fmt;
use std::time::SystemTime;

/// A response that is not the API's: a non-2xx status without an API error body.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpFailure {
    pub(crate) status: u16,
    pub(crate) content_type: Option<Box<str>>,
    pub(crate) excerpt: Box<str>,
    pub(crate) request_id: Option<Box<str>>,
    pub(crate) retry_after: Option<RetryAfter>,
}

impl HttpFailure {
    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The `Content-Type` header, sanitized, if there was one.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The start of the body, with control and invisible characters escaped.
    pub fn excerpt(&self) -> &str {
        &self.excerpt
    }

    /// The `X-TC-RequestId` header, if there was one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The `Retry-After` header, if it was a number of seconds or an HTTP date.
    pub fn retry_after(&self) -> Option<RetryAfter> {
        self.retry_after
    }

    /// What to do about it, by the status: 429 is throttling; 503 transient; 502 and
    /// 504 transient for idempotent requests only (the request may have passed the
    /// gateway); other 5xx a server fault; other statuses not worth a retry.
    pub fn retry_advice(&self) -> RetryAdvice {
        RetryAdvice::for_status(self.status)
    }

    /// This failure as a retry policy sees it: its status, [advice](Self::retry_advice)
    /// and `Retry-After` (a date becomes the delay from now).
    pub fn failure(&self) -> Failure<'static> {
        let failure = Failure::http(self.status, self.retry_advice());
        match self.retry_after {
            Some(after) => failure.with_retry_after(after.delay(SystemTime::now())),
            None => failure,
        }
    }
}

impl From<&HttpFailure> for Failure<'_> {
    /// [`HttpFailure::failure`].
    fn from(failure: &HttpFailure) -> Self {
        failure.failure()
    }
}

impl fmt::Display for HttpFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {} without an API response", self.status)?;
        if let Some(content_type) = &self.content_type {
            write!(f, " ({content_type})")?;
        }
        if !self.excerpt.is_empty() {
            write!(f, "; the body starts with: {}", self.excerpt)?;
        }
        Ok(())
    }
}

impl std::error::Error for HttpFailure {}

impl fmt::Debug for HttpFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpFailure")
            .field("status", &self.status)
            .field("content_type", &self.content_type.as_deref().map(Sanitized))
            .field("excerpt", &Sanitized(&self.excerpt))
            .field("request_id", &self.request_id)
            .field("retry_after", &self.retry_after)
            .finish()
    }
}

impl serde::Serialize for HttpFailure {
    /// `status`, `content_type`, `excerpt`, `request_id` and `retry_after_seconds` (the
    /// delay from now for a date): the fields of an `http` outcome of
    /// [`ResponseError`](crate::ResponseError).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.serialize_alone(serializer)
    }
}

impl StructFields for HttpFailure {
    const NAME: &'static str = "HttpFailure";
    const LEN: usize = 5;

    fn write_fields<S: SerializeStruct>(&self, state: &mut S) -> Result<(), S::Error> {
        state.serialize_field("status", &self.status)?;
        state.serialize_field("content_type", &self.content_type)?;
        state.serialize_field("excerpt", &self.excerpt)?;
        state.serialize_field("request_id", &self.request_id)?;
        let delay = self
            .retry_after
            .map(|after| after.delay(SystemTime::now()).as_secs());
        state.serialize_field("retry_after_seconds", &delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::responses::malformed::sanitized_prefix;

    #[test]
    fn debug_shows_a_502_page_escaped_once() {
        let failure = HttpFailure {
            status: 502,
            content_type: Some(sanitized_prefix(b"text/html\r").into()),
            excerpt: sanitized_prefix(b"<html>\r\n<title>502 Bad Gateway</title>").into(),
            request_id: Some("h-\"1\"".into()),
            retry_after: None,
        };
        assert_eq!(
            format!("{failure:?}"),
            r#"HttpFailure { status: 502, content_type: Some("text/html\r"), excerpt: "<html>\r\n<title>502 Bad Gateway</title>", request_id: Some("h-\"1\""), retry_after: None }"#
        );
    }
}
