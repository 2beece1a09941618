//! The policies of Tencent's official SDKs: [`RetryPolicy::go_sdk`] and
//! [`RetryPolicy::python_sdk`] (what each SDK does is in `RULES.md`).

use super::{Jitter, RetryClass, RetryPolicy, Rule};
use std::time::Duration;

/// The codes the Go SDK retries (`ratelimitretry.go`, compared with `==`).
const GO_SDK_CODES: &[&str] = &["RequestLimitExceeded"];

/// The API codes the Python SDK's `StandardRetryer` retries (`retry.py`).
const PYTHON_SDK_CODES: &[&str] = &[
    "RequestLimitExceeded",
    "RequestLimitExceeded.UinLimitExceeded",
    "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
];

impl RetryPolicy {
    /// Decides as the Go SDK with its default `ClientProfile`: `NetworkFailureMaxRetries` and
    /// `RateLimitExceededMaxRetries` are 0, so it never retries.
    ///
    /// To mirror a profile that sets them to `N` and `M`, call
    /// `.max_attempts(N + 1).max_throttled_attempts(M + 1)`. Then only the exact code
    /// `RequestLimitExceeded` is retried (idempotent or not, whatever the HTTP status), a
    /// network failure only for an idempotent request (one with a `ClientToken` field), after
    /// 1 s, 2 s, 4 s, … with no jitter, no cap and no `Retry-After`. The Go SDK retries only
    /// timeouts and temporary `net.Error`s, so report only those as [`Failure::network`](super::Failure::network) to
    /// match it. It counts network and throttling attempts in two nested loops; this policy
    /// counts one sequence, so a mix of both kinds of failure stops sooner than the SDK would.
    pub const fn go_sdk() -> RetryPolicy {
        RetryPolicy {
            rule: Rule::Codes {
                codes: GO_SDK_CODES,
                network: RetryClass::ServerFault,
                http_error: RetryClass::NotRetryable,
            },
            max_attempts: 1,
            max_throttled_attempts: 1,
            base_delay: Duration::from_secs(1),
            max_delay: Duration::MAX,
            jitter: Jitter::None,
            honour_retry_after: false,
            budget: None,
        }
    }

