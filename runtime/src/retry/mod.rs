//! Retry decisions: [`RetryAdvice`] for one failed attempt, and a [`RetryPolicy`] that
//! turns attempts and advice into a delay (the caller sleeps, with any runtime).

mod advice;
mod policy;

pub use advice::{RetryAdvice, RetryClass};
pub use policy::{Failure, Jitter, JitterRng, RetryPolicy, Rule};
