//! Whether to send a failed call again, and after how long: [`RetryPolicy`].
//!
//! The policy only decides. The caller sends, turns the failure into a [`Failure`] (a
//! parsed reply with [`ResponseError::failure`](crate::ResponseError::failure), no reply
//! with [`Transport`](super::Transport)), asks [`Attempts::failed`] (or
//! [`RetryPolicy::next_delay`], counting attempts itself) and sleeps however it likes
//! (`std::thread::sleep`, an async timer, …); no runtime is assumed.
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

use super::budget::RetryBudget;
use super::decision::{Attempts, Decision, Stop};
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
/// | budget | none | none | none |
///
/// With a [`budget`](Self::budget), a retry that the shared [`RetryBudget`] cannot pay
/// for is not made either ([`Stop::OutOfBudget`]).
///
/// ```
/// use std::time::Duration;
/// use tc_errors::retry::{Failure, RetryBudget, RetryPolicy};
/// use tc_errors::RetryAdvice;
///
/// // The defaults, with full jitter pinned high and a budget shared by the client.
/// let policy = RetryPolicy::default().budget(RetryBudget::new());
/// let throttled = Failure::api("RequestLimitExceeded", RetryAdvice::THROTTLED);
/// let delay = policy.next_delay(1, &throttled, false, &mut || u64::MAX);
/// assert_eq!(delay, Some(Duration::from_secs(1)));
/// // An internal error of a request that is not idempotent is not sent again.
/// let internal = Failure::api("InternalError", RetryAdvice::SERVER_FAULT);
/// assert_eq!(policy.next_delay(1, &internal, false, &mut || u64::MAX), None);
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RetryPolicy {
    pub(super) rule: Rule,
    pub(super) max_attempts: u32,
    pub(super) max_throttled_attempts: u32,
    pub(super) base_delay: Duration,
    pub(super) max_delay: Duration,
    pub(super) jitter: Jitter,
    pub(super) honour_retry_after: bool,
    pub(super) budget: Option<RetryBudget>,
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
            budget: None,
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

    /// Sets the retry budget that this policy, and every clone of it, asks before a
    /// retry; a handle shares its bucket with the clones it was made from. No budget by
    /// default.
    pub fn budget(mut self, budget: RetryBudget) -> RetryPolicy {
        self.budget = Some(budget);
        self
    }

    /// One call's attempts: counts them, decides after each failure, and gives back to the
    /// budget when the call succeeds. The way to call with a budget.
    pub fn attempts(&self) -> Attempts<'_> {
        Attempts::new(self)
    }

    /// The delay before the next attempt, or `None` to stop and report the failure:
    /// [`decide`](Self::decide) without the reason.
    ///
    /// `attempts` is the number of attempts made so far, the failed one included (1 after the
    /// first failure; 0 counts as 1). `idempotent` says whether the request is safe to repeat.
    /// `rng` supplies random bits for [`Jitter::Full`], e.g. `&mut || rng.next_u64()` with a
    /// [`JitterRng`](super::JitterRng), or a fixed sequence in tests.
    ///
    /// ```
    /// use std::time::Duration;
    /// use tc_errors::retry::{Failure, Jitter, RetryPolicy};
    /// use tc_errors::RetryAdvice;
    ///
    /// let policy = RetryPolicy::default().jitter(Jitter::None);
    /// let busy = Failure::api("ServiceUnavailable", RetryAdvice::TRANSIENT);
    /// let mut rng = || 0; // no jitter: never drawn
    /// assert_eq!(policy.next_delay(1, &busy, false, &mut rng), Some(Duration::from_secs(1)));
    /// assert_eq!(policy.next_delay(2, &busy, false, &mut rng), Some(Duration::from_secs(2)));
    /// assert_eq!(policy.next_delay(3, &busy, false, &mut rng), None); // 3 attempts made
    /// // The server's Retry-After is a floor, within the 20 s cap.
    /// let told = busy.with_retry_after(Duration::from_secs(7));
    /// assert_eq!(policy.next_delay(1, &told, false, &mut rng), Some(Duration::from_secs(7)));
    /// ```
    ///
    /// With a budget, a retry granted here takes its tokens, and only
    /// [`Attempts::succeeded`] gives them back: count a call's attempts with
    /// [`attempts`](Self::attempts) then.
    pub fn next_delay(
        &self,
        attempts: u32,
        failure: &Failure<'_>,
        idempotent: bool,
        rng: &mut impl FnMut() -> u64,
    ) -> Option<Duration> {
        self.decide(attempts, failure, idempotent, rng).delay()
    }

    /// Whether to send the call again after `attempts` attempts (the failed one
    /// included), and after how long, or why not: the rule's advice for `failure` and the
    /// request's idempotency, the attempt limit of the failure's class, then the budget,
    /// which pays for a retry it grants. The arguments are those of
    /// [`next_delay`](Self::next_delay).
    pub fn decide(
        &self,
        attempts: u32,
        failure: &Failure<'_>,
        idempotent: bool,
        rng: &mut impl FnMut() -> u64,
    ) -> Decision {
        self.decide_and_pay(attempts, failure, idempotent, rng).0
    }

    /// [`decide`](Self::decide), with what a granted retry took from the budget.
    pub(super) fn decide_and_pay(
        &self,
        attempts: u32,
        failure: &Failure<'_>,
        idempotent: bool,
        rng: &mut impl FnMut() -> u64,
    ) -> (Decision, u32) {
        let attempts = attempts.max(1);
        let advice = self.rule.advice(failure);
        if !advice.should_retry(true) {
            return (Decision::Stop(Stop::NotRetryable), 0);
        }
        if !advice.should_retry(idempotent) {
            return (Decision::Stop(Stop::NotIdempotent), 0);
        }
        let class = advice.class();
        let limit = match class {
            RetryClass::Throttled => self.max_throttled_attempts,
            _ => self.max_attempts,
        };
        if attempts >= limit {
            return (Decision::Stop(Stop::OutOfAttempts { limit }), 0);
        }
        let backoff = match class {
            // A fresh signature fixes it; waiting does not.
            RetryClass::ClockSkew => Duration::ZERO,
            _ => self.backoff(attempts, rng),
        };
        let delay = match failure.retry_after {
            Some(after) if self.honour_retry_after => backoff.max(after.min(self.max_delay)),
            _ => backoff,
        };
        let Some(budget) = &self.budget else {
            return (Decision::Retry(delay), 0);
        };
        let cost = budget.cost(failure.network);
        match budget.take(cost) {
            Ok(()) => (Decision::Retry(delay), cost),
            Err(unpaid) => (
                Decision::Stop(Stop::OutOfBudget {
                    cost: unpaid.cost,
                    available: unpaid.available,
                }),
                0,
            ),
        }
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
