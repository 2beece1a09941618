//! Whether to send a failed call again, and after how long: [`RetryPolicy`].
//!
//! The policy only decides. The caller sends, classifies the failure into a
//! [`RetryAdvice`], counts attempts, asks [`RetryPolicy::next_delay`] and sleeps however it
//! likes (`std::thread::sleep`, an async timer, …); no runtime is assumed.
//!
//! The default policy follows each failure's advice, backs off exponentially with full jitter
//! and honours a capped `Retry-After`. [`RetryPolicy::go_sdk`] and
//! [`RetryPolicy::python_sdk`] instead decide exactly as the official SDKs do (see `RULES.md`).
//!
//! # Example
//!
//! ```
//! use std::time::Duration;
//! use tc_errors::retry::{Failure, JitterRng, RetryPolicy};
//! use tc_errors::{Code, CommonError};
//!
//! // Stand-in for a signed API call: throttled twice, then answered.
//! let mut answers = vec![Ok("ins-8n3k2"), Err("RequestLimitExceeded"), Err("RequestLimitExceeded")];
//! let mut send = || answers.pop().expect("no more answers");
//! // The advice of an API error by its code (`ResponseError::retry_advice` does this
//! // for every outcome of a parsed response).
//! let classify = |code: &str| Code::<CommonError>::parse(code).retry_advice();
//!
//! let policy = RetryPolicy::default().base_delay(Duration::from_millis(1));
//! let mut rng = JitterRng::new();
//! let idempotent = true; // a Describe* call
//! let mut attempts = 0;
//! let outcome = loop {
//!     attempts += 1;
//!     // Sign inside the loop: a ClockSkew retry needs a fresh signature.
//!     let code = match send() {
//!         Ok(instance) => break Ok(instance),
//!         Err(code) => code,
//!     };
//!     let failure = Failure::api(code, classify(code));
//!     match policy.next_delay(attempts, &failure, idempotent, &mut || rng.next_u64()) {
//!         Some(delay) => std::thread::sleep(delay),
//!         None => break Err(code),
//!     }
//! };
//! assert_eq!(outcome, Ok("ins-8n3k2"));
//! assert_eq!(attempts, 3);
//! ```

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::time::Duration;

use super::advice::{RetryAdvice, RetryClass};

/// The codes the Go SDK retries (`ratelimitretry.go`, compared with `==`).
const GO_SDK_CODES: &[&str] = &["RequestLimitExceeded"];

/// The API codes the Python SDK's `StandardRetryer` retries (`retry.py`).
const PYTHON_SDK_CODES: &[&str] = &[
    "RequestLimitExceeded",
    "RequestLimitExceeded.UinLimitExceeded",
    "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
];

/// One failed attempt, as the policy needs to see it.
///
/// Build it with [`api`](Self::api), [`network`](Self::network) or [`http`](Self::http),
/// then add what the response said with [`with_retry_after`](Self::with_retry_after) and
/// [`with_http_status`](Self::with_http_status).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Failure<'a> {
    code: Option<&'a str>,
    advice: RetryAdvice,
    retry_after: Option<Duration>,
    network: bool,
    http_status: Option<u16>,
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

/// How the exponential backoff is randomised.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Jitter {
    /// A uniformly random delay between zero and the backoff ("full jitter"), so that clients
    /// throttled together do not come back together.
    Full,
    /// Exactly the backoff, as both Tencent SDKs wait.
    None,
}

