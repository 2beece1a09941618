//! What the retry tests share: random bits that pin full jitter, and the delays a policy
//! grants in a row.

use super::{Failure, RetryPolicy};
use std::time::Duration;

pub(super) const SECOND: Duration = Duration::from_secs(1);

/// Random bits that make full jitter choose its ceiling.
pub(super) fn top() -> impl FnMut() -> u64 {
    || u64::MAX
}

/// Random bits that make full jitter choose zero.
pub(super) fn bottom() -> impl FnMut() -> u64 {
    || 0
}

/// A source for policies that never jitter.
pub(super) fn unused() -> impl FnMut() -> u64 {
    || panic!("a policy without jitter drew random bits")
}

/// The delays a policy grants in a row for the same failure, until it stops.
pub(super) fn delays(
    policy: &RetryPolicy,
    failure: Failure<'_>,
    idempotent: bool,
) -> Vec<Duration> {
    let mut rng = top();
    (1..)
        .map_while(|attempts| policy.next_delay(attempts, &failure, idempotent, &mut rng))
        .take(100)
        .collect()
}

pub(super) fn secs(list: &[u64]) -> Vec<Duration> {
    list.iter().map(|&s| Duration::from_secs(s)).collect()
}
