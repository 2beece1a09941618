//! Tests of the retry policy: each class retried as advised, the backoff, its cap and
//! `Retry-After`, and no policy exceeds its attempts or its delay cap.

use super::*;
use crate::retry::test_support::{bottom, delays, secs, top, unused, SECOND};
use crate::retry::{Decision, JitterRng, RetryAdvice, RetryBudget, Stop};

#[test]
fn default_retries_each_class_as_advised() {
    let policy = RetryPolicy::default();
    let throttled = Failure::api("RequestLimitExceeded", RetryAdvice::THROTTLED);
    let transient = Failure::api("ResourceInUse.DiskBusy", RetryAdvice::TRANSIENT);
    let internal = Failure::api("InternalError", RetryAdvice::SERVER_FAULT);
    let skew = Failure::api("AuthFailure.SignatureExpire", RetryAdvice::CLOCK_SKEW);
    let quota = Failure::api("LimitExceeded.Quota", RetryAdvice::NOT_RETRYABLE);

    for idempotent in [true, false] {
        assert_eq!(delays(&policy, throttled, idempotent), secs(&[1, 2, 4, 8]));
        assert_eq!(delays(&policy, transient, idempotent), secs(&[1, 2]));
        assert_eq!(delays(&policy, skew, idempotent), [Duration::ZERO; 2]);
        assert_eq!(delays(&policy, quota, idempotent), []);
    }
    assert_eq!(delays(&policy, internal, true), secs(&[1, 2]));
    assert_eq!(delays(&policy, internal, false), []);
}

#[test]
fn network_failures_follow_their_advice_under_the_default_rule() {
    let policy = RetryPolicy::default();
    let unsent = Failure::network(RetryAdvice::TRANSIENT);
    let lost = Failure::network(RetryAdvice::SERVER_FAULT);
    assert_eq!(delays(&policy, unsent, false), secs(&[1, 2]));
    assert_eq!(delays(&policy, lost, false), []);
    assert_eq!(delays(&policy, lost, true), secs(&[1, 2]));
}

#[test]
fn full_jitter_spans_zero_to_the_capped_backoff() {
    let policy = RetryPolicy::default();
    let failure = Failure::api("RequestLimitExceeded", RetryAdvice::THROTTLED);
    let policy = policy.max_throttled_attempts(10);
    for (attempts, ceiling) in [(1, 1), (2, 2), (3, 4), (4, 8), (5, 16), (6, 20), (9, 20)] {
        let high = policy.next_delay(attempts, &failure, false, &mut top());
        let low = policy.next_delay(attempts, &failure, false, &mut bottom());
        assert_eq!(
            high,
            Some(Duration::from_secs(ceiling)),
            "attempt {attempts}"
        );
        assert_eq!(low, Some(Duration::ZERO), "attempt {attempts}");
    }
    let middle = policy.next_delay(3, &failure, false, &mut || 1 << 63);
    assert_eq!(middle, Some(2 * SECOND));
}

#[test]
fn jitter_off_waits_the_backoff_itself() {
    let policy = RetryPolicy::default()
        .jitter(Jitter::None)
        .max_throttled_attempts(8);
    let failure = Failure::api("RequestLimitExceeded", RetryAdvice::THROTTLED);
    assert_eq!(
        delays(&policy, failure, false),
        secs(&[1, 2, 4, 8, 16, 20, 20])
    );
}

#[test]
fn retry_after_is_a_floor_clamped_to_the_cap() {
    let policy = RetryPolicy::default();
    let failure = Failure::api("RequestLimitExceeded", RetryAdvice::THROTTLED);
    let wait = |after: Duration, rng: &mut dyn FnMut() -> u64| {
        policy.next_delay(1, &failure.with_retry_after(after), false, &mut || rng())
    };
    // Above the jittered backoff: wins.
    assert_eq!(wait(3 * SECOND, &mut bottom()), Some(3 * SECOND));
    // Below it: the backoff wins.
    assert_eq!(wait(Duration::from_millis(200), &mut top()), Some(SECOND));
    // Larger than the cap: clamped.
    assert_eq!(wait(3600 * SECOND, &mut bottom()), Some(20 * SECOND));
    // Ignored when switched off.
    let deaf = policy.clone().honour_retry_after(false);
    let after = failure.with_retry_after(3 * SECOND);
    assert_eq!(
        deaf.next_delay(1, &after, false, &mut bottom()),
        Some(Duration::ZERO)
    );
    // Never turns a refusal into a retry, nor extends the attempts.
    let quota = Failure::api("LimitExceeded.Quota", RetryAdvice::NOT_RETRYABLE);
    assert_eq!(
        policy.next_delay(1, &quota.with_retry_after(SECOND), true, &mut top()),
        None
    );
    assert_eq!(
        policy.next_delay(5, &failure.with_retry_after(SECOND), true, &mut top()),
        None
    );
}