    /// Decides as the Python SDK's `StandardRetryer()` (its `ClientProfile` uses no retryer
    /// unless given one): at most 3 attempts, retrying `RequestLimitExceeded`,
    /// `RequestLimitExceeded.UinLimitExceeded`, `RequestLimitExceeded.GlobalRegionUinLimitExceeded`,
    /// any network failure and any HTTP status other than 200, idempotent or not, after 1 s
    /// then 2 s, with no jitter and no `Retry-After`.
    ///
    /// Not reproduced: the SDK also sleeps 4 s after the third failure before raising, and
    /// once an attempt failed it discards a later success and sends again (`RULES.md`).
    pub const fn python_sdk() -> RetryPolicy {
        RetryPolicy {
            rule: Rule::Codes {
                codes: PYTHON_SDK_CODES,
                network: RetryClass::Transient,
                http_error: RetryClass::Transient,
            },
            max_attempts: 3,
            max_throttled_attempts: 3,
            base_delay: Duration::from_secs(1),
            max_delay: Duration::MAX,
            jitter: Jitter::None,
            honour_retry_after: false,
            budget: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::retry::test_support::{delays, secs, unused, SECOND};
    use crate::retry::{Failure, RetryAdvice};

    /// A Go `ClientProfile` with `NetworkFailureMaxRetries` and `RateLimitExceededMaxRetries`
    /// both set to 3.
    fn go_with_three_retries() -> RetryPolicy {
        RetryPolicy::go_sdk()
            .max_attempts(4)
            .max_throttled_attempts(4)
    }

    #[test]
    fn go_sdk_defaults_never_retry() {
        let go = RetryPolicy::go_sdk();
        let throttled = Failure::api("RequestLimitExceeded", RetryAdvice::THROTTLED);
        assert_eq!(go.next_delay(1, &throttled, true, &mut unused()), None);
        let timeout = Failure::network(RetryAdvice::SERVER_FAULT);
        assert_eq!(go.next_delay(1, &timeout, true, &mut unused()), None);
    }

    #[test]
    fn go_sdk_retries_only_the_exact_rate_limit_code() {
        let go = go_with_three_retries();
        // The advice is ignored: the code text decides.
        let advice = RetryAdvice::NOT_RETRYABLE;
        for idempotent in [true, false] {
            let limited = Failure::api("RequestLimitExceeded", advice);
            assert_eq!(delays(&go, limited, idempotent), secs(&[1, 2, 4]));
            for code in [
                "RequestLimitExceeded.UinLimitExceeded",
                "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
                "InternalError",
                "LimitExceeded.Quota",
                "AuthFailure.SignatureExpire",
                "ServiceUnavailable",
                "requestlimitexceeded",
            ] {
                assert_eq!(
                    delays(&go, Failure::api(code, RetryAdvice::THROTTLED), idempotent),
                    [],
                    "{code}"
                );
            }
        }
    }

    #[test]
    fn go_sdk_retries_network_failures_only_for_idempotent_requests() {
        let go = go_with_three_retries();
        let timeout = Failure::network(RetryAdvice::TRANSIENT);
        assert_eq!(delays(&go, timeout, true), secs(&[1, 2, 4]));
        assert_eq!(delays(&go, timeout, false), []);
    }

    #[test]
    fn go_sdk_ignores_http_status_and_retry_after() {
        let go = go_with_three_retries();
        let gateway = Failure::http(502, RetryAdvice::TRANSIENT);
        assert_eq!(delays(&go, gateway, true), []);
        let limited = Failure::api("RequestLimitExceeded", RetryAdvice::THROTTLED)
            .with_http_status(503)
            .with_retry_after(30 * SECOND);
        assert_eq!(delays(&go, limited, false), secs(&[1, 2, 4]));
    }

    #[test]
    fn go_sdk_counts_network_and_rate_limit_retries_separately() {
        let go = RetryPolicy::go_sdk()
            .max_attempts(2)
            .max_throttled_attempts(6);
        let limited = Failure::api("RequestLimitExceeded", RetryAdvice::THROTTLED);
        let timeout = Failure::network(RetryAdvice::SERVER_FAULT);
        assert_eq!(delays(&go, limited, false), secs(&[1, 2, 4, 8, 16]));
        assert_eq!(delays(&go, timeout, true), secs(&[1]));
    }

    #[test]
    fn python_sdk_retries_its_codes_network_and_non_200_three_times() {
        let py = RetryPolicy::python_sdk();
        for idempotent in [true, false] {
            for code in [
                "RequestLimitExceeded",
                "RequestLimitExceeded.UinLimitExceeded",
                "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
            ] {
                let failure = Failure::api(code, RetryAdvice::NOT_RETRYABLE);
                assert_eq!(delays(&py, failure, idempotent), secs(&[1, 2]), "{code}");
            }
            let network = Failure::network(RetryAdvice::SERVER_FAULT);
            assert_eq!(delays(&py, network, idempotent), secs(&[1, 2]));
            for status in [400, 500, 502, 503, 504] {
                let failure = Failure::http(status, RetryAdvice::NOT_RETRYABLE);
                assert_eq!(delays(&py, failure, idempotent), secs(&[1, 2]), "{status}");
            }
            // ServerNetworkError comes from the status, whatever the code.
            let quota_504 = Failure::api("LimitExceeded.Quota", RetryAdvice::NOT_RETRYABLE)
                .with_http_status(504);
            assert_eq!(delays(&py, quota_504, idempotent), secs(&[1, 2]));
        }
    }

    #[test]
    fn python_sdk_does_not_retry_other_codes_nor_read_retry_after() {
        let py = RetryPolicy::python_sdk();
        for code in [
            "InternalError",
            "LimitExceeded.Quota",
            "ServiceUnavailable",
            "AuthFailure.SignatureExpire",
            "RequestLimitExceeded.IPLimitExceeded",
        ] {
            assert_eq!(
                delays(&py, Failure::api(code, RetryAdvice::THROTTLED), true),
                [],
                "{code}"
            );
        }
        let told = Failure::api("RequestLimitExceeded", RetryAdvice::THROTTLED)
            .with_retry_after(9 * SECOND);
        assert_eq!(delays(&py, told, true), secs(&[1, 2]));
        let ok_status = Failure::http(200, RetryAdvice::TRANSIENT);
        assert_eq!(delays(&py, ok_status, true), []);
    }
}
