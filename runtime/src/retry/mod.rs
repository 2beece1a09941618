//! Retry decisions: [`RetryAdvice`] for one failed attempt, whether a request
//! [counts as idempotent](is_idempotent) by its action, a server's
//! [`Retry-After`](crate::RetryAfter), and a [`RetryPolicy`] that turns attempts and advice
//! into a delay (the caller sleeps, with any runtime). The room knows the error kinds and
//! nothing of responses: a response turns itself into a [`Failure`].

mod advice;
mod failure;
mod idempotency;
mod jitter;
// Before `policy`: rustdoc lists `RetryPolicy`'s inherent impls in the order it meets
// them, and the presets are where a reader starts.
mod presets;

mod policy;
pub(crate) mod retry_after;
mod rule;
#[cfg(test)]
mod test_support;

pub use advice::{RetryAdvice, RetryClass};
pub use failure::Failure;
pub use idempotency::{is_idempotent, is_read_only_action};
pub use jitter::{Jitter, JitterRng};
pub use policy::RetryPolicy;
pub use rule::Rule;
