//! What the `http` and `go_sdk` fuzz targets (`fuzz/`) check of one input, here so that
//! `tests/fuzz_regressions.rs` replays their findings with the very same checks.

use serde::de::IgnoredAny;
use serde_json::Value;
use tc::{ApiError, ResponseError, RetryAfter};
use tc_error_catalogs::cbs::CbsError;
use tc_errors_importer::go_sdk::{read_go_errors, GoSdkErrorReason};

/// An HTTP response as the `http` target reads its input, in the shape of a raw HTTP/1.1
/// response so that seeds are written by hand: a first line that holds the status, header
/// lines `Name: value` up to an empty line, then the body. Lines end with `\n` or `\r\n`.
#[derive(Debug)]
pub struct RawResponse<'a> {
    /// The first run of digits of the first line, after `HTTP/…` when it starts so; it
    /// wraps past `u16::MAX` (so that every `u16` can be written) and is 200 when the
    /// line has no digit.
    pub status: u16,
    /// Each line up to the empty one: the name before the first `:` (lossy UTF-8, as a
    /// client's header map would refuse what is not), the value after it as bytes; a
    /// line without `:` is a name with an empty value.
    pub headers: Vec<(String, &'a [u8])>,
    /// What follows the empty line (nothing when there is none).
    pub body: &'a [u8],
}

impl<'a> RawResponse<'a> {
    /// Splits `input` (see the type's docs); any bytes are some response.
    pub fn split(input: &'a [u8]) -> RawResponse<'a> {
        let (first, mut rest) = split_line(input);
        let mut headers = Vec::new();
        while !rest.is_empty() {
            let (line, after) = split_line(rest);
            rest = after;
            if line.is_empty() {
                break;
            }
            let (name, value) = match line.iter().position(|&b| b == b':') {
                Some(at) => (&line[..at], &line[at + 1..]),
                None => (line, &[][..]),
            };
            headers.push((String::from_utf8_lossy(name).into_owned(), value));
        }
        RawResponse {
            status: status_of(first),
            headers,
            body: rest,
        }
    }

    /// The values of the headers named `name` in any case that are UTF-8, trimmed.
    fn values(&self, name: &str) -> impl Iterator<Item = &str> + '_ {
        let name = name.to_owned();
        self.headers
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(&name))
            .filter_map(|(_, value)| std::str::from_utf8(value).ok())
            .map(str::trim)
    }
}

/// The line `bytes` starts with, without its `\n` or `\r\n`, and what follows it.
fn split_line(bytes: &[u8]) -> (&[u8], &[u8]) {
    let (line, rest) = match bytes.iter().position(|&b| b == b'\n') {
        Some(at) => (&bytes[..at], &bytes[at + 1..]),
        None => (bytes, &[][..]),
    };
    (line.strip_suffix(b"\r").unwrap_or(line), rest)
}

/// See [`RawResponse::status`].
fn status_of(line: &[u8]) -> u16 {
    let line = match line.strip_prefix(b"HTTP/") {
        Some(version) => match version.iter().position(|&b| b == b' ') {
            Some(at) => &version[at..],
            None => &[][..],
        },
        None => line,
    };
    let digits: Vec<u8> = line
        .iter()
        .skip_while(|b| !b.is_ascii_digit())
        .take_while(|b| b.is_ascii_digit())
        .map(|b| b - b'0')
        .collect();
    if digits.is_empty() {
        return 200;
    }
    digits
        .into_iter()
        .fold(0u16, |n, d| n.wrapping_mul(10).wrapping_add(u16::from(d)))
}

/// The `http` target's checks of one input, split by [`RawResponse::split`] and given to
/// `parse_http_response`: no panic; a body that carries a `Response.Error` (by
/// serde_json's reading) is never a success; the outcome is the body's own
/// (`parse_response`) for a success status or an API error, and an HTTP failure with the
/// status otherwise; the first non-empty UTF-8 `X-TC-RequestId` header is the request id
/// only when the body has none (or gave one that is not a string); what the outcome
/// shows is free of control characters, and it serializes.
pub fn check_http_response(input: &[u8]) {
    let raw = RawResponse::split(input);
    let headers = raw
        .headers
        .iter()
        .map(|(name, value)| (name.as_str(), *value));
    let outcome = tc::parse_http_response::<IgnoredAny, CbsError>(raw.status, headers, raw.body);
    let body = tc::parse_response::<IgnoredAny, CbsError>(raw.body);
    let header_id = raw.values("X-TC-RequestId").find(|id| !id.is_empty());
    let success_status = (200..300).contains(&raw.status);

    if let Ok(json) = serde_json::from_slice::<Value>(raw.body) {
        if json["Response"].get("Error").is_some() {
            assert!(
                outcome.is_err(),
                "an error body taken for a success: {raw:?}"
            );
        }
    }
    match (&outcome, body) {
        (Ok(success), Ok(body)) => {
            assert!(success_status, "a success with status {}", raw.status);
            let expected = match (body.request_id.as_str(), header_id) {
                ("", Some(header)) => header,
                (body, _) => body,
            };
            assert_eq!(success.request_id, expected, "{raw:?}");
        }
        (Err(ResponseError::Api(error)), Err(ResponseError::Api(body))) => {
            check_request_id(error, &body, header_id);
        }
        (Err(ResponseError::Malformed(error)), Err(ResponseError::Malformed(body))) => {
            assert!(success_status, "{error} with status {}", raw.status);
            assert_eq!(error, &body);
        }
        (Err(ResponseError::Http(failure)), body) => {
            assert!(!success_status, "{failure} with status {}", raw.status);
            assert!(!matches!(body, Err(ResponseError::Api(_))), "{body:?}");
            assert_eq!(failure.status(), raw.status);
            assert_eq!(failure.request_id(), header_id);
            let retry_after = raw.values("Retry-After").find_map(RetryAfter::parse);
            assert_eq!(failure.retry_after(), retry_after);
            let shown = failure.to_string();
            assert!(!shown.chars().any(char::is_control), "{shown:?}");
        }
        (outcome, body) => panic!("{outcome:?} from a body that alone gives {body:?}"),
    }
    serde_json::to_string(&outcome.err()).expect("an outcome serializes");
}