/// When to retry a failed call and how long to wait first.
///
/// A retry is allowed when the [`Rule`] says the failure may be retried (given the request's
/// idempotency) and fewer attempts than the limit have been made. The limit is
/// [`max_throttled_attempts`](Self::max_throttled_attempts) when the failure is
/// [`Throttled`](RetryClass::Throttled) and [`max_attempts`](Self::max_attempts) otherwise;
/// both count every attempt, the first included.
///
/// The wait after attempt *n* is `min(max_delay, base_delay × 2^(n−1))`, drawn uniformly
/// from zero to that with [`Jitter::Full`]; a [`ClockSkew`](RetryClass::ClockSkew) retry waits
/// nothing. A server's `Retry-After`, clamped to `max_delay`, is then a floor. No delay
/// exceeds `max_delay`.
///
/// | setting | [`Default`] | [`go_sdk`](Self::go_sdk) | [`python_sdk`](Self::python_sdk) |
/// |---|---|---|---|
/// | rule | [`Rule::Advice`] | exact `RequestLimitExceeded`; network → `ServerFault`; other non-200 → not retried | the three `RequestLimitExceeded*` codes; network → `Transient`; non-200 → `Transient` |
/// | `max_attempts` | 3 | 1 | 3 |
/// | `max_throttled_attempts` | 5 | 1 | 3 |
/// | `base_delay` | 1 s | 1 s | 1 s |
/// | `max_delay` | 20 s | [`Duration::MAX`] | [`Duration::MAX`] |
/// | jitter | [`Jitter::Full`] | [`Jitter::None`] | [`Jitter::None`] |
/// | `Retry-After` | honoured | ignored | ignored |
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct RetryPolicy {
    rule: Rule,
    max_attempts: u32,
    max_throttled_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    jitter: Jitter,
    honour_retry_after: bool,
}

impl Default for RetryPolicy {
    /// Follows the advice; 3 attempts, 5 when throttled (the rejection is certain not to have
    /// run, so patience costs only time); 1 s base and 20 s cap as smithy-rs's standard mode;
    /// full jitter; `Retry-After` honoured.
    fn default() -> RetryPolicy {
        RetryPolicy {
            rule: Rule::Advice,
            max_attempts: 3,
            max_throttled_attempts: 5,
            base_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(20),
            jitter: Jitter::Full,
            honour_retry_after: true,
        }
    }
}

