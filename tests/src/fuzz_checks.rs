//! What the `http`, `go_sdk`, `go_sdk_actions`, `sdk_names` and `sdk_log` fuzz targets
//! (`fuzz/`) check of one input, here so that `tests/fuzz_regressions.rs` replays their
//! findings with the very same checks.

use serde::de::IgnoredAny;
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;
use tc::{ApiError, MalformedReason, ResponseError, RetryAfter};
use tc_error_catalogs::cbs::CbsError;
use tc_errors_importer::go_sdk::{
    self, read_actions, read_go_client, read_go_errors, read_go_models, write_actions, GoSdkError,
    GoSdkErrorReason, GoTable, SdkError,
};

/// The CLI's reader of a raw HTTP response (`tc-errors parse --http`), the very file, so
/// that the `http` target and the replay of its findings read input as the command does.
#[path = "../../cli/src/parse/http_input.rs"]
pub mod http_input;

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

/// The `http` target's checks of one input, read three ways:
///
/// - split by [`RawResponse::split`], which makes some response of any bytes, and given
///   to `parse_http_response` ([`check_outcome`]);
/// - read by the CLI's reader of raw responses (`parse --http`, [`http_input`]): an
///   answer or an error that names a line of the input, never a panic; what it reads is
///   checked as above ([`check_raw_reader`]);
/// - taken as the choices and the body of a transcript such as curl prints (interim
///   responses, a proxy's block, redirects and challenges before the last response, a
///   chunked body), which the reader must read back exactly ([`check_transcript`]).
pub fn check_http_response(input: &[u8]) {
    let raw = RawResponse::split(input);
    check_outcome(raw.status, &raw.headers, raw.body);
    check_raw_reader(input);
    check_transcript(input);
}

/// What `parse_http_response` gives for `status`, `headers` and `body`: no panic; a body
/// that carries a `Response.Error` (by serde_json's reading) is never a success; the
/// outcome is the body's own (`parse_response`) for a success status or an API error, and
/// an HTTP failure with the status otherwise; the first non-empty UTF-8 `X-TC-RequestId`
/// header is the request id only when the body has none (or gave one that is not a
/// string); an API error or an HTTP failure keeps the status and the first readable
/// `Retry-After`; what the outcome shows is free of control characters, and it serializes.
pub fn check_outcome<N: AsRef<str> + fmt::Debug>(status: u16, headers: &[(N, &[u8])], body: &[u8]) {
    let pairs = headers.iter().map(|(name, value)| (name.as_ref(), *value));
    let outcome = tc::parse_http_response::<IgnoredAny, CbsError>(status, pairs, body);
    let alone = tc::parse_response::<IgnoredAny, CbsError>(body);
    let header_id = values(headers, "X-TC-RequestId").find(|id| !id.is_empty());
    let success_status = (200..300).contains(&status);
    let retry_after = values(headers, "Retry-After").find_map(RetryAfter::parse);
    let shown = || format!("{status} {headers:?} {}", String::from_utf8_lossy(body));

    if let Ok(json) = serde_json::from_slice::<Value>(body) {
        if json["Response"].get("Error").is_some() {
            assert!(
                outcome.is_err(),
                "an error body taken for a success: {}",
                shown()
            );
        }
    }
    match (&outcome, alone) {
        (Ok(success), Ok(alone)) => {
            assert!(success_status, "a success with status {status}");
            let expected = match (alone.request_id.as_str(), header_id) {
                ("", Some(header)) => header,
                (alone, _) => alone,
            };
            assert_eq!(success.request_id, expected, "{}", shown());
        }
        (Err(ResponseError::Api(error)), Err(ResponseError::Api(alone))) => {
            check_request_id(error, &alone, header_id);
            assert_eq!(
                error.http_status(),
                Some(status).filter(|&status| status != 0)
            );
            assert_eq!(error.retry_after(), retry_after);
        }
        (Err(ResponseError::Malformed(error)), Err(ResponseError::Malformed(alone))) => {
            assert!(success_status, "{error} with status {status}");
            assert_eq!(error, &alone);
        }
        (Err(ResponseError::Http(failure)), alone) => {
            assert!(!success_status, "{failure} with status {status}");
            assert!(!matches!(alone, Err(ResponseError::Api(_))), "{alone:?}");
            assert_eq!(failure.status(), status);
            assert_eq!(failure.request_id(), header_id);
            assert_eq!(failure.retry_after(), retry_after);
            let shown = failure.to_string();
            assert!(!shown.chars().any(char::is_control), "{shown:?}");
        }
        (outcome, alone) => panic!("{outcome:?} from a body that alone gives {alone:?}"),
    }
    serde_json::to_string(&outcome.err()).expect("an outcome serializes");
}

