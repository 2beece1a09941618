//! An HTTP response — status, headers, body — to the outcome of the call.

use super::error::ResponseError;
use super::header::Header;
use super::http_failure::HttpFailure;
use super::malformed::sanitized_prefix;
use super::v3::{parse_response, Success};
use crate::codes::error_code::ErrorCode;
use crate::retry::retry_after::RetryAfter;
use serde::Deserialize;

/// Parses a Tencent Cloud API 3.0 response from its HTTP status, headers and body.
///
/// The same outcomes as [`parse_response`], plus [`ResponseError::Http`] for a response
/// that is not the API's: a non-2xx status without an API error body, such as a gateway's
/// 502/503/504 page, a 429 or a 413. A body that carries an API error is that
/// [`ApiError`](crate::ApiError) whatever the status. The request id comes from the body
/// or, failing that, the `X-TC-RequestId` header. The header also replaces an error's
/// `RequestId` that is not a string (a number, whose text would be kept, or another
/// value, read as empty), and [`ApiError::lossy`](crate::ApiError::lossy) then no longer
/// names `RequestId`: the gateway's id is the real one. A success needs a string
/// `RequestId` or none, as for [`parse_response`]. An API error keeps the status and
/// `Retry-After` (seconds or an HTTP date), as [`HttpFailure`] does: a 429 or 503 whose
/// body is the API's error is still told to wait. The headers are any iterator of
/// [`Header`]s, such as pairs of strings by value or by reference; names match in any
/// case; the
/// first value counts.
///
/// ```
/// use tc_errors::{parse_http_response, CommonError, ResponseError, RetryClass};
///
/// let headers = [("Content-Type", "text/html"), ("Retry-After", "2")];
/// let page = b"<html><title>503 Service Temporarily Unavailable</title></html>";
/// match parse_http_response::<(), CommonError>(503, headers, page) {
///     Err(ResponseError::Http(failure)) => {
///         assert_eq!(failure.status(), 503);
///         assert_eq!(failure.retry_advice().class(), RetryClass::Transient);
///         assert_eq!(failure.retry_after().unwrap().delay(std::time::SystemTime::now()).as_secs(), 2);
///     }
///     other => panic!("{other:?}"),
/// }
/// ```
pub fn parse_http_response<'a, T, E>(
    status: u16,
    headers: impl IntoIterator<Item = impl Header>,
    body: &'a [u8],
) -> Result<Success<T>, ResponseError<E>>
where
    T: Deserialize<'a>,
    E: ErrorCode,
{
    // The body first: a success needs the headers only when its body lacks a request id,
    // so they are read only as far as the outcome needs.
    let outcome = parse_response::<T, E>(body);
    let success_status = (200..300).contains(&status);
    match outcome {
        Ok(mut success) if success_status => {
            if success.request_id.is_empty() {
                success.request_id = Headers::read(headers, Wanted::REQUEST_ID)
                    .request_id
                    .unwrap_or_default();
            }
            Ok(success)
        }
        Err(ResponseError::Api(error)) => {
            let wanted = Wanted {
                request_id: error.request_id().is_empty() || error.lossy().request_id(),
                content_type: false,
            };
            let headers = Headers::read(headers, wanted);
            // The header stands in for a request id the body lacks or gave as something
            // other than a string: the gateway's id is one, where `12` is only a guess.
            let error = match headers.request_id {
                Some(id) => error.with_request_id(&id, false),
                None => error,
            };
            let error = error.with_http_status(status);
            Err(ResponseError::Api(match headers.retry_after {
                Some(after) => error.with_retry_after(after),
                None => error,
            }))
        }
        Err(ResponseError::Malformed(malformed)) if success_status => {
            Err(ResponseError::Malformed(malformed))
        }
        // A non-2xx status whose body is not an API error: not the API's answer.
        _ => {
            let headers = Headers::read(headers, Wanted::ALL);
            Err(ResponseError::Http(HttpFailure {
                status,
                content_type: headers
                    .content_type
                    .map(|t| sanitized_prefix(t.as_bytes()).into()),
                excerpt: sanitized_prefix(body).into(),
                request_id: headers.request_id.map(Into::into),
                retry_after: headers.retry_after,
            }))
        }
    }
}

