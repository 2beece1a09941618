//! A retry budget that many requests share: [`RetryBudget`], a token bucket.

use std::fmt;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A token bucket that bounds the retries of every request that shares it, so that a
/// degraded region is not buried under retries on top of its load.
///
/// Each retry takes tokens ([`retry_cost`](RetryBudgetBuilder::retry_cost), or
/// [`transport_cost`](RetryBudgetBuilder::transport_cost) after a failure before any
/// HTTP response); a retry the bucket cannot pay for is not made. A call that succeeds
/// gives back what its last retry took, and a call that succeeds at once adds
/// [`success_reward`](RetryBudgetBuilder::success_reward) tokens, never above the
/// capacity. Tokens a call spent on retries that failed stay spent, so a run of failures
/// drains the bucket, and only successes (or the optional
/// [`refill_every`](RetryBudgetBuilder::refill_every)) fill it again.
///
/// The defaults are those of smithy-rs, the AWS SDK for Rust (its `TokenBucket` and
/// standard retry strategy, 2026):
///
/// | setting | default | smithy-rs |
/// |---|---|---|
/// | capacity (the bucket starts full) | 500 | 500 |
/// | retry cost | 5 | 5 |
/// | transport cost (timeouts, resets, refused connections) | 10 | 10 (its "timeout cost", for transient connection errors) |
/// | success reward (a call that succeeds at once) | 1 | 1 (its "regeneration amount"; its fractional success reward is 0 by default) |
/// | a success after retries | gives back its last retry's cost | the same (the permit of the last retry is released) |
/// | refill over time | off | off (refill rate 0) |
///
/// With the defaults, 100 retries of answered failures, or 50 after transport failures,
/// empty a full bucket. Tencent's SDKs have no budget.
///
/// A handle is an [`Arc`]: clones share one bucket, and it is `Send` and `Sync`. Its
/// counters are atomics, without a lock. Give it to a [`RetryPolicy`](super::RetryPolicy)
/// with [`budget`](super::RetryPolicy::budget); the policy asks it before every retry,
/// and [`Attempts::succeeded`](super::Attempts::succeeded) gives back.
///
/// ```
/// use tc_errors::retry::{RetryBudget, RetryPolicy};
///
/// let budget = RetryBudget::builder().capacity(100).build();
/// let policy = RetryPolicy::default().budget(budget.clone());
/// // `policy` (or clones of it) goes to every thread; `budget` stays to be watched.
/// assert_eq!((budget.available(), budget.capacity()), (100, 100));
/// ```
#[derive(Clone)]
pub struct RetryBudget {
    bucket: Arc<Bucket>,
}

/// The shared state behind every handle.
struct Bucket {
    settings: RetryBudgetBuilder,
    tokens: AtomicU32,
    /// When the bucket was made, from which refill ticks are counted.
    born: Instant,
    /// The refill ticks already credited.
    ticks: AtomicU64,
    granted: AtomicU64,
    refused: AtomicU64,
    taken: AtomicU64,
    returned: AtomicU64,
}

/// The settings of a [`RetryBudget`]; every number is configurable.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct RetryBudgetBuilder {
    capacity: u32,
    retry_cost: u32,
    transport_cost: u32,
    success_reward: u32,
    refill_every: Option<Duration>,
}

impl Default for RetryBudgetBuilder {
    fn default() -> RetryBudgetBuilder {
        RetryBudgetBuilder {
            capacity: 500,
            retry_cost: 5,
            transport_cost: 10,
            success_reward: 1,
            refill_every: None,
        }
    }
}

impl RetryBudgetBuilder {
    /// Sets how many tokens the bucket holds, and starts with.
    pub const fn capacity(mut self, tokens: u32) -> RetryBudgetBuilder {
        self.capacity = tokens;
        self
    }

    /// Sets what a retry after an answered failure takes (throttling, a busy resource,
    /// a server fault, a gateway's page).
    pub const fn retry_cost(mut self, tokens: u32) -> RetryBudgetBuilder {
        self.retry_cost = tokens;
        self
    }

    /// Sets what a retry after a failure before any HTTP response takes (a
    /// [`Failure::network`](super::Failure::network) or
    /// [`Failure::transport`](super::Failure::transport)): more than an answered failure,
    /// since a network that fails is the likeliest sign of an outage.
    pub const fn transport_cost(mut self, tokens: u32) -> RetryBudgetBuilder {
        self.transport_cost = tokens;
        self
    }

    /// Sets what a call that succeeds at its first attempt adds.
    pub const fn success_reward(mut self, tokens: u32) -> RetryBudgetBuilder {
        self.success_reward = tokens;
        self
    }