#[test]
fn clock_skew_retries_at_once_but_respects_retry_after() {
    let policy = RetryPolicy::default();
    let skew = Failure::api("AuthFailure.SignatureExpire", RetryAdvice::CLOCK_SKEW);
    assert_eq!(
        policy.next_delay(1, &skew, false, &mut top()),
        Some(Duration::ZERO)
    );
    let told = skew.with_retry_after(2 * SECOND);
    assert_eq!(
        policy.next_delay(1, &told, false, &mut top()),
        Some(2 * SECOND)
    );
}

#[test]
fn throttling_has_its_own_attempt_limit() {
    let policy = RetryPolicy::default()
        .max_attempts(2)
        .max_throttled_attempts(4);
    let throttled = Failure::api("RequestLimitExceeded", RetryAdvice::THROTTLED);
    let busy = Failure::api("ServiceUnavailable", RetryAdvice::TRANSIENT);
    assert_eq!(delays(&policy, throttled, false).len(), 3);
    assert_eq!(delays(&policy, busy, false).len(), 1);
    // The limit follows the latest failure: throttled at attempt 2 still goes on.
    let mut rng = top();
    assert!(policy.next_delay(1, &busy, false, &mut rng).is_some());
    assert!(policy.next_delay(2, &busy, false, &mut rng).is_none());
    assert!(policy.next_delay(2, &throttled, false, &mut rng).is_some());
    assert!(policy.next_delay(4, &throttled, false, &mut rng).is_none());
}

#[test]
fn zero_attempts_counts_as_one_and_limits_below_two_never_retry() {
    let failure = Failure::api("ServiceUnavailable", RetryAdvice::TRANSIENT);
    let policy = RetryPolicy::default().jitter(Jitter::None);
    assert_eq!(
        policy.next_delay(0, &failure, true, &mut unused()),
        Some(SECOND)
    );
    for limit in [0, 1] {
        let policy = policy.clone().max_attempts(limit);
        assert_eq!(policy.next_delay(0, &failure, true, &mut unused()), None);
        assert_eq!(policy.next_delay(1, &failure, true, &mut unused()), None);
    }
}

#[test]
fn huge_attempt_counts_and_caps_do_not_overflow() {
    let failure = Failure::api("RequestLimitExceeded", RetryAdvice::THROTTLED);
    let policy = RetryPolicy::default().max_throttled_attempts(u32::MAX);
    assert_eq!(
        policy.next_delay(u32::MAX - 1, &failure, false, &mut top()),
        Some(20 * SECOND)
    );
    let uncapped = policy.max_delay(Duration::MAX);
    let high = uncapped
        .next_delay(200, &failure, false, &mut top())
        .unwrap();
    assert!(high >= Duration::MAX - 2 * SECOND, "{high:?}");
    assert_eq!(
        uncapped.next_delay(200, &failure, false, &mut bottom()),
        Some(Duration::ZERO)
    );
    let exact = uncapped.jitter(Jitter::None);
    assert_eq!(
        exact.next_delay(200, &failure, false, &mut unused()),
        Some(Duration::MAX)
    );
}

/// Property: over many random policies and failure sequences, a retry is granted only
/// below the applicable attempt limit, the total never exceeds the larger limit, and no
/// delay exceeds the cap.
#[test]
fn never_exceeds_attempts_nor_cap() {
    let classes = [
        RetryAdvice::THROTTLED,
        RetryAdvice::TRANSIENT,
        RetryAdvice::SERVER_FAULT,
        RetryAdvice::CLOCK_SKEW,
        RetryAdvice::NOT_RETRYABLE,
    ];
    for seed in 0..2_000u64 {
        let mut rng = JitterRng::from_seed(seed);
        let mut pick = |n: u64| rng.next_u64() % n;
        let policy = RetryPolicy::default()
            .max_attempts(pick(6) as u32)
            .max_throttled_attempts(pick(9) as u32)
            .base_delay(Duration::from_millis(pick(3_000)))
            .max_delay(Duration::from_millis(pick(40_000)))
            .jitter(if pick(2) == 0 {
                Jitter::Full
            } else {
                Jitter::None
            })
            .honour_retry_after(pick(2) == 0);
        let idempotent = pick(2) == 0;
        let failures: Vec<Failure<'_>> = (0..64)
            .map(|_| {
                let failure = Failure::network(classes[pick(5) as usize]);
                match pick(3) {
                    0 => failure.with_retry_after(Duration::from_secs(pick(120))),
                    _ => failure,
                }
            })
            .collect();
        let ceiling = policy
            .max_attempts
            .max(policy.max_throttled_attempts)
            .max(1);
        let mut jitter = JitterRng::from_seed(seed ^ 0xa5a5);
        let mut attempts = 1;
        for failure in &failures {
            let Some(delay) =
                policy.next_delay(attempts, failure, idempotent, &mut || jitter.next_u64())
            else {
                break;
            };
            let limit = match failure.advice.class() {
                RetryClass::Throttled => policy.max_throttled_attempts,
                _ => policy.max_attempts,
            };
            assert!(
                attempts < limit,
                "seed {seed}: retry granted at {attempts} of {limit}"
            );
            assert!(
                delay <= policy.max_delay,
                "seed {seed}: {delay:?} > {:?}",
                policy.max_delay
            );
            attempts += 1;
        }
        assert!(
            attempts <= ceiling,
            "seed {seed}: {attempts} attempts, limit {ceiling}"
        );
    }
}