/// The `http` crate's response, read by [`parse_http_response`] (with the `http`
/// feature).
///
/// ```
/// use tc_errors::{parse_http, CommonError, ResponseError};
///
/// let response = http::Response::builder()
///     .status(502)
///     .header("Content-Type", "text/html")
///     .body(b"<html>502 Bad Gateway</html>".to_vec())
///     .unwrap();
/// let Err(ResponseError::Http(failure)) = parse_http::<(), CommonError>(&response) else {
///     unreachable!()
/// };
/// assert_eq!(failure.content_type(), Some("text/html"));
/// ```
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub fn parse_http<'a, T, E>(
    response: &'a http::Response<impl AsRef<[u8]>>,
) -> Result<Success<T>, ResponseError<E>>
where
    T: Deserialize<'a>,
    E: ErrorCode,
{
    parse_http_response(
        response.status().as_u16(),
        response.headers(),
        response.body().as_ref(),
    )
}

/// The headers the parser reads.
#[derive(Default)]
struct Headers {
    request_id: Option<String>,
    content_type: Option<String>,
    retry_after: Option<RetryAfter>,
}

/// Which of the headers that are kept as copies an outcome needs: an API error needs the
/// request id only when its body lacks one, and the content type never.
#[derive(Clone, Copy)]
struct Wanted {
    request_id: bool,
    content_type: bool,
}

impl Wanted {
    const REQUEST_ID: Wanted = Wanted {
        request_id: true,
        content_type: false,
    };
    const ALL: Wanted = Wanted {
        request_id: true,
        content_type: true,
    };
}

