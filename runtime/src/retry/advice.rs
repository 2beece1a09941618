//! Whether to send a failed request again, and on what condition.

use serde::ser::{Serialize, SerializeStruct, Serializer};
use tc_errors_internals::kind::ErrorKind;
use tc_errors_internals::retry::{RetryClass, Verdict};

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

    /// Whether to send the request again, given whether it is idempotent: the one
    /// answer to "may I retry?".
    pub const fn should_retry(self, idempotent: bool) -> bool {
        !matches!(self.class, RetryClass::NotRetryable) && (idempotent || !self.idempotent_only)
    }

    /// The advice in the words a person reads: retry, retry only if idempotent, re-sign
    /// and retry, or do not retry. The command-line tool and the catalogs' docs print
    /// these words.
    ///
    /// ```
    /// use tc_errors::{Code, CommonError};
    ///
    /// let verdict = |code| Code::<CommonError>::parse(code).retry_advice().verdict().to_string();
    /// assert_eq!(verdict("RequestLimitExceeded"), "retry");
    /// assert_eq!(verdict("InternalError"), "retry only if idempotent");
    /// assert_eq!(verdict("AuthFailure.SignatureExpire"), "re-sign and retry");
    /// assert_eq!(verdict("InvalidParameter"), "do not retry");
    /// ```
    pub const fn verdict(self) -> Verdict {
        Verdict::of(self.class, self.requires_idempotent())
    }

    /// The advice for an API error code of kind `kind` (the kind the catalog gives it,
    /// or its category's).
    pub fn for_code(code: &str, kind: ErrorKind) -> RetryAdvice {
        let (class, idempotent_only) = RetryClass::of_code(code, kind);
        RetryAdvice {
            class,
            idempotent_only,
        }
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

impl Serialize for RetryAdvice {
    /// `class` (its name), `verdict` (its words), `retry` ([`should_retry(true)`](Self::should_retry)),
    /// `idempotent_only` ([`requires_idempotent`](Self::requires_idempotent)) and
    /// `re_sign` ([`must_re_sign`](Self::must_re_sign)): the names of `tc-errors parse
    /// --json`'s `advice`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("RetryAdvice", 5)?;
        state.serialize_field("class", self.class.name())?;
        state.serialize_field("verdict", &self.verdict())?;
        state.serialize_field("retry", &self.should_retry(true))?;
        state.serialize_field("idempotent_only", &self.requires_idempotent())?;
        state.serialize_field("re_sign", &self.must_re_sign())?;
        state.end()
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
    fn serializes_as_the_cli_names_its_fields() {
        let json = serde_json::to_string(&RetryAdvice::SERVER_FAULT).unwrap();
        assert_eq!(
            json,
            r#"{"class":"ServerFault","verdict":"retry only if idempotent","retry":true,"idempotent_only":true,"re_sign":false}"#
        );
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
