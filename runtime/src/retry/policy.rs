//! Whether to send a failed call again, and after how long: [`RetryPolicy`].
//!
//! The policy only decides. The caller sends, classifies the failure into a
//! [`RetryAdvice`](crate::RetryAdvice), counts attempts, asks [`RetryPolicy::next_delay`] and sleeps however it
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

use std::time::Duration;

use super::jitter::uniform_up_to;
use super::{Failure, Jitter, RetryClass, Rule};

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
    pub(super) rule: Rule,
    pub(super) max_attempts: u32,
    pub(super) max_throttled_attempts: u32,
    pub(super) base_delay: Duration,
    pub(super) max_delay: Duration,
    pub(super) jitter: Jitter,
    pub(super) honour_retry_after: bool,
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
    /// [`JitterRng`](super::JitterRng), or a fixed sequence in tests.
    pub fn next_delay(
        &self,
        attempts: u32,
        failure: &Failure<'_>,
        idempotent: bool,
        rng: &mut impl FnMut() -> u64,
    ) -> Option<Duration> {
        let attempts = attempts.max(1);
        let advice = self.rule.advice(failure);
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

#[cfg(test)]
#[path = "policy_tests.rs"]
mod tests;