/// Checks the API error `error` that `parse_http_response` gave against `body`, what
/// `parse_response` made of the body alone: the same error, but for the header's request
/// id when the body has none that is text.
fn check_request_id(error: &ApiError<CbsError>, body: &ApiError<CbsError>, header: Option<&str>) {
    assert_eq!(error.code(), body.code());
    assert_eq!(error.message(), body.message());
    assert_eq!(error.lossy().message(), body.lossy().message());
    let body_has_id = !body.request_id().is_empty() && !body.lossy().request_id();
    match header.filter(|_| !body_has_id) {
        Some(header) => {
            assert_eq!(error.request_id(), header);
            assert!(!error.lossy().request_id(), "{error:?}");
        }
        None => {
            assert_eq!(error.request_id(), body.request_id());
            assert_eq!(error.lossy(), body.lossy());
        }
    }
}

/// The `go_sdk` target's checks of one input given to `read_go_errors`: no panic; an
/// error's line is one of the input's (lines end at `\n`; an empty input has one) and
/// holds what the error quotes of it; every code read is made of ASCII letters, digits,
/// `.` and `_`, read once, on the line it gives, written there between quotes, and its
/// description (if any) is trimmed and not empty.
pub fn check_go_errors(input: &[u8]) {
    let line_count = input.split(|&b| b == b'\n').count();
    let text = String::from_utf8_lossy(input);
    let line = |number: usize| text.split('\n').nth(number - 1).unwrap_or_default();
    match read_go_errors(input) {
        Ok(table) => {
            let mut seen = std::collections::HashSet::new();
            for code in &table.codes {
                assert!((1..=line_count).contains(&code.line), "{code:?}");
                let quoted = format!("\"{}\"", code.code);
                assert!(line(code.line).contains(&quoted), "{code:?}");
                let allowed = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '_';
                assert!(
                    !code.code.is_empty() && code.code.chars().all(allowed),
                    "{code:?}"
                );
                assert!(seen.insert(code.code.as_str()), "{code:?} read twice");
                if let Some(description) = &code.text {
                    assert!(!description.is_empty() && description.trim() == description);
                }
            }
        }
        Err(error) => {
            assert!(
                (1..=line_count).contains(&error.line),
                "{error} in {line_count} lines"
            );
            let quoted = match &error.reason {
                GoSdkErrorReason::MissingComment { code }
                | GoSdkErrorReason::BadCode { code }
                | GoSdkErrorReason::DuplicateCode { code, .. } => Some(format!("\"{code}\"")),
                GoSdkErrorReason::BadLine { text } => Some(text.clone()),
                _ => None,
            };
            if let Some(quoted) = quoted {
                assert!(line(error.line).contains(&quoted), "{error}");
            }
            if let GoSdkErrorReason::DuplicateCode { first_line, .. } = error.reason {
                assert!(first_line < error.line, "{error}");
            }
            // Display quotes the input: it must not panic whatever it holds.
            let _ = error.to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_input_splits_as_a_raw_http_response() {
        let raw = RawResponse::split(b"HTTP/1.1 429 Too Many\r\nRetry-After: 3\r\nX\n\r\nslow\r\n");
        assert_eq!(raw.status, 429);
        let headers: Vec<_> = raw.headers.iter().map(|(n, v)| (n.as_str(), *v)).collect();
        assert_eq!(headers, [("Retry-After", &b" 3"[..]), ("X", b"")]);
        assert_eq!(raw.body, b"slow\r\n");
        assert_eq!(raw.values("retry-after").collect::<Vec<_>>(), ["3"]);
    }

    #[test]
    fn any_status_can_be_written() {
        for (line, status) in [
            (&b"502"[..], 502),
            (b"HTTP/2 0", 0),
            (b"HTTP/1.1", 200),
            (b"status 65535!", 65535),
            (b"65536", 0),
            (b"no digits", 200),
        ] {
            let raw = RawResponse::split(line);
            assert_eq!(raw.status, status, "{line:?}");
            assert!(raw.headers.is_empty() && raw.body.is_empty());
        }
    }
}
