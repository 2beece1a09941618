//! Whether retrying a code can help: the retry class of a code, and the verdict a person
//! reads. The macro writes the verdict into each variant's docs at expansion time and
//! the runtime gives it with every advice, so both read this one rule.

use crate::kind::ErrorKind;
use std::fmt;

/// Why a failure may or may not pass if the request is sent again. Each class has its
/// own rule, because Tencent's own SDKs disagree and each disagreement costs someone:
/// the Go SDK retries only the exact `RequestLimitExceeded`, the Python SDK also its
/// `.UinLimitExceeded` and `.GlobalRegionUinLimitExceeded` variants, the Java SDK retries
/// anything (and warns that a purchase may be made twice), and Terraform's provider
/// refuses to retry `InternalError`. The classes follow smithy-rs (throttling, transient
/// and server errors are told apart; a failure that may have taken effect is retried only
/// for an idempotent request) and `google.rpc.Code` (retry the call; retry at a higher
/// level; do not retry until the state is fixed).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum RetryClass {
    /// The caller is sending too fast (`RequestLimitExceeded` and every
    /// `RequestLimitExceeded.*`, HTTP 429). The request was refused before it ran:
    /// retry after backing off, idempotent or not.
    Throttled,
    /// Something passing refused the request: a busy resource (a `#[kind(Transient)]`
    /// code), `ServiceUnavailable`, HTTP 503, a connection that was never made. Retry
    /// after a delay. A gateway's 502 or 504, a timeout or a reset after the request was
    /// written are transient too, but the request may have reached the service, so they
    /// are retried only when the request is idempotent.
    Transient,
    /// The service failed while handling the request (`InternalError`, HTTP 500, a
    /// success status with a body that is not the API's). The request may have taken
    /// effect, so it is retried only when it is idempotent (a purchase is not; a query or
    /// a call with a `ClientToken` is).
    ServerFault,
    /// The signature's timestamp is too far from the server's clock
    /// (`AuthFailure.SignatureExpire`): sending the same signed request again fails the
    /// same way. Re-sign it with a corrected clock, then send.
    ClockSkew,
    /// Retrying cannot help until something changes: bad parameters, missing permission,
    /// a resource that does not exist, an exhausted quota (`LimitExceeded.*` is a quota,
    /// never a throttle), an unknown failure.
    NotRetryable,
}

impl RetryClass {
    /// The class's name, such as `Throttled`.
    pub const fn name(self) -> &'static str {
        match self {
            RetryClass::Throttled => "Throttled",
            RetryClass::Transient => "Transient",
            RetryClass::ServerFault => "ServerFault",
            RetryClass::ClockSkew => "ClockSkew",
            RetryClass::NotRetryable => "NotRetryable",
        }
    }

    /// The class of an API error code of kind `kind` (the catalog's, or its category's),
    /// and whether it is retried only for an idempotent request: a server fault, or a
    /// [`Network`](ErrorKind::Network) failure, may have taken effect.
    pub fn of_code(code: &str, kind: ErrorKind) -> (RetryClass, bool) {
        if code == "AuthFailure.SignatureExpire" {
            return (RetryClass::ClockSkew, false);
        }
        match kind {
            ErrorKind::Throttled => (RetryClass::Throttled, false),
            ErrorKind::Transient | ErrorKind::Unavailable => (RetryClass::Transient, false),
            ErrorKind::Network => (RetryClass::Transient, true),
            ErrorKind::Internal => (RetryClass::ServerFault, true),
            _ => (RetryClass::NotRetryable, false),
        }
    }
}

impl fmt::Display for RetryClass {
    /// The class's name, such as `Throttled`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// What to do about a failure, in the few words a person reads: the one wording of the
/// runtime's advice, the catalogs' docs and the command-line tool.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Verdict {
    /// Send the request again after a delay, idempotent or not: `retry`.
    Retry,
    /// Send it again only if it is idempotent: `retry only if idempotent`.
    IfIdempotent,
    /// Sign it again, then send it: `re-sign and retry`.
    ReSign,
    /// Do not send it again: `do not retry`.
    No,
}

impl Verdict {
    /// The verdict on a failure of `class`, retried only for an idempotent request when
    /// `idempotent_only`.
    pub const fn of(class: RetryClass, idempotent_only: bool) -> Verdict {
        match class {
            RetryClass::NotRetryable => Verdict::No,
            _ if idempotent_only => Verdict::IfIdempotent,
            RetryClass::ClockSkew => Verdict::ReSign,
            _ => Verdict::Retry,
        }
    }

    /// The verdict on an API error code of kind `kind` ([`RetryClass::of_code`]).
    pub fn of_code(code: &str, kind: ErrorKind) -> Verdict {
        let (class, idempotent_only) = RetryClass::of_code(code, kind);
        Verdict::of(class, idempotent_only)
    }

    /// The verdict in words: `retry`, `retry only if idempotent`, `re-sign and retry` or
    /// `do not retry`.
    pub const fn text(self) -> &'static str {
        match self {
            Verdict::Retry => "retry",
            Verdict::IfIdempotent => "retry only if idempotent",
            Verdict::ReSign => "re-sign and retry",
            Verdict::No => "do not retry",
        }
    }
}

impl fmt::Display for Verdict {
    /// The verdict in words, such as `retry only if idempotent`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.text())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Verdict {
    /// The verdict in words, such as `"retry only if idempotent"`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_network_failure_may_have_run() {
        // The other kinds' classes are tested through the runtime's `RetryAdvice`.
        assert_eq!(
            RetryClass::of_code("ClientError.NetworkError", ErrorKind::Network),
            (RetryClass::Transient, true)
        );
    }

    #[test]
    fn every_class_has_its_verdict_in_one_wording() {
        let verdict = |code: &str| Verdict::of_code(code, ErrorKind::of_code(code)).text();
        assert_eq!(verdict("RequestLimitExceeded"), "retry");
        assert_eq!(verdict("InternalError"), "retry only if idempotent");
        assert_eq!(verdict("AuthFailure.SignatureExpire"), "re-sign and retry");
        assert_eq!(verdict("LimitExceeded"), "do not retry");
        // A failure that may have taken effect asks for idempotency first, whatever its
        // class; a refusal stays one.
        assert_eq!(
            Verdict::of(RetryClass::Transient, true),
            Verdict::IfIdempotent
        );
        assert_eq!(
            Verdict::of(RetryClass::ClockSkew, true),
            Verdict::IfIdempotent
        );
        assert_eq!(Verdict::of(RetryClass::NotRetryable, true), Verdict::No);
        assert_eq!(format!("{:>8}", Verdict::Retry), "   retry");
    }
}