    /// Adds one token every `period`, up to the capacity, so that a bucket drained by an
    /// outage fills again without successes; off by default. A zero period is off.
    pub const fn refill_every(mut self, period: Duration) -> RetryBudgetBuilder {
        self.refill_every = if period.is_zero() { None } else { Some(period) };
        self
    }

    /// A full bucket with these settings.
    pub fn build(self) -> RetryBudget {
        RetryBudget {
            bucket: Arc::new(Bucket {
                settings: self,
                tokens: AtomicU32::new(self.capacity),
                born: Instant::now(),
                ticks: AtomicU64::new(0),
                granted: AtomicU64::new(0),
                refused: AtomicU64::new(0),
                taken: AtomicU64::new(0),
                returned: AtomicU64::new(0),
            }),
        }
    }
}

/// What a [`RetryBudget`] has done since it was made; every counter only grows.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
#[non_exhaustive]
pub struct BudgetStats {
    /// Retries paid for.
    pub granted: u64,
    /// Retries refused for want of tokens.
    pub refused: u64,
    /// Tokens taken by the retries paid for.
    pub taken: u64,
    /// Tokens given back or added (successes, refill), as far as the capacity let them in.
    pub returned: u64,
}

/// A retry the budget could not pay for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct Unpaid {
    pub(super) cost: u32,
    pub(super) available: u32,
}

impl RetryBudget {
    /// A full bucket with the default settings (smithy-rs's).
    pub fn new() -> RetryBudget {
        RetryBudgetBuilder::default().build()
    }

    /// The default settings, to change before [`build`](RetryBudgetBuilder::build).
    pub fn builder() -> RetryBudgetBuilder {
        RetryBudgetBuilder::default()
    }

    /// The tokens in the bucket now (after any refill due).
    pub fn available(&self) -> u32 {
        self.refill(Instant::now());
        self.bucket.tokens.load(Ordering::Acquire)
    }

    /// The most tokens the bucket holds.
    pub fn capacity(&self) -> u32 {
        self.bucket.settings.capacity
    }

    /// The settings the bucket was built with.
    pub fn settings(&self) -> RetryBudgetBuilder {
        self.bucket.settings
    }

    /// What the bucket has granted, refused, taken and got back so far.
    pub fn stats(&self) -> BudgetStats {
        let bucket = &self.bucket;
        BudgetStats {
            granted: bucket.granted.load(Ordering::Relaxed),
            refused: bucket.refused.load(Ordering::Relaxed),
            taken: bucket.taken.load(Ordering::Relaxed),
            returned: bucket.returned.load(Ordering::Relaxed),
        }
    }

    /// What a retry after a failure costs: the transport cost when no HTTP response came
    /// back, else the retry cost.
    pub(super) fn cost(&self, transport: bool) -> u32 {
        let settings = &self.bucket.settings;
        if transport {
            settings.transport_cost
        } else {
            settings.retry_cost
        }
    }

    /// Takes `cost` tokens for a retry, or says what was missing.
    pub(super) fn take(&self, cost: u32) -> Result<(), Unpaid> {
        self.refill(Instant::now());
        let bucket = &self.bucket;
        match bucket
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| {
                tokens.checked_sub(cost)
            }) {
            Ok(_) => {
                bucket.granted.fetch_add(1, Ordering::Relaxed);
                bucket.taken.fetch_add(u64::from(cost), Ordering::Relaxed);
                Ok(())
            }
            Err(available) => {
                bucket.refused.fetch_add(1, Ordering::Relaxed);
                Err(Unpaid { cost, available })
            }
        }
    }

    /// Gives back what a call's last retry took, once the call succeeded; a call that
    /// succeeded at once (`0` taken) adds the success reward.
    pub(super) fn succeeded(&self, last_retry_cost: u32) {
        let tokens = match last_retry_cost {
            0 => self.bucket.settings.success_reward,
            cost => cost,
        };
        self.give(tokens);
    }

    /// Adds `tokens`, up to the capacity.
    fn give(&self, tokens: u32) {
        if tokens == 0 {
            return;
        }
        let bucket = &self.bucket;
        let capacity = bucket.settings.capacity;
        let before = bucket
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |now| {
                Some(now.saturating_add(tokens).min(capacity))
            })
            // The closure always returns `Some`.
            .unwrap_or_else(|now| now);
        let added = before
            .saturating_add(tokens)
            .min(capacity)
            .saturating_sub(before);
        bucket
            .returned
            .fetch_add(u64::from(added), Ordering::Relaxed);
    }

    /// Credits the refill ticks due at `now`: whoever moves the tick counter forward adds
    /// those ticks' tokens, so each tick is credited once whatever the threads.
    fn refill(&self, now: Instant) {
        let Some(period) = self.bucket.settings.refill_every else {
            return;
        };
        let elapsed = now.saturating_duration_since(self.bucket.born);
        let due = u64::try_from(elapsed.as_nanos() / period.as_nanos()).unwrap_or(u64::MAX);
        let ticks = &self.bucket.ticks;
        let mut credited = ticks.load(Ordering::Acquire);
        while credited < due {
            match ticks.compare_exchange_weak(credited, due, Ordering::AcqRel, Ordering::Acquire) {
                Ok(_) => {
                    self.give(u32::try_from(due - credited).unwrap_or(u32::MAX));
                    return;
                }
                Err(now_credited) => credited = now_credited,
            }
        }
    }
}