impl Headers {
    /// `Retry-After`, and the headers `wanted` names. A value is decoded only once its
    /// name is one of these: a value that is not UTF-8 counts as missing.
    fn read(headers: impl IntoIterator<Item = impl Header>, wanted: Wanted) -> Headers {
        let mut read = Headers::default();
        for header in headers {
            let name = header.name();
            let value = || std::str::from_utf8(header.value()).ok().map(str::trim);
            // Only the names wanted are compared.
            if name.eq_ignore_ascii_case("retry-after") {
                if read.retry_after.is_none() {
                    read.retry_after = value().and_then(RetryAfter::parse);
                }
            } else if wanted.request_id
                && read.request_id.is_none()
                && name.eq_ignore_ascii_case("x-tc-requestid")
            {
                read.request_id = value().filter(|id| !id.is_empty()).map(str::to_owned);
            } else if wanted.content_type
                && read.content_type.is_none()
                && name.eq_ignore_ascii_case("content-type")
            {
                read.content_type = value().map(str::to_owned);
            }
        }
        read
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::common::CommonError;
    use crate::retry::RetryClass;
    use std::time::Duration;

    type Outcome = Result<Success<()>, ResponseError<CommonError>>;

    fn parse(status: u16, headers: &[(&str, &str)], body: &str) -> Outcome {
        parse_http_response(status, headers.iter().copied(), body.as_bytes())
    }

    const ERROR: &str = r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Slow."},"RequestId":"r-1"}}"#;
    const NO_ID: &str = r#"{"Response":{"Error":{"Code":"InternalError","Message":"Oops."}}}"#;

    #[test]
    fn an_api_error_is_one_whatever_the_status() {
        for status in [200, 400, 429, 500, 503] {
            let Err(ResponseError::Api(error)) = parse(status, &[], ERROR) else {
                panic!("{status}");
            };
            assert!(error.is(CommonError::RequestLimitExceeded));
            assert_eq!(error.request_id(), "r-1");
        }
    }

    #[test]
    fn the_request_id_header_fills_in_for_the_body_in_any_case() {
        for name in ["X-TC-RequestId", "x-tc-requestid", "X-TC-REQUESTID"] {
            let Err(ResponseError::Api(error)) = parse(200, &[(name, "h-1")], NO_ID) else {
                panic!();
            };
            assert_eq!(error.request_id(), "h-1", "{name}");
        }
        // The body's id wins; the first header counts; an empty header does not.
        let Err(ResponseError::Api(error)) = parse(200, &[("X-TC-RequestId", "h")], ERROR) else {
            panic!();
        };
        assert_eq!(error.request_id(), "r-1");
        let headers = [
            ("X-TC-RequestId", ""),
            ("X-TC-RequestId", "h-2"),
            ("X-TC-RequestId", "h-3"),
        ];
        let Ok(success) = parse(200, &headers, r#"{"Response":{}}"#) else {
            panic!();
        };
        assert_eq!(success.request_id, "h-2");
    }

    #[test]
    fn a_gateway_page_is_an_http_failure_with_its_details() {
        let page = "<html>\r\n<title>502 Bad Gateway</title>\u{1b}[2J</html>";
        let headers = [("content-type", "text/html"), ("X-TC-RequestId", "h-9")];
        let Err(ResponseError::Http(failure)) = parse(502, &headers, page) else {
            panic!();
        };
        assert_eq!(failure.status(), 502);
        assert_eq!(failure.content_type(), Some("text/html"));
        assert_eq!(failure.request_id(), Some("h-9"));
        assert!(
            failure.excerpt().starts_with("<html>\\r\\n<title>502"),
            "{}",
            failure.excerpt()
        );
        assert!(!failure.excerpt().contains('\u{1b}'));
        assert_eq!(failure.retry_advice().class(), RetryClass::Transient);
        assert!(failure.retry_advice().requires_idempotent());
        assert!(failure
            .to_string()
            .starts_with("HTTP 502 without an API response (text/html)"));
    }

    #[test]
    fn every_status_class_has_its_outcome() {
        let body = "not the API";
        for (status, expect_http) in [
            (200, false),
            (204, false),
            (301, true),
            (404, true),
            (413, true),
            (429, true),
            (500, true),
            (503, true),
            (504, true),
        ] {
            let outcome = parse(status, &[], body);
            match outcome {
                Err(ResponseError::Http(failure)) => {
                    assert!(expect_http, "{status}");
                    assert_eq!(failure.status(), status);
                }
                Err(ResponseError::Malformed(_)) => assert!(!expect_http, "{status}"),
                other => panic!("{status}: {other:?}"),
            }
        }
        // A success-shaped body with an error status is not taken for a success.
        assert!(matches!(
            parse(500, &[], r#"{"Response":{"RequestId":"r"}}"#),
            Err(ResponseError::Http(_))
        ));
    }

    #[test]
    fn a_retry_after_header_is_kept_on_the_failure() {
        let Err(ResponseError::Http(failure)) = parse(429, &[("Retry-After", "3")], "slow down")
        else {
            panic!();
        };
        assert_eq!(
            failure.retry_after(),
            Some(RetryAfter::Delay(Duration::from_secs(3)))
        );
        assert_eq!(failure.retry_advice().class(), RetryClass::Throttled);
    }

    #[test]
    fn headers_that_are_not_utf8_are_ignored() {
        let headers: [(&str, &[u8]); 1] = [("X-TC-RequestId", b"\xff\xfe")];
        let outcome: Outcome = parse_http_response(200, headers, NO_ID.as_bytes());
        let Err(ResponseError::Api(error)) = outcome else {
            panic!();
        };
        assert_eq!(error.request_id(), "");
    }

    #[test]
    fn an_api_error_keeps_the_status_and_retry_after() {
        let headers = [("Retry-After", "1"), ("X-TC-RequestId", "h")];
        let Err(ResponseError::Api(error)) = parse(429, &headers, ERROR) else {
            panic!();
        };
        assert_eq!(error.http_status(), Some(429));
        assert_eq!(
            error.retry_after(),
            Some(RetryAfter::Delay(Duration::from_secs(1)))
        );
        assert_eq!(error.request_id(), "r-1");
        let failure = error.failure();
        assert_eq!(
            (failure.http_status(), failure.retry_after()),
            (Some(429), Some(Duration::from_secs(1)))
        );
        let Err(ResponseError::Api(error)) = parse(200, &[], NO_ID) else {
            panic!();
        };
        assert_eq!(
            (error.http_status(), error.retry_after()),
            (Some(200), None)
        );
    }

    #[test]
    fn every_outcome_turns_itself_into_a_failure() {
        let Err(gateway) = parse(502, &[("Retry-After", "4")], "<html>") else {
            panic!();
        };
        let failure = crate::retry::Failure::from(&gateway);
        assert_eq!(failure.http_status(), Some(502));
        assert_eq!(failure.retry_after(), Some(Duration::from_secs(4)));
        assert!(failure.advice().requires_idempotent());
        let Err(malformed) = parse(200, &[], "<html>") else {
            panic!();
        };
        let failure = malformed.failure();
        assert_eq!(failure.advice(), malformed.retry_advice());
        assert_eq!((failure.code(), failure.http_status()), (None, None));
        assert!(!failure.is_transport());
    }
}
