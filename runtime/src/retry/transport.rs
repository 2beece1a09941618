//! Failures before any HTTP response: [`Transport`], whether the request left.

use super::{Failure, RetryAdvice, RetryClass};
use std::io;

/// How far a request got when the call failed without an HTTP response, which decides
/// whether it may be sent again: a request that never left is always safe to resend; one
/// that may have reached the service is resent only when it is idempotent (a purchase
/// whose answer was lost may still have been made).
///
/// Tencent's SDKs report both as one code (`ClientError.NetworkError` in Go,
/// `ClientNetworkError` in Python), and the Go SDK retries neither unless the request has
/// a `ClientToken`.
///
/// ```
/// use std::io;
/// use tc_errors::retry::{Failure, RetryPolicy, Transport};
///
/// let refused = Transport::of_io(io::ErrorKind::ConnectionRefused);
/// let timed_out = Transport::of_io(io::ErrorKind::TimedOut);
/// assert_eq!((refused, timed_out), (Transport::NotSent, Transport::MaybeSent));
///
/// let policy = RetryPolicy::default();
/// let purchase = false; // not idempotent
/// let mut rng = || 0;
/// assert!(policy.next_delay(1, &Failure::from(refused), purchase, &mut rng).is_some());
/// assert!(policy.next_delay(1, &Failure::from(timed_out), purchase, &mut rng).is_none());
/// ```
///
/// # Classifying an HTTP client's errors
///
/// An HTTP client says more than an [`io::ErrorKind`]: which phase failed. A connection
/// that was refused, a name that did not resolve, a TLS handshake that failed (even by a
/// timeout) are [`NotSent`](Self::NotSent); a failure while writing the request or
/// waiting for or reading the answer is [`MaybeSent`](Self::MaybeSent). When in doubt,
/// `MaybeSent`: it only costs a retry of a request that is not idempotent.
///
/// With `ureq` 2 (a status error is a response: parse it):
///
/// ```ignore
/// fn transport(error: &ureq::Transport) -> Transport {
///     match error.kind() {
///         // Resolving, connecting (to the server or a proxy) and the TLS handshake.
///         ureq::ErrorKind::Dns | ureq::ErrorKind::ConnectionFailed | ureq::ErrorKind::ProxyConnect => {
///             Transport::NotSent
///         }
///         // Reading or writing: by the underlying error when there is one.
///         _ => std::error::Error::source(error)
///             .and_then(|source| source.downcast_ref::<std::io::Error>())
///             .map_or(Transport::MaybeSent, |io| Transport::of_io(io.kind())),
///     }
/// }
/// ```
///
/// With `reqwest` 0.12 (`is_connect` covers resolving, connecting and the TLS handshake,
/// timed out or not):
///
/// ```ignore
/// fn transport(error: &reqwest::Error) -> Transport {
///     if error.is_connect() {
///         Transport::NotSent
///     } else {
///         Transport::MaybeSent
///     }
/// }
/// ```
///
/// The repository's worked client
/// ([`tests/examples/retrying_client.rs`](https://github.com/tc-errors/tc-errors/blob/main/tests/examples/retrying_client.rs))
/// and its storm test use the `ureq` one.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Transport {
    /// The request never left the client: the connection was refused, the name did not
    /// resolve, the network or host is unreachable, the TLS handshake failed. Sending it
    /// again is always safe.
    NotSent,
    /// The request was written, or may have been, and no answer came: a timeout, a
    /// connection reset or closed mid-answer. The call may have run: sent again only
    /// when it is idempotent.
    MaybeSent,
}

impl Transport {
    /// The stage that an I/O error of kind `kind` implies: [`NotSent`](Self::NotSent) for
    /// the kinds only connecting gives (`ConnectionRefused`, `HostUnreachable`,
    /// `NetworkUnreachable`, `NetworkDown`, `AddrNotAvailable`, `NotConnected`),
    /// [`MaybeSent`](Self::MaybeSent) for any other (`TimedOut`, `ConnectionReset`,
    /// `ConnectionAborted`, `BrokenPipe`, `UnexpectedEof`, `WouldBlock`, …). A timeout
    /// while connecting is `NotSent`, but its kind alone cannot say so: classify by the
    /// HTTP client's phase when it tells it (above).
    pub fn of_io(kind: io::ErrorKind) -> Transport {
        use io::ErrorKind as Kind;
        match kind {
            Kind::ConnectionRefused
            | Kind::HostUnreachable
            | Kind::NetworkUnreachable
            | Kind::NetworkDown
            | Kind::AddrNotAvailable
            | Kind::NotConnected => Transport::NotSent,
            _ => Transport::MaybeSent,
        }
    }

    /// What to do about it: a [`Transient`](RetryClass::Transient) failure, retried
    /// whatever the request when it was not sent, only for an idempotent request when it
    /// may have been.
    pub const fn advice(self) -> RetryAdvice {
        match self {
            Transport::NotSent => RetryAdvice::TRANSIENT,
            Transport::MaybeSent => RetryAdvice::idempotent_only(RetryClass::Transient),
        }
    }
}

impl From<io::ErrorKind> for Transport {
    /// [`Transport::of_io`].
    fn from(kind: io::ErrorKind) -> Transport {
        Transport::of_io(kind)
    }
}

impl From<Transport> for Failure<'_> {
    /// [`Failure::transport`].
    fn from(transport: Transport) -> Self {
        Failure::transport(transport)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::retry::test_support::delays;
    use crate::retry::RetryPolicy;

    #[test]
    fn only_connecting_failures_were_never_sent() {
        use io::ErrorKind as Kind;
        for kind in [
            Kind::ConnectionRefused,
            Kind::HostUnreachable,
            Kind::NetworkUnreachable,
            Kind::NetworkDown,
            Kind::AddrNotAvailable,
            Kind::NotConnected,
        ] {
            assert_eq!(Transport::from(kind), Transport::NotSent, "{kind:?}");
        }
        for kind in [
            Kind::TimedOut,
            Kind::ConnectionReset,
            Kind::ConnectionAborted,
            Kind::BrokenPipe,
            Kind::UnexpectedEof,
            Kind::WouldBlock,
            Kind::Interrupted,
            Kind::Other,
        ] {
            assert_eq!(Transport::from(kind), Transport::MaybeSent, "{kind:?}");
        }
    }

    #[test]
    fn a_request_that_may_have_run_is_resent_only_when_idempotent() {
        let policy = RetryPolicy::default();
        let unsent = Failure::from(Transport::NotSent);
        let lost = Failure::from(Transport::MaybeSent);
        assert_eq!(delays(&policy, unsent, false).len(), 2);
        assert_eq!(delays(&policy, lost, false), []);
        assert_eq!(delays(&policy, lost, true).len(), 2);
        assert_eq!(lost.advice().class(), RetryClass::Transient);
        assert!(lost.advice().requires_idempotent() && lost.is_transport());
    }
}