impl RetryPolicy {
    /// Decides as the Go SDK with its default `ClientProfile`: `NetworkFailureMaxRetries` and
    /// `RateLimitExceededMaxRetries` are 0, so it never retries.
    ///
    /// To mirror a profile that sets them to `N` and `M`, call
    /// `.max_attempts(N + 1).max_throttled_attempts(M + 1)`. Then only the exact code
    /// `RequestLimitExceeded` is retried (idempotent or not, whatever the HTTP status), a
    /// network failure only for an idempotent request (one with a `ClientToken` field), after
    /// 1 s, 2 s, 4 s, … with no jitter, no cap and no `Retry-After`. The Go SDK retries only
    /// timeouts and temporary `net.Error`s, so report only those as [`Failure::network`] to
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
        }
    }

    /// Sets what decides whether a failure is retried.
    pub const fn rule(mut self, rule: Rule) -> RetryPolicy {
        self.rule = rule;
        self
    }

    /// Sets the most attempts, the first included, for failures other than throttling.
    /// 0 and 1 both mean no retry.
    pub const fn max_attempts(mut self, attempts: u32) -> RetryPolicy {
        self.max_attempts = attempts;
        self
    }

    /// Sets the most attempts, the first included, when the failure is throttling.
    pub const fn max_throttled_attempts(mut self, attempts: u32) -> RetryPolicy {
        self.max_throttled_attempts = attempts;
        self
    }

    /// Sets the backoff before the first retry; it doubles with each further attempt.
    pub const fn base_delay(mut self, delay: Duration) -> RetryPolicy {
        self.base_delay = delay;
        self
    }

    /// Sets the longest delay, which also clamps a server's `Retry-After`.
    pub const fn max_delay(mut self, delay: Duration) -> RetryPolicy {
        self.max_delay = delay;
        self
    }

    /// Sets how the backoff is randomised.
    pub const fn jitter(mut self, jitter: Jitter) -> RetryPolicy {
        self.jitter = jitter;
        self
    }

    /// Sets whether a server's `Retry-After` is a floor for the delay.
    pub const fn honour_retry_after(mut self, honour: bool) -> RetryPolicy {
        self.honour_retry_after = honour;
        self
    }

    /// The delay before the next attempt, or `None` to stop and report the failure.
    ///
    /// `attempts` is the number of attempts made so far, the failed one included (1 after the
    /// first failure; 0 counts as 1). `idempotent` says whether the request is safe to repeat.
    /// `rng` supplies random bits for [`Jitter::Full`], e.g. `&mut || rng.next_u64()` with a
    /// [`JitterRng`], or a fixed sequence in tests.
    pub fn next_delay(
        &self,
        attempts: u32,
        failure: &Failure<'_>,
        idempotent: bool,
        rng: &mut impl FnMut() -> u64,
    ) -> Option<Duration> {
        let attempts = attempts.max(1);
        let advice = self.advice_of(failure);
        if !advice.should_retry(idempotent) {
            return None;
        }
        let class = advice.class();
        let limit = match class {
            RetryClass::Throttled => self.max_throttled_attempts,
            _ => self.max_attempts,
        };
        if attempts >= limit {
            return None;
        }
        let backoff = match class {
            // A fresh signature fixes it; waiting does not.
            RetryClass::ClockSkew => Duration::ZERO,
            _ => self.backoff(attempts, rng),
        };
        Some(match failure.retry_after {
            Some(after) if self.honour_retry_after => backoff.max(after.min(self.max_delay)),
            _ => backoff,
        })
    }

    /// The advice the rule gives `failure`: its own (idempotency condition included), or
    /// that of the class an SDK preset's rule picks.
    fn advice_of(&self, failure: &Failure<'_>) -> RetryAdvice {
        let class = match self.rule {
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

    /// The jittered exponential backoff after `attempts` attempts (at least 1).
    fn backoff(&self, attempts: u32, rng: &mut impl FnMut() -> u64) -> Duration {
        let ceiling = 2u32
            .checked_pow(attempts - 1)
            .and_then(|factor| self.base_delay.checked_mul(factor))
            .map_or(self.max_delay, |delay| delay.min(self.max_delay));
        match self.jitter {
            Jitter::Full => uniform_up_to(ceiling, rng()),
            Jitter::None => ceiling,
        }
    }
}

/// A duration uniformly distributed in `[0, ceiling]`, from 64 random bits: `(ceiling + 1 ns)
/// × bits / 2^64`, computed exactly in two 64-bit halves since the product needs 159 bits.
fn uniform_up_to(ceiling: Duration, bits: u64) -> Duration {
    const NANOS_PER_SEC: u128 = 1_000_000_000;
    let span = ceiling.as_nanos() + 1;
    let (high, low) = (span >> 64, span & u128::from(u64::MAX));
    let nanos = high * u128::from(bits) + ((low * u128::from(bits)) >> 64);
    // `nanos` ≤ `ceiling`, so the seconds fit in a u64 and the remainder in a u32.
    Duration::new(
        (nanos / NANOS_PER_SEC) as u64,
        (nanos % NANOS_PER_SEC) as u32,
    )
}

/// A small random source for [`Jitter::Full`] (SplitMix64), not for anything secret.
///
/// [`new`](Self::new) seeds it from a fresh `RandomState` (the standard library's random hash
/// keys, different for every call);
/// [`from_seed`](Self::from_seed) makes it repeatable, for tests.
#[derive(Clone, Debug)]
pub struct JitterRng {
    state: u64,
}

impl JitterRng {
    /// A source with a random seed.
    pub fn new() -> JitterRng {
        // Each `RandomState` gets fresh keys, so hashing a constant yields a fresh seed.
        JitterRng::from_seed(RandomState::new().hash_one(0x7463_5f72_6574_7279_u64))
    }

    /// A source that always yields the same sequence for the same `seed`.
    pub const fn from_seed(seed: u64) -> JitterRng {
        JitterRng { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

impl Default for JitterRng {
    /// Same as [`JitterRng::new`].
    fn default() -> JitterRng {
        JitterRng::new()
    }
}

#[cfg(test)]
#[path = "policy_tests.rs"]
mod tests;
