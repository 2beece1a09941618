//! One failed attempt as a retry policy sees it: [`Failure`].

use super::transport::Transport;
use super::RetryAdvice;
use std::time::Duration;

/// One failed attempt, as the policy needs to see it: its advice, and what the policy's
/// rule may read besides (the code, the HTTP status, whether an answer came back) and the
/// server's `Retry-After`.
///
/// A parsed response gives its own: [`ResponseError::failure`](crate::ResponseError::failure),
/// or `Failure::from(&error)`, carries the status and `Retry-After` with the advice. A
/// failure before any response is [`transport`](Self::transport) (or `Failure::from` a
/// [`Transport`]). To build one by hand: [`api`](Self::api), [`network`](Self::network)
/// or [`http`](Self::http), then [`with_retry_after`](Self::with_retry_after) and
/// [`with_http_status`](Self::with_http_status).
///
/// ```
/// use std::time::Duration;
/// use tc_errors::retry::{Failure, RetryPolicy};
/// use tc_errors::{parse_http_response, CommonError, RetryClass};
///
/// let body = br#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Slow down."},"RequestId":"r-1"}}"#;
/// let headers = [("Retry-After", "3")];
/// let error = parse_http_response::<(), CommonError>(429, headers, body).unwrap_err();
/// let failure = error.failure();
/// assert_eq!(failure.code(), Some("RequestLimitExceeded"));
/// assert_eq!(failure.http_status(), Some(429));
/// assert_eq!(failure.retry_after(), Some(Duration::from_secs(3)));
/// assert_eq!(failure.advice().class(), RetryClass::Throttled);
/// // The server's 3 s win over the first backoff (at most 1 s).
/// let delay = RetryPolicy::default().next_delay(1, &failure, false, &mut || u64::MAX);
/// assert_eq!(delay, Some(Duration::from_secs(3)));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Failure<'a> {
    pub(super) code: Option<&'a str>,
    pub(super) advice: RetryAdvice,
    pub(super) retry_after: Option<Duration>,
    pub(super) network: bool,
    pub(super) http_status: Option<u16>,
}

impl<'a> Failure<'a> {
    /// The service answered with the error `code` (`Response.Error.Code`), classified as
    /// `advice`.
    pub const fn api(code: &'a str, advice: RetryAdvice) -> Failure<'a> {
        Failure {
            code: Some(code),
            ..Failure::answer(advice)
        }
    }

    /// No answer came back: connecting, sending or receiving failed, classified as
    /// `advice`. [`transport`](Self::transport) gives the advice by whether the request
    /// left.
    pub const fn network(advice: RetryAdvice) -> Failure<'a> {
        Failure {
            network: true,
            ..Failure::answer(advice)
        }
    }

    /// No answer came back, and `transport` says whether the request left: its
    /// [advice](Transport::advice), counted by a budget as a transport failure.
    pub const fn transport(transport: Transport) -> Failure<'a> {
        Failure::network(transport.advice())
    }

    /// An answer that holds no API error and whose status is not known, such as a body
    /// that is not a well-formed API response, classified as `advice`.
    pub const fn answer(advice: RetryAdvice) -> Failure<'a> {
        Failure {
            code: None,
            advice,
            retry_after: None,
            network: false,
            http_status: None,
        }
    }

    /// An HTTP response with status `status` but no API error code, such as a gateway's 502,
    /// classified as `advice`.
    pub const fn http(status: u16, advice: RetryAdvice) -> Failure<'a> {
        Failure::answer(advice).with_http_status(status)
    }

    /// The response's `Retry-After`, already parsed into a duration (seconds, or an HTTP date
    /// minus now). Honoured as a floor for the next delay, within the policy's cap.
    pub const fn with_retry_after(mut self, retry_after: Duration) -> Failure<'a> {
        self.retry_after = Some(retry_after);
        self
    }

    /// The HTTP status of the response that carried the failure.
    pub const fn with_http_status(mut self, status: u16) -> Failure<'a> {
        self.http_status = Some(status);
        self
    }

    /// The error code, for a failure the API answered with one.
    pub const fn code(&self) -> Option<&'a str> {
        self.code
    }

    /// What to do about it, as the failure's source advises; the policy's
    /// [`Rule`](super::Rule) may decide otherwise.
    pub const fn advice(&self) -> RetryAdvice {
        self.advice
    }

    /// The server's `Retry-After`, as a delay.
    pub const fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// The response's HTTP status, when there was a response and the status is known.
    pub const fn http_status(&self) -> Option<u16> {
        self.http_status
    }

    /// Whether no HTTP response came back ([`network`](Self::network),
    /// [`transport`](Self::transport)).
    pub const fn is_transport(&self) -> bool {
        self.network
    }
}
