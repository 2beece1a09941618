//! Retry decisions: [`RetryAdvice`] for one failed attempt, whether a request
//! [counts as idempotent](is_idempotent) by its action, a failure before any response
//! ([`Transport`]), a server's [`Retry-After`](crate::RetryAfter), a [`RetryBudget`] that
//! many requests share, and a [`RetryPolicy`] that turns attempts and advice into a delay
//! or a reason to stop (the caller sleeps, with any runtime). The room knows the error
//! kinds and nothing of responses: a response turns itself into a [`Failure`].

mod advice;
mod budget;
mod decision;
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
mod transport;

pub use advice::RetryAdvice;
pub use budget::{BudgetStats, RetryBudget, RetryBudgetBuilder};
pub use decision::{Attempts, Decision, Stop};
pub use failure::Failure;
pub use idempotency::{is_idempotent, is_read_only_action};
pub use jitter::{Jitter, JitterRng};
pub use policy::RetryPolicy;
pub use rule::Rule;
pub use tc_errors_internals::retry::{RetryClass, Verdict};
pub use transport::Transport;