/// The values of the headers named `name` in any case that are UTF-8, trimmed.
fn values<'a, N: AsRef<str>>(
    headers: &'a [(N, &'a [u8])],
    name: &'a str,
) -> impl Iterator<Item = &'a str> + 'a {
    headers
        .iter()
        .filter(move |(n, _)| n.as_ref().eq_ignore_ascii_case(name))
        .filter_map(|(_, value)| std::str::from_utf8(value).ok())
        .map(str::trim)
}

/// The CLI's reading of `input` as a raw response: a status that is neither interim nor
/// out of range; headers whose names are HTTP tokens and whose values are trimmed of the
/// white space HTTP allows around them (SP, HTAB; a CR within stays) and hold no LF; a
/// body no longer than the input, the input's end unless it was decoded from chunks; and
/// that reading's outcome by [`check_outcome`]. Or an error that names a line of the
/// input (or the one after its last), free of control characters.
pub fn check_raw_reader(input: &[u8]) {
    match http_input::split_response(input) {
        Ok(response) => {
            assert!((200..=999).contains(&response.status), "{response:?}");
            let headers: Vec<(&str, &[u8])> = response.headers.pairs().collect();
            for &(name, value) in &headers {
                let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
                assert!(!name.is_empty() && name.bytes().all(token), "{name:?}");
                let blank = |b: &u8| matches!(b, b' ' | b'\t');
                assert!(!value.first().is_some_and(blank), "{name}");
                assert!(!value.last().is_some_and(blank), "{name}");
                assert!(!value.contains(&b'\n'), "{name}");
            }
            assert!(response.body.len() <= input.len());
            if let Cow::Borrowed(body) = response.body {
                assert!(input.ends_with(body));
            }
            check_outcome(response.status, &headers, &response.body);
        }
        Err(error) => {
            let shown = error.to_string();
            let line: usize = shown
                .strip_prefix("line ")
                .and_then(|rest| rest.split(':').next())
                .and_then(|number| number.parse().ok())
                .unwrap_or_else(|| panic!("{shown:?}"));
            let lines = input.split(|&b| b == b'\n').count();
            assert!((1..=lines + 1).contains(&line), "{shown} in {lines} lines");
            assert!(!shown.chars().any(char::is_control), "{shown:?}");
        }
    }
}

/// Heads curl prints before the response it ends with.
const BEFORE: [&[u8]; 5] = [
    b"HTTP/1.1 100 Continue\r\n\r\n",
    b"HTTP/1.1 200 Connection established\r\n\r\n",
    b"HTTP/1.0 200 Connection established\r\nProxy-agent: fuzz\r\n\r\n",
    b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://cvm.tencentcloudapi.com/\r\nContent-Length: 162\r\n\r\n",
    b"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"api\"\r\n\r\n",
];

/// Statuses of the last response.
const STATUSES: [u16; 6] = [200, 400, 429, 500, 502, 503];

