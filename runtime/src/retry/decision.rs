//! What the policy decides about one failure: [`Decision`], with the reason to
//! [`Stop`]; and [`Attempts`], one call's attempts against a shared budget.

use super::{Failure, RetryPolicy};
use std::fmt;
use std::time::Duration;

/// Whether to send a failed call again: after a delay, or not, and why not.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Decision {
    /// Send it again after this delay.
    Retry(Duration),
    /// Report the failure.
    Stop(Stop),
}

impl Decision {
    /// The delay before the retry, or `None` to stop.
    pub const fn delay(self) -> Option<Duration> {
        match self {
            Decision::Retry(delay) => Some(delay),
            Decision::Stop(_) => None,
        }
    }
}

/// Why a failed call is not sent again.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub enum Stop {
    /// Sending it again cannot help: the failure's advice (or the policy's rule) says no.
    NotRetryable,
    /// The failure may have taken effect and the request is not idempotent: sending it
    /// again could do it twice (a purchase made twice), so the resend is prevented.
    NotIdempotent,
    /// The attempts the policy allows for this kind of failure are made.
    OutOfAttempts {
        /// The limit, the first attempt included.
        limit: u32,
    },
    /// The shared [`RetryBudget`](super::RetryBudget) cannot pay for the retry: too many
    /// retries failed lately, across every request that shares it.
    OutOfBudget {
        /// What the retry would have cost.
        cost: u32,
        /// The tokens the bucket held.
        available: u32,
    },
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stop::NotRetryable => f.write_str("sending it again cannot help"),
            Stop::NotIdempotent => f.write_str(
                "the request may have taken effect and is not idempotent: not sent again",
            ),
            Stop::OutOfAttempts { limit } => write!(f, "all {limit} attempts made"),
            Stop::OutOfBudget { cost, available } => write!(
                f,
                "the retry budget holds {available} tokens and a retry costs {cost}"
            ),
        }
    }
}

/// One call's attempts under a [`RetryPolicy`]: it counts them, asks the policy after
/// each failure, and settles with the policy's budget when the call succeeds. Start one
/// per call with [`RetryPolicy::attempts`].
///
/// ```
/// use std::time::Duration;
/// use tc_errors::retry::{Decision, Failure, JitterRng, RetryBudget, RetryPolicy, Stop};
/// use tc_errors::RetryAdvice;
///
/// let budget = RetryBudget::builder().capacity(5).build();
/// let policy = RetryPolicy::default()
///     .base_delay(Duration::from_millis(1))
///     .budget(budget.clone());
/// let mut rng = JitterRng::new();
/// let throttled = Failure::api("RequestLimitExceeded", RetryAdvice::THROTTLED);
///
/// // A call throttled once, then answered: the retry's 5 tokens come back.
/// let mut call = policy.attempts();
/// assert!(matches!(call.failed(&throttled, false, &mut || rng.next_u64()), Decision::Retry(_)));
/// assert_eq!(budget.available(), 0);
/// call.succeeded();
/// assert_eq!(budget.available(), 5);
///
/// // Another call, throttled twice: the second retry finds the bucket empty.
/// let mut call = policy.attempts();
/// call.failed(&throttled, false, &mut || rng.next_u64());
/// let decision = call.failed(&throttled, false, &mut || rng.next_u64());
/// assert_eq!(decision, Decision::Stop(Stop::OutOfBudget { cost: 5, available: 0 }));
/// assert_eq!(call.made(), 2);
/// ```
#[derive(Debug)]
#[must_use = "a call's attempts settle with the budget when it succeeds"]
pub struct Attempts<'p> {
    policy: &'p RetryPolicy,
    made: u32,
    /// What the latest retry took from the budget; what a success gives back.
    held: u32,
}

impl<'p> Attempts<'p> {
    pub(super) fn new(policy: &'p RetryPolicy) -> Attempts<'p> {
        Attempts {
            policy,
            made: 0,
            held: 0,
        }
    }

    /// The attempts made so far, as counted by [`failed`](Self::failed).
    pub fn made(&self) -> u32 {
        self.made
    }

    /// Counts a failed attempt and decides: the policy's
    /// [`decide`](RetryPolicy::decide) with the attempts made. A retry it grants takes
    /// its tokens from the budget; those of an earlier retry of this call stay spent.
    pub fn failed(
        &mut self,
        failure: &Failure<'_>,
        idempotent: bool,
        rng: &mut impl FnMut() -> u64,
    ) -> Decision {
        self.made = self.made.saturating_add(1);
        let (decision, cost) = self
            .policy
            .decide_and_pay(self.made, failure, idempotent, rng);
        if let Decision::Retry(_) = decision {
            self.held = cost;
        }
        decision
    }

    /// The call succeeded: the budget gets back what its last retry took, or, when it
    /// succeeded at its first attempt, its success reward.
    pub fn succeeded(self) {
        if let Some(budget) = &self.policy.budget {
            budget.succeeded(self.held);
        }
    }
}
