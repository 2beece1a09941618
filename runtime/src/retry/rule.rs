//! What decides whether a failure is retried: [`Rule`], the failure's own advice or a
//! fixed list of codes.

use super::{Failure, RetryAdvice, RetryClass};

/// What decides whether a failure is retried.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Rule {
    /// The failure's [`RetryAdvice`] decides, for its class and the request's idempotency.
    Advice,
    /// A fixed list, as the SDKs have; the failure's advice is ignored. Checked in this order:
    /// a network failure is handled as `network`; a code in `codes` (exact, case-sensitive)
    /// as [`RetryClass::Throttled`]; any other response whose HTTP status is not 200 as
    /// `http_error`; everything else is not retried.
    Codes {
        /// The error codes to retry, compared whole.
        codes: &'static [&'static str],
        /// How a network failure is handled, e.g. [`RetryClass::ServerFault`] to retry it
        /// only for idempotent requests.
        network: RetryClass,
        /// How a non-200 response with an unlisted code, or none, is handled.
        http_error: RetryClass,
    },
}

impl Rule {
    /// The advice this rule gives `failure`: its own (idempotency condition included), or
    /// that of the class an SDK preset's rule picks.
    pub(super) fn advice(&self, failure: &Failure<'_>) -> RetryAdvice {
        let class = match *self {
            Rule::Advice => return failure.advice,
            Rule::Codes {
                codes,
                network,
                http_error,
            } => {
                if failure.network {
                    network
                } else if failure.code.is_some_and(|code| codes.contains(&code)) {
                    RetryClass::Throttled
                } else if failure.http_status.is_some_and(|status| status != 200) {
                    http_error
                } else {
                    RetryClass::NotRetryable
                }
            }
        };
        RetryAdvice::new(class)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::retry::test_support::{delays, secs};
    use crate::retry::RetryPolicy;

    #[test]
    fn custom_code_rules_work_like_the_presets() {
        let policy = RetryPolicy::default().rule(Rule::Codes {
            codes: &["ResourceBusy"],
            network: RetryClass::NotRetryable,
            http_error: RetryClass::NotRetryable,
        });
        let busy = Failure::api("ResourceBusy", RetryAdvice::NOT_RETRYABLE);
        assert_eq!(delays(&policy, busy, false), secs(&[1, 2, 4, 8]));
        assert_eq!(
            delays(&policy, Failure::network(RetryAdvice::TRANSIENT), true),
            []
        );
    }
}