#[test]
fn an_idempotent_only_advice_is_kept_by_the_default_rule() {
    let gateway = Failure::http(502, RetryAdvice::for_status(502));
    let policy = RetryPolicy::default();
    assert_eq!(policy.next_delay(1, &gateway, false, &mut || 0), None);
    assert!(policy.next_delay(1, &gateway, true, &mut || 0).is_some());
}

#[test]
fn a_refusal_says_why() {
    let policy = RetryPolicy::default().max_attempts(2);
    let mut rng = top();
    let quota = Failure::api("LimitExceeded.Quota", RetryAdvice::NOT_RETRYABLE);
    let internal = Failure::api("InternalError", RetryAdvice::SERVER_FAULT);
    let busy = Failure::api("ServiceUnavailable", RetryAdvice::TRANSIENT);
    assert_eq!(
        policy.decide(1, &quota, true, &mut rng),
        Decision::Stop(Stop::NotRetryable)
    );
    assert_eq!(
        policy.decide(1, &internal, false, &mut rng),
        Decision::Stop(Stop::NotIdempotent)
    );
    assert_eq!(
        policy.decide(2, &busy, true, &mut rng),
        Decision::Stop(Stop::OutOfAttempts { limit: 2 })
    );
    assert_eq!(
        policy.decide(1, &busy, true, &mut rng),
        Decision::Retry(SECOND)
    );
}

#[test]
fn the_budget_pays_for_retries_and_refuses_what_it_cannot_pay() {
    let budget = RetryBudget::builder().capacity(15).build();
    let policy = RetryPolicy::default()
        .max_throttled_attempts(100)
        .budget(budget.clone());
    let throttled = Failure::api("RequestLimitExceeded", RetryAdvice::THROTTLED);
    let lost = Failure::network(RetryAdvice::TRANSIENT);
    let mut rng = bottom();
    // A transport failure costs 10, an answered one 5.
    assert!(policy.decide(1, &lost, true, &mut rng).delay().is_some());
    assert!(policy
        .decide(1, &throttled, true, &mut rng)
        .delay()
        .is_some());
    assert_eq!(budget.available(), 0);
    assert_eq!(
        policy.decide(2, &throttled, true, &mut rng),
        Decision::Stop(Stop::OutOfBudget {
            cost: 5,
            available: 0
        })
    );
    // A retry the policy refuses anyway takes nothing and is not counted as refused.
    let quota = Failure::api("LimitExceeded.Quota", RetryAdvice::NOT_RETRYABLE);
    assert_eq!(
        policy.decide(1, &quota, true, &mut rng),
        Decision::Stop(Stop::NotRetryable)
    );
    assert_eq!(budget.stats().refused, 1);
    // Clones of the policy share the bucket.
    assert_eq!(
        policy.clone().next_delay(1, &throttled, true, &mut rng),
        None
    );
}

#[test]
fn a_call_that_succeeds_gives_back_its_last_retry_only() {
    let budget = RetryBudget::builder().capacity(100).build();
    let policy = RetryPolicy::default()
        .max_attempts(10)
        .budget(budget.clone());
    let lost = Failure::network(RetryAdvice::TRANSIENT);
    let busy = Failure::api("ServiceUnavailable", RetryAdvice::TRANSIENT);
    let mut rng = bottom();

    let mut call = policy.attempts();
    assert!(call.failed(&lost, true, &mut rng).delay().is_some());
    assert!(call.failed(&busy, true, &mut rng).delay().is_some());
    assert_eq!((call.made(), budget.available()), (2, 85));
    // The transport retry's 10 stay spent; the last retry's 5 come back.
    call.succeeded();
    assert_eq!(budget.available(), 90);

    // A call that succeeds at once adds the reward; one that gives up returns nothing.
    policy.attempts().succeeded();
    assert_eq!(budget.available(), 91);
    let mut call = policy.attempts();
    let quota = Failure::api("LimitExceeded.Quota", RetryAdvice::NOT_RETRYABLE);
    assert!(call.failed(&busy, true, &mut rng).delay().is_some());
    assert!(call.failed(&quota, true, &mut rng).delay().is_none());
    drop(call);
    assert_eq!(budget.available(), 86);
}

#[test]
fn attempts_without_a_budget_only_count() {
    let policy = RetryPolicy::default().jitter(Jitter::None);
    let busy = Failure::api("ServiceUnavailable", RetryAdvice::TRANSIENT);
    let mut call = policy.attempts();
    let delays: Vec<Decision> = (0..3)
        .map(|_| call.failed(&busy, false, &mut unused()))
        .collect();
    assert_eq!(
        delays,
        [
            Decision::Retry(SECOND),
            Decision::Retry(2 * SECOND),
            Decision::Stop(Stop::OutOfAttempts { limit: 3 })
        ]
    );
    call.succeeded();
}