/// A transcript made of `input`'s choices, and the reader's reading of it: its first bytes
/// choose up to three heads of `BEFORE`, the last response's status, whether its body is
/// sent chunked, the line ends, the chunks' sizes and extensions, and a trailer; the rest
/// is the body. The reader must give that status, the last response's headers and that
/// body exactly, unless the body, sent as it is, starts with `HTTP/` (a status line
/// there starts the next response, by the reader's rule).
pub fn check_transcript(input: &[u8]) {
    let Some((&choice, rest)) = input.split_first() else {
        return;
    };
    let (&sizes, body) = rest.split_first().unwrap_or((&0, &[]));
    let crlf: &[u8] = if choice & 0x40 == 0 { b"\r\n" } else { b"\n" };
    let mut transcript = Vec::new();
    for at in 0..usize::from(choice & 3) {
        transcript.extend_from_slice(BEFORE[(usize::from(choice >> 2) + at) % BEFORE.len()]);
    }
    let status = STATUSES[usize::from(choice >> 3) % STATUSES.len()];
    let chunked = choice & 0x80 != 0;
    transcript.extend_from_slice(format!("HTTP/1.1 {status} Reason").as_bytes());
    transcript.extend_from_slice(crlf);
    transcript.extend_from_slice(b"X-TC-RequestId: fuzz-1");
    transcript.extend_from_slice(crlf);
    if chunked {
        transcript.extend_from_slice(b"Transfer-Encoding: chunked");
        transcript.extend_from_slice(crlf);
    }
    transcript.extend_from_slice(crlf);
    if chunked {
        // Chunks of 1 to 16 bytes, the size in upper or lower case, some with an extension.
        for (at, chunk) in body.chunks(usize::from(sizes & 15) + 1).enumerate() {
            let size = if at % 2 == 0 {
                format!("{:x}", chunk.len())
            } else {
                format!("{:X}", chunk.len())
            };
            transcript.extend_from_slice(size.as_bytes());
            if sizes & 0x10 != 0 {
                transcript.extend_from_slice(b" ;ext=\"v\"");
            }
            transcript.extend_from_slice(crlf);
            transcript.extend_from_slice(chunk);
            transcript.extend_from_slice(crlf);
        }
        transcript.extend_from_slice(b"0");
        transcript.extend_from_slice(crlf);
        if sizes & 0x20 != 0 {
            transcript.extend_from_slice(b"X-Trailer: t");
            transcript.extend_from_slice(crlf);
        }
        transcript.extend_from_slice(crlf);
    } else {
        transcript.extend_from_slice(body);
    }
    check_raw_reader(&transcript);
    if !chunked && body.starts_with(b"HTTP/") {
        return;
    }
    let response = http_input::split_response(&transcript)
        .unwrap_or_else(|error| panic!("{error}: {:?}", String::from_utf8_lossy(&transcript)));
    assert_eq!(response.status, status);
    let headers: Vec<(&str, &[u8])> = response.headers.pairs().collect();
    let mut expected = vec![("X-TC-RequestId", &b"fuzz-1"[..])];
    if chunked {
        expected.push(("Transfer-Encoding", b"chunked"));
    }
    assert_eq!(headers, expected);
    assert_eq!(&*response.body, body);
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
                assert!(is_code_shaped(&code.code), "{code:?}");
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

/// The `sdk_log` target's checks of one input. As a line: no panic; an error read has a
/// non-empty code; a line refused is `NotAnSdkLine` with a printable detail. As fields
/// (the input split in three at NUL: code, message, request id) that the formats can
/// hold: the Go, Python and Java lines that write them read back into the very error a
/// response body with those fields gives.
pub fn check_sdk_log_line(input: &[u8]) {
    let Ok(text) = std::str::from_utf8(input) else {
        return;
    };
    match tc::parse_sdk_log_line::<CbsError>(text) {
        Ok(error) => assert!(!error.code().as_str().is_empty(), "{text:?}"),
        Err(refused) => {
            assert_eq!(refused.reason(), MalformedReason::NotAnSdkLine, "{text:?}");
            let shown = refused.to_string();
            assert!(!shown.chars().any(char::is_control), "{shown:?}");
        }
    }
    let mut fields = text.splitn(3, '\0');
    let (Some(code), Some(message), Some(request_id)) =
        (fields.next(), fields.next(), fields.next())
    else {
        return;
    };
    if !sdk_line_can_hold(code, message, request_id) {
        return;
    }
    let body = serde_json::json!({
        "Response": {"Error": {"Code": code, "Message": message}, "RequestId": request_id}
    });
    let Err(ResponseError::Api(expected)) =
        tc::parse_response::<IgnoredAny, CbsError>(body.to_string().as_bytes())
    else {
        panic!("{body} is not an API error");
    };
    let go = match request_id {
        "" => format!("[TencentCloudSDKError] Code={code}, Message={message}"),
        id => format!("[TencentCloudSDKError] Code={code}, Message={message}, RequestId={id}"),
    };
    let absent = |none: &'static str| {
        if request_id.is_empty() {
            none
        } else {
            request_id
        }
    };
    let python = format!(
        "[TencentCloudSDKException] code:{code} message:{message} requestId:{}",
        absent("None")
    );
    let java = format!(
        "[TencentCloudSDKException]code: {code} message:{message} requestId:{}",
        absent("null")
    );
    for line in [go, python, java] {
        let read = tc::parse_sdk_log_line::<CbsError>(&line)
            .unwrap_or_else(|error| panic!("{line:?}: {error}"));
        assert_eq!(read, expected, "{line:?}");
    }
}

