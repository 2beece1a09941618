//! The randomness of the backoff: [`Jitter`], full jitter's uniform draw, and
//! [`JitterRng`], a random source that needs no dependency.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::time::Duration;

/// How the exponential backoff is randomised.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Jitter {
    /// A uniformly random delay between zero and the backoff ("full jitter"), so that clients
    /// throttled together do not come back together.
    Full,
    /// Exactly the backoff, as both Tencent SDKs wait.
    None,
}

/// A duration uniformly distributed in `[0, ceiling]`, from 64 random bits: `(ceiling + 1 ns)
/// × bits / 2^64`, computed exactly in two 64-bit halves since the product needs 159 bits.
pub(super) fn uniform_up_to(ceiling: Duration, bits: u64) -> Duration {
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
mod tests {
    use super::*;
    use crate::retry::test_support::SECOND;

    #[test]
    fn jitter_rng_is_repeatable_when_seeded_and_varies_otherwise() {
        let take = |mut rng: JitterRng| -> Vec<u64> { (0..8).map(|_| rng.next_u64()).collect() };
        assert_eq!(
            take(JitterRng::from_seed(42)),
            take(JitterRng::from_seed(42))
        );
        assert_ne!(
            take(JitterRng::from_seed(42)),
            take(JitterRng::from_seed(43))
        );
        assert_ne!(take(JitterRng::new()), take(JitterRng::default()));
    }

    #[test]
    fn jitter_rng_draws_cover_the_range() {
        // Full jitter from the seeded source lands in every tenth of [0, 1 s].
        let mut rng = JitterRng::from_seed(7);
        let mut seen = [false; 11];
        for _ in 0..1_000 {
            let delay = uniform_up_to(SECOND, rng.next_u64());
            assert!(delay <= SECOND);
            seen[(delay.as_millis() / 100) as usize] = true;
        }
        assert!(seen[..10].iter().all(|&hit| hit), "{seen:?}");
    }
}
