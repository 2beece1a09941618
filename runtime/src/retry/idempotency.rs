//! Whether a request counts as idempotent, from its action: the input that
//! [`RetryAdvice::should_retry`](super::RetryAdvice::should_retry) takes.

/// The prefixes of the actions that only read, by Tencent's naming.
const READ_ONLY_PREFIXES: [&str; 7] = [
    "Describe", "Get", "List", "Query", "Inquiry", "Search", "Check",
];

/// Whether the action `action` only reads, by its name: `Describe*`, `Get*`, `List*`,
/// `Query*`, `Inquiry*`, `Search*` and `Check*`, the prefix being a whole word
/// (`DescribeInstances` reads; `Getaway` would not).
///
/// ```
/// use tc_errors::retry::is_read_only_action;
///
/// assert!(is_read_only_action("DescribeInstances"));
/// assert!(is_read_only_action("InquiryPriceRunInstances"));
/// assert!(!is_read_only_action("RunInstances"));
/// assert!(!is_read_only_action("Listen"));
/// ```
pub fn is_read_only_action(action: &str) -> bool {
    READ_ONLY_PREFIXES.iter().any(|prefix| {
        action
            .strip_prefix(prefix)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_lowercase()))
    })
}

/// Whether a request of `action` counts as idempotent, for
/// [`RetryAdvice::should_retry`](super::RetryAdvice::should_retry): a read-only action
/// ([`is_read_only_action`]), or any request sent with a `ClientToken` (Tencent runs a
/// token's request once, and rejects a token that an action does not take with
/// `UnknownParameter`). For an action a catalog declares,
/// [`Action::is_idempotent`](crate::Action::is_idempotent) says the same.
///
/// ```
/// use tc_errors::{Code, CommonError};
/// use tc_errors::retry::is_idempotent;
///
/// // `InternalError` may have taken effect: it is retried only for an idempotent request.
/// let advice = Code::<CommonError>::parse("InternalError").retry_advice();
/// assert!(advice.should_retry(is_idempotent("DescribeInstances", false)));
/// assert!(advice.should_retry(is_idempotent("RunInstances", true)));
/// assert!(!advice.should_retry(is_idempotent("RunInstances", false)));
/// ```
pub fn is_idempotent(action: &str, with_client_token: bool) -> bool {
    with_client_token || is_read_only_action(action)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_read_only_prefix_reads_as_a_whole_word() {
        for action in [
            "DescribeInstances",
            "GetObject",
            "ListClusters",
            "QueryTask",
            "InquiryPriceRunInstances",
            "SearchLog",
            "CheckDomain",
            "Describe",
            "Describe2Things",
        ] {
            assert!(is_read_only_action(action), "{action}");
        }
        for action in [
            "RunInstances",
            "CreateCluster",
            "Getaway",
            "Listen",
            "Checkout",
            "Queryx",
            "describeInstances",
            "ModifyDescribeSettings",
            "",
        ] {
            assert!(!is_read_only_action(action), "{action}");
        }
    }

    #[test]
    fn a_client_token_makes_any_request_idempotent() {
        assert!(is_idempotent("RunInstances", true));
        assert!(!is_idempotent("RunInstances", false));
        assert!(is_idempotent("DescribeInstances", false));
    }
}
