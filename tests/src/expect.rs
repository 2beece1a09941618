//! What the response tests expect of one parsed body: an API error, or a malformed-response
//! error that says why and is safe to show.

use tc::{ApiError, MalformedReason, ResponseError};
use tc_error_catalogs::cbs::CbsError;

/// The API error that `body` is, parsed with the CBS catalog; panics on any other outcome.
pub fn api_error(body: &[u8]) -> ApiError<CbsError> {
    match tc::parse_response::<serde::de::IgnoredAny, CbsError>(body) {
        Err(ResponseError::Api(error)) => error,
        other => panic!("not an API error: {other:?}"),
    }
}

/// Checks that `result` is a malformed-response error for `reason` whose detail contains
/// `detail`, and that its text quotes the body short and with no control characters.
pub fn check_malformed<T: std::fmt::Debug, E: tc::ErrorCode>(
    name: &str,
    result: Result<T, ResponseError<E>>,
    reason: MalformedReason,
    detail: &str,
) {
    let error = match result {
        Err(ResponseError::Malformed(error)) => error,
        other => panic!("{name}: not malformed: {other:?}"),
    };
    assert_eq!(error.reason(), reason, "{name}: {error}");
    assert!(error.detail().contains(detail), "{name}: {error}");
    let shown = error.to_string();
    assert!(shown.starts_with("malformed response: "), "{name}: {shown}");
    assert!(
        error.body_prefix().chars().count() <= 65,
        "{name}: {}",
        error.body_prefix()
    );
    assert!(
        !error.body_prefix().chars().any(char::is_control),
        "{name}: {shown}"
    );
}