impl Default for RetryBudget {
    /// Same as [`RetryBudget::new`].
    fn default() -> RetryBudget {
        RetryBudget::new()
    }
}

impl PartialEq for RetryBudget {
    /// Whether both handles share one bucket.
    fn eq(&self, other: &RetryBudget) -> bool {
        Arc::ptr_eq(&self.bucket, &other.bucket)
    }
}

impl Eq for RetryBudget {}

impl fmt::Debug for RetryBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryBudget")
            .field("available", &self.bucket.tokens.load(Ordering::Relaxed))
            .field("settings", &self.bucket.settings)
            .finish()
    }
}

// Shared by every thread of a client.
const _: () = {
    const fn shared<T: Send + Sync + Clone>() {}
    shared::<RetryBudget>();
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_drain_the_bucket_until_one_cannot_be_paid() {
        let budget = RetryBudget::builder().capacity(12).build();
        assert_eq!(budget.take(5), Ok(()));
        assert_eq!(budget.take(5), Ok(()));
        assert_eq!(
            budget.take(5),
            Err(Unpaid {
                cost: 5,
                available: 2
            })
        );
        assert_eq!(budget.available(), 2);
        assert_eq!(
            budget.stats(),
            BudgetStats {
                granted: 2,
                refused: 1,
                taken: 10,
                returned: 0
            }
        );
    }

    #[test]
    fn transport_failures_cost_more() {
        let budget = RetryBudget::new();
        assert_eq!((budget.cost(false), budget.cost(true)), (5, 10));
        let cheap = RetryBudget::builder()
            .retry_cost(1)
            .transport_cost(2)
            .build();
        assert_eq!((cheap.cost(false), cheap.cost(true)), (1, 2));
    }

    #[test]
    fn a_success_gives_back_its_last_retry_or_the_reward_never_above_capacity() {
        let budget = RetryBudget::builder().capacity(20).build();
        budget.take(10).unwrap();
        budget.succeeded(10);
        assert_eq!(budget.available(), 20);
        budget.take(5).unwrap();
        budget.succeeded(0);
        assert_eq!(budget.available(), 16);
        for _ in 0..10 {
            budget.succeeded(0);
        }
        assert_eq!(budget.available(), 20);
        let stats = budget.stats();
        assert_eq!((stats.taken, stats.returned), (15, 15));
        let stingy = RetryBudget::builder().capacity(5).success_reward(0).build();
        stingy.take(5).unwrap();
        stingy.succeeded(0);
        assert_eq!(stingy.available(), 0);
    }

    #[test]
    fn a_drained_bucket_refills_only_when_asked_to() {
        let budget = RetryBudget::builder()
            .capacity(10)
            .refill_every(Duration::from_millis(100))
            .build();
        budget.take(10).unwrap();
        let born = budget.bucket.born;
        budget.refill(born + Duration::from_millis(350));
        assert_eq!(budget.bucket.tokens.load(Ordering::Acquire), 3);
        // The same instant again credits nothing more; an earlier one neither.
        budget.refill(born + Duration::from_millis(399));
        budget.refill(born + Duration::from_millis(10));
        assert_eq!(budget.bucket.tokens.load(Ordering::Acquire), 3);
        budget.refill(born + Duration::from_secs(3600));
        assert_eq!(budget.bucket.tokens.load(Ordering::Acquire), 10);

        let off = RetryBudget::builder()
            .capacity(10)
            .refill_every(Duration::ZERO)
            .build();
        off.take(10).unwrap();
        off.refill(off.bucket.born + Duration::from_secs(3600));
        assert_eq!(off.available(), 0);
    }

    #[test]
    fn clones_share_one_bucket_across_threads() {
        let budget = RetryBudget::builder().capacity(1_000).build();
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let budget = budget.clone();
                std::thread::spawn(move || (0..100).filter(|_| budget.take(3).is_ok()).count())
            })
            .collect();
        let granted: usize = threads.into_iter().map(|t| t.join().unwrap()).sum();
        // 1,000 tokens pay for 333 retries of 3, whatever the interleaving.
        assert_eq!(granted, 333);
        assert_eq!(budget.available(), 1);
        assert_eq!(budget.stats().refused, 800 - 333);
        assert_eq!(budget, budget.clone());
        assert_ne!(budget, RetryBudget::new());
    }
}