/// Whether the SDKs' lines hold these fields unambiguously: a code of the API's
/// characters (not the `None` or `null` of an absent one), a request id without white
/// space, and a message without a separator that the reader splits at, and without white
/// space at its end (which a line loses).
fn sdk_line_can_hold(code: &str, message: &str, request_id: &str) -> bool {
    let code_ok = is_code_shaped(code) && !matches!(code, "None" | "null");
    let id_ok = !request_id.contains(char::is_whitespace)
        && !request_id.contains('\0')
        && !matches!(request_id, "None" | "null");
    let message_ok = message.trim_end() == message
        && !message.contains('\0')
        && [", RequestId=", " requestId:", " cause:"]
            .iter()
            .all(|separator| !message.contains(separator));
    code_ok && id_ok && message_ok
}

/// The `go_sdk_actions` target's checks of one input given to the readers of
/// `client.go`, `models.go` and the distilled `actions.txt`: no panic; an error's line is
/// one of the input's, holds what the error quotes of it, and comes after the first line
/// it names; an action read from `client.go` or a request from `models.go` is named on
/// its line, each code an action lists is a code, listed once, written between quotes
/// on a line before the action's; an `actions.txt` read is written again as the same
/// actions.
pub fn check_go_actions(input: &[u8]) {
    let text = String::from_utf8_lossy(input);
    let lines: Vec<&str> = text.split('\n').collect();
    let line = |number: usize| {
        lines
            .get(number.wrapping_sub(1))
            .copied()
            .unwrap_or_default()
    };
    let check_error = |error: GoSdkError| {
        assert!((1..=lines.len()).contains(&error.line), "{error}");
        let quoted = match &error.reason {
            GoSdkErrorReason::BadLine { text } => Some(text.clone()),
            GoSdkErrorReason::BadCode { code } | GoSdkErrorReason::DuplicateCode { code, .. } => {
                Some(code.clone())
            }
            GoSdkErrorReason::DuplicateAction { name, .. }
            | GoSdkErrorReason::BadAction { name }
            | GoSdkErrorReason::NoRequest { name }
            | GoSdkErrorReason::UnterminatedStruct { name } => Some(name.clone()),
            _ => None,
        };
        if let Some(quoted) = quoted {
            assert!(line(error.line).contains(&quoted), "{error}");
        }
        if let GoSdkErrorReason::DuplicateAction { first_line, .. }
        | GoSdkErrorReason::DuplicateCode { first_line, .. } = error.reason
        {
            assert!(first_line <= error.line, "{error}");
        }
        let _ = error.to_string();
    };
    match read_go_client(input) {
        Ok(actions) => {
            for action in &actions {
                assert!(line(action.line).contains(&action.name), "{action:?}");
                let listed: std::collections::HashSet<&String> = action.codes.iter().collect();
                assert_eq!(listed.len(), action.codes.len(), "{action:?}");
                for code in &action.codes {
                    assert!(is_code_shaped(code), "{action:?}");
                    let quoted = format!("\"{code}\"");
                    assert!(
                        lines[..action.line - 1].iter().any(|l| l.contains(&quoted)),
                        "{action:?}"
                    );
                }
            }
        }
        Err(error) => check_error(error),
    }
    match read_go_models(input) {
        Ok(requests) => {
            for (action, request) in &requests {
                let declared = format!("{action}Request");
                assert!(line(request.line).contains(&declared), "{action}");
            }
        }
        Err(error) => check_error(error),
    }
    match read_actions(input) {
        Ok(actions) => {
            let again = write_actions("fuzz", &actions);
            assert_eq!(read_actions(again.as_bytes()).unwrap(), actions);
        }
        Err(error) => check_error(error),
    }
}

