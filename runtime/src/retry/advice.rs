//! Whether to send a failed request again, and on what condition.

use std::fmt;
use tc_errors_internals::kind::ErrorKind;

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
    /// code), `ServiceUnavailable`, HTTP 503. Retry after a delay. A gateway's 502 or 504
    /// is transient too, but the request may have reached the service, so it is retried
    /// only when the request is idempotent.
    Transient,
    /// The service failed while handling the request (`InternalError`, HTTP 500, a
    /// success status with a body that is not the API's). The request may have taken
    /// effect, so it is retried only when it is idempotent (a purchase is not; a query or
    /// a call with a `ClientToken` is).
    ServerFault,
    /// The signature's timestamp is too far from the server's clock
    /// (`AuthFailure.SignatureExpire`): sending the same signed request again fails the
    /// same way. Re-sign it with a corrected clock, then send; the advice says retry, and
    /// [`must_re_sign`](RetryAdvice::must_re_sign) says how.
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
}

impl fmt::Display for RetryClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// What to do about one failed attempt: its [class](RetryClass), and whether a retry is
/// safe only for an idempotent request.
///
/// ```
/// use tc_errors::{Code, CommonError, RetryClass};
///
/// let advice = Code::<CommonError>::parse("InternalError").retry_advice();
/// assert_eq!(advice.class(), RetryClass::ServerFault);
/// assert!(advice.should_retry(true));
/// assert!(!advice.should_retry(false)); // it may have taken effect
///
/// let quota = Code::<CommonError>::parse("LimitExceeded.InstanceQuota").retry_advice();
/// assert!(!quota.should_retry(true));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct RetryAdvice {
    class: RetryClass,
    idempotent_only: bool,
}

impl RetryAdvice {
    /// Throttled: retry after backing off.
    pub const THROTTLED: RetryAdvice = RetryAdvice::new(RetryClass::Throttled);
    /// Transient: retry after a delay.
    pub const TRANSIENT: RetryAdvice = RetryAdvice::new(RetryClass::Transient);
    /// A server fault: retry an idempotent request only.
    pub const SERVER_FAULT: RetryAdvice = RetryAdvice::new(RetryClass::ServerFault);
    /// Clock skew: re-sign, then send.
    pub const CLOCK_SKEW: RetryAdvice = RetryAdvice::new(RetryClass::ClockSkew);
    /// Do not retry.
    pub const NOT_RETRYABLE: RetryAdvice = RetryAdvice::new(RetryClass::NotRetryable);

    /// The advice of `class`, with the class's own idempotency rule.
    pub const fn new(class: RetryClass) -> RetryAdvice {
        RetryAdvice {
            class,
            idempotent_only: matches!(class, RetryClass::ServerFault),
        }
    }

    /// The advice of a failure that may have taken effect: retried only for an
    /// idempotent request, whatever its class.
    pub const fn idempotent_only(class: RetryClass) -> RetryAdvice {
        RetryAdvice {
            class,
            idempotent_only: true,
        }
    }

    /// The class of the failure.
    pub const fn class(self) -> RetryClass {
        self.class
    }

    /// Whether a retry is safe only when the request is idempotent.
    pub const fn requires_idempotent(self) -> bool {
        self.idempotent_only && !matches!(self.class, RetryClass::NotRetryable)
    }

    /// Whether the request must be signed again before it is sent (clock skew).
    pub const fn must_re_sign(self) -> bool {
        matches!(self.class, RetryClass::ClockSkew)
    }

    /// Whether to send the request again, given whether it is idempotent.
    pub const fn should_retry(self, idempotent: bool) -> bool {
        !matches!(self.class, RetryClass::NotRetryable) && (idempotent || !self.idempotent_only)
    }

