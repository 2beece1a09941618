//! One failed attempt as a retry policy sees it: [`Failure`].

use super::RetryAdvice;
use std::time::Duration;

/// One failed attempt, as the policy needs to see it.
///
/// Build it with [`api`](Self::api), [`network`](Self::network) or [`http`](Self::http),
/// then add what the response said with [`with_retry_after`](Self::with_retry_after) and
/// [`with_http_status`](Self::with_http_status).
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
            advice,
            retry_after: None,
            network: false,
            http_status: None,
        }
    }

    /// No answer came back: connecting, sending or receiving failed. `advice` is usually
    /// [`RetryAdvice::TRANSIENT`] when the request certainly never left (connection refused,
    /// name not resolved) and [`RetryAdvice::SERVER_FAULT`] otherwise (a timeout or reset
    /// after sending: the call may have run).
    pub const fn network(advice: RetryAdvice) -> Failure<'a> {
        Failure {
            code: None,
            advice,
            retry_after: None,
            network: true,
            http_status: None,
        }
    }

    /// An HTTP response with status `status` but no API error code, such as a gateway's 502,
    /// classified as `advice`.
    pub const fn http(status: u16, advice: RetryAdvice) -> Failure<'a> {
        Failure {
            code: None,
            advice,
            retry_after: None,
            network: false,
            http_status: Some(status),
        }
    }

    /// The response's `Retry-After`, already parsed into a duration (seconds, or an HTTP date
    /// minus now). Honoured as a floor for the next delay, within the policy's cap.
    pub const fn with_retry_after(mut self, retry_after: Duration) -> Failure<'a> {
        self.retry_after = Some(retry_after);
        self
    }

    /// The response's HTTP status, when an API error came with one other than 200.
    pub const fn with_http_status(mut self, status: u16) -> Failure<'a> {
        self.http_status = Some(status);
        self
    }
}