/// Whether `code` is made of ASCII letters, digits, `.` and `_`, and not empty.
fn is_code_shaped(code: &str) -> bool {
    !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
}

/// The `Cargo.toml` the `sdk_names` target generates features into.
const CATALOGS_TOML: &str = "[package]\nname = \"c\"\n\n[features]\ndefault = [\"full\"]\n\
    # BEGIN features generated by `tc-errors import-sdk`\n\
    # END features generated by `tc-errors import-sdk`\n\n[dependencies]\ntc-errors = \"1\"\n";

/// The `sdk_names` target's checks of one input: its lines (up to 32; UTF-8 only, as a
/// name that is not is refused before) are service directories, each with an empty
/// table, given to `import-sdk`'s [`generate`](go_sdk::generate). It refuses them with a
/// name error that quotes one of them, or it gives a crate: one file per service, a
/// plain name under `src/services/`; `src/services.rs` Rust that declares exactly those
/// modules; each module Rust; and a `Cargo.toml` that is TOML whose features are
/// `default`, `full` and one per service, `full` listing them all.
pub fn check_sdk_names(input: &[u8]) {
    let Ok(text) = std::str::from_utf8(input) else {
        return;
    };
    let names: Vec<&str> = text.split('\n').take(32).collect();
    let services: Vec<go_sdk::Service> = (names.iter())
        .map(|name| go_sdk::Service {
            name: (*name).to_owned(),
            versions: vec![go_sdk::ServiceVersion {
                version: go_sdk::ApiVersion::from_dir("v20200101").expect("a date"),
                chinese: Some(go_sdk::SdkVersion {
                    table: GoTable::default(),
                    actions: Vec::new(),
                }),
                english: None,
            }],
        })
        .collect();
    let files = match go_sdk::generate(&services, &[], CATALOGS_TOML) {
        Ok(files) => files,
        Err(SdkError::Name(error)) => {
            let message = error.to_string();
            let quoted = |name: &&str| message.contains(&format!("{name:?}"));
            assert!(
                names.iter().any(quoted),
                "{message} names none of {names:?}"
            );
            return;
        }
        Err(other) => panic!("{other} for {names:?}"),
    };
    let mut modules = std::collections::BTreeSet::new();
    let mut sources = std::collections::BTreeMap::new();
    for (path, contents) in &files {
        let path = path.to_str().expect("a UTF-8 path");
        if let Some(file) = path.strip_prefix("src/services/") {
            let module = file.strip_suffix(".rs").expect("a `.rs` file");
            let plain = |c: char| c.is_ascii_alphanumeric() || c == '_';
            assert!(!module.is_empty() && module.chars().all(plain), "{path}");
            assert!(modules.insert(module.to_owned()), "{path} written twice");
            crate::module::check_module(contents);
        } else {
            assert!(
                sources.insert(path, contents).is_none(),
                "{path} written twice"
            );
        }
    }
    assert_eq!(modules.len(), names.len(), "{names:?}");
    let services_rs = syn::parse_file(sources["src/services.rs"]).expect("services.rs is Rust");
    let declared: std::collections::BTreeSet<String> = (services_rs.items.iter())
        .filter_map(|item| match item {
            syn::Item::Mod(module) => Some(module.ident.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(declared, modules);
    let cargo_toml: toml::Table = sources["Cargo.toml"].parse().expect("Cargo.toml is TOML");
    let features = cargo_toml["features"]
        .as_table()
        .expect("a [features] table");
    let mut expected: Vec<&str> = names.clone();
    expected.extend(["default", "full"]);
    expected.sort_unstable();
    assert_eq!(
        features.keys().map(String::as_str).collect::<Vec<_>>(),
        expected
    );
    let full: Vec<&str> = (features["full"].as_array().expect("an array").iter())
        .map(|name| name.as_str().expect("a string"))
        .collect();
    assert_eq!(full, names);
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
        assert_eq!(
            values(&raw.headers, "retry-after").collect::<Vec<_>>(),
            ["3"]
        );
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