    /// The advice for an API error code of kind `kind` (the kind the catalog gives it,
    /// or its category's).
    pub fn for_code(code: &str, kind: ErrorKind) -> RetryAdvice {
        if code == "AuthFailure.SignatureExpire" {
            return RetryAdvice::new(RetryClass::ClockSkew);
        }
        RetryAdvice::new(match kind {
            ErrorKind::Throttled => RetryClass::Throttled,
            ErrorKind::Transient | ErrorKind::Unavailable => RetryClass::Transient,
            ErrorKind::Internal => RetryClass::ServerFault,
            _ => RetryClass::NotRetryable,
        })
    }

    /// The advice for an HTTP status whose body is not the API's (a gateway's page).
    pub fn for_status(status: u16) -> RetryAdvice {
        match status {
            429 => RetryAdvice::new(RetryClass::Throttled),
            503 => RetryAdvice::new(RetryClass::Transient),
            // The gateway may have passed the request on before it failed or timed out.
            502 | 504 => RetryAdvice::idempotent_only(RetryClass::Transient),
            500..=599 => RetryAdvice::new(RetryClass::ServerFault),
            // A success status with a body that is not the API's: the call may have run.
            200..=299 => RetryAdvice::new(RetryClass::ServerFault),
            _ => RetryAdvice::new(RetryClass::NotRetryable),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn advice(code: &str) -> RetryAdvice {
        RetryAdvice::for_code(code, ErrorKind::of_code(code))
    }

    #[test]
    fn codes_get_the_documented_classes() {
        for (code, class, idempotent_only) in [
            ("RequestLimitExceeded", RetryClass::Throttled, false),
            (
                "RequestLimitExceeded.UinLimitExceeded",
                RetryClass::Throttled,
                false,
            ),
            (
                "RequestLimitExceeded.Brand.New",
                RetryClass::Throttled,
                false,
            ),
            ("LimitExceeded", RetryClass::NotRetryable, false),
            (
                "LimitExceeded.InstanceQuota",
                RetryClass::NotRetryable,
                false,
            ),
            ("ServiceUnavailable", RetryClass::Transient, false),
            ("InvalidDisk.Busy", RetryClass::Transient, false),
            ("InternalError", RetryClass::ServerFault, true),
            ("InternalError.DbError", RetryClass::ServerFault, true),
            ("AuthFailure.SignatureExpire", RetryClass::ClockSkew, false),
            (
                "AuthFailure.SignatureFailure",
                RetryClass::NotRetryable,
                false,
            ),
            ("InvalidParameter", RetryClass::NotRetryable, false),
        ] {
            let advice = advice(code);
            assert_eq!(advice.class(), class, "{code}");
            assert_eq!(advice.requires_idempotent(), idempotent_only, "{code}");
        }
        assert!(advice("AuthFailure.SignatureExpire").must_re_sign());
    }

    #[test]
    fn statuses_get_the_documented_classes() {
        for (status, class, idempotent_only) in [
            (429, RetryClass::Throttled, false),
            (503, RetryClass::Transient, false),
            (502, RetryClass::Transient, true),
            (504, RetryClass::Transient, true),
            (500, RetryClass::ServerFault, true),
            (200, RetryClass::ServerFault, true),
            (413, RetryClass::NotRetryable, false),
            (404, RetryClass::NotRetryable, false),
        ] {
            let advice = RetryAdvice::for_status(status);
            assert_eq!(advice.class(), class, "{status}");
            assert_eq!(advice.requires_idempotent(), idempotent_only, "{status}");
        }
    }

    #[test]
    fn idempotency_decides_only_where_the_call_may_have_run() {
        let fault = RetryAdvice::new(RetryClass::ServerFault);
        assert!(fault.should_retry(true) && !fault.should_retry(false));
        let throttled = RetryAdvice::new(RetryClass::Throttled);
        assert!(throttled.should_retry(true) && throttled.should_retry(false));
        let never = RetryAdvice::idempotent_only(RetryClass::NotRetryable);
        assert!(!never.should_retry(true) && !never.requires_idempotent());
    }
}
