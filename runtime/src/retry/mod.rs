//! Retry decisions: [`RetryAdvice`] for one failed attempt, a server's
//! [`Retry-After`](crate::RetryAfter), and a [`RetryPolicy`] that turns attempts and advice
//! into a delay (the caller sleeps, with any runtime). The room knows the error kinds and
//! nothing of responses: a response turns itself into a [`Failure`].

mod advice;
mod budget;
mod decision;
mod failure;
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
pub use budget::{BudgetStats, RetryBudget, RetryBudgetBuilder};
pub use decision::{Attempts, Decision, Stop};
pub use failure::Failure;
pub use jitter::{Jitter, JitterRng};
pub use policy::RetryPolicy;
pub use rule::Rule;
