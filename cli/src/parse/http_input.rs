//! The HTTP side of `parse`'s input: `--header 'Name: value'` arguments, and with
//! `--http` a raw HTTP/1.x response (status line, headers, blank line, body) as
//! `curl -si` prints it, with the blocks curl prints before the last response and a
//! chunked body as it was sent.

use std::borrow::Cow;
use std::fmt;
use tc_errors_internals::escape::shortened;

/// How many characters of a line that cannot be read an error quotes.
const QUOTED_CHARS: usize = 60;

/// One header: a name (an HTTP token) and its value, trimmed, as bytes (a raw response
/// may carry any).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// The name, as written.
    pub name: String,
    /// The value, without the white space around it.
    pub value: Vec<u8>,
}

/// `Name: value`, the form of a header line and of `--header`: the name, an HTTP token,
/// and the value without the white space around it.
fn split_header(line: &[u8]) -> Result<(&str, &[u8]), &'static str> {
    let Some(colon) = line.iter().position(|&b| b == b':') else {
        return Err("no `:` after the header name");
    };
    let (name, value) = (&line[..colon], &line[colon + 1..]);
    // Token bytes are ASCII, so a name made of them is UTF-8.
    let name = match std::str::from_utf8(name) {
        Ok(name) if !name.is_empty() && name.bytes().all(is_token_byte) => name,
        _ => return Err("a header name is letters, digits and `!#$%&'*+-.^_`|~` only"),
    };
    // Optional white space around a value is SP and HTAB only.
    let blank = |b: &u8| matches!(b, b' ' | b'\t');
    let start = value.iter().position(|b| !blank(b)).unwrap_or(value.len());
    let end = value
        .iter()
        .rposition(|b| !blank(b))
        .map_or(start, |last| last + 1);
    Ok((name, &value[start..end]))
}

/// Whether `b` may appear in a header name (RFC 9110's `tchar`).
fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// Reads a `--header` argument, `Name: value`; clap reports the error as a usage error.
pub fn header_arg(text: &str) -> Result<Header, String> {
    match split_header(text.as_bytes()) {
        Ok((name, value)) => Ok(Header {
            name: name.to_owned(),
            value: value.to_vec(),
        }),
        Err(problem) => Err(format!(
            "expected `Name: value`, such as `X-TC-RequestId: 6f2a…`: {problem}"
        )),
    }
}

/// Reads a `--status` argument: the status of a final response, 200 to 999 (an interim
/// 1xx one is no response's); clap reports the error as a usage error.
pub fn status_arg(text: &str) -> Result<u16, String> {
    match text.parse::<i64>() {
        Ok(100..=199) => Err("an interim status (1xx): give the final response's".into()),
        Ok(status @ 200..=999) => u16::try_from(status).map_err(|error| error.to_string()),
        _ => Err("an HTTP status is a number from 200 to 999, such as 502".into()),
    }
}

/// The headers of a response: the `--header` arguments, or those of a raw response.
#[derive(Clone, Copy, Debug)]
pub enum Headers<'a> {
    /// `--header` arguments, in order.
    Given(&'a [Header]),
    /// The header lines of a raw response.
    Raw(RawHeaders<'a>),
}

impl<'a> Headers<'a> {
    /// Each header's name and value, in order.
    pub fn pairs(self) -> impl Iterator<Item = (&'a str, &'a [u8])> {
        let (given, raw) = match self {
            Headers::Given(given) => (given, RawHeaders::default()),
            Headers::Raw(raw) => (&[][..], raw),
        };
        given
            .iter()
            .map(|header| (header.name.as_str(), header.value.as_slice()))
            .chain(raw.pairs())
    }
}

/// The header lines of a raw response as written, checked once and read again each time
/// they are asked for: a response may hold millions of them, and a copy of each (a
/// [`Header`] apiece) took 27 times the input's memory.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RawHeaders<'a> {
    lines: &'a [u8],
}

impl<'a> RawHeaders<'a> {
    /// Each header's name and value, in order.
    pub fn pairs(self) -> impl Iterator<Item = (&'a str, &'a [u8])> {
        self.lines
            .split(|&b| b == b'\n')
            .filter_map(|line| split_header(line.strip_suffix(b"\r").unwrap_or(line)).ok())
    }

    /// Whether the body was sent chunked: `chunked` is the last transfer coding.
    fn chunked(self) -> bool {
        let codings = self
            .pairs()
            .filter(|(name, _)| name.eq_ignore_ascii_case("transfer-encoding"))
            .flat_map(|(_, value)| value.split(|&b| b == b','));
        codings
            .map(<[u8]>::trim_ascii)
            .filter(|coding| !coding.is_empty())
            .last()
            .is_some_and(|coding| coding.eq_ignore_ascii_case(b"chunked"))
    }
}

/// A raw HTTP response split into its parts.
#[derive(Debug, PartialEq, Eq)]
pub struct RawResponse<'a> {
    /// The status of the last response (see [`split_response`]).
    pub status: u16,
    /// Its headers.
    pub headers: RawHeaders<'a>,
    /// Its body: the rest of the input, decoded when it was sent chunked.
    pub body: Cow<'a, [u8]>,
}

/// Why a raw HTTP response cannot be read: the line and what is wrong with it.
#[derive(Debug, PartialEq, Eq)]
pub struct NotHttp {
    line: usize,
    problem: Cow<'static, str>,
    quoted: String,
}

impl NotHttp {
    /// The error `problem` about `line`, the line numbered `number`.
    fn new(number: usize, problem: impl Into<Cow<'static, str>>, line: &[u8]) -> NotHttp {
        NotHttp {
            line: number,
            problem: problem.into(),
            quoted: shortened(&String::from_utf8_lossy(line), QUOTED_CHARS),
        }
    }
}

impl fmt::Display for NotHttp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)?;
        if !self.quoted.is_empty() {
            write!(f, ": \"{}\"", self.quoted)?;
        }
        Ok(())
    }
}

/// Splits `raw` into the status, headers and body of an HTTP/1.x response (`HTTP/2` and
/// `HTTP/3` status lines as curl writes them are read too). Lines end with CRLF or LF;
/// the headers end at a blank line or at the end of the input (no body).
///
/// What `curl -si` prints before the response it ends with is skipped: interim 1xx
/// responses (`100 Continue`), a proxy's `200 Connection established`, and a response
/// whose blank line is followed by a status line, which starts the next response (a
/// redirect followed with `-L`, an authentication challenge): the last response is read.
/// A body sent with `Transfer-Encoding: chunked` is decoded, unless it does not start with
/// a chunk size: curl prints bodies decoded.
pub fn split_response(raw: &[u8]) -> Result<RawResponse<'_>, NotHttp> {
    let mut lines = Lines {
        raw,
        at: 0,
        number: 0,
    };
    loop {
        let head = read_head(&mut lines)?;
        let interim = (100..200).contains(&head.status) || head.proxy;
        let next_follows = head.blank_line && lines.clone().next().and_then(status_of).is_some();
        if interim || next_follows {
            continue;
        }
        let body = &raw[lines.at..];
        let body = if head.headers.chunked() && starts_a_chunk(body) {
            Cow::Owned(dechunk(raw, lines.at)?)
        } else {
            Cow::Borrowed(body)
        };
        return Ok(RawResponse {
            status: head.status,
            headers: head.headers,
            body,
        });
    }
}

/// The head of one response: its status line and header lines.
struct Head<'a> {
    status: u16,
    /// Whether it is a proxy's answer to `CONNECT`: `2xx Connection established`.
    proxy: bool,
    headers: RawHeaders<'a>,
    /// Whether a blank line ends it, rather than the end of the input.
    blank_line: bool,
}

/// Reads the head that starts at the next line, checking each line.
fn read_head<'a>(lines: &mut Lines<'a>) -> Result<Head<'a>, NotHttp> {
    let Some(status_line) = lines.next() else {
        return Err(NotHttp::new(
            lines.number + 1,
            "the input ends before a status line",
            b"",
        ));
    };
    let (status, reason) = status_of(status_line)
        .ok_or_else(|| lines.error("not a status line such as `HTTP/1.1 200 OK`", status_line))?;
    let proxy = (200..300).contains(&status)
        && reason
            .trim_ascii()
            .eq_ignore_ascii_case(b"Connection established");
    let (start, mut end, mut blank_line) = (lines.at, lines.at, false);
    while let Some(line) = lines.next() {
        if line.is_empty() {
            blank_line = true;
            break;
        }
        if line[0] == b' ' || line[0] == b'\t' {
            return Err(lines.error(
                "a header line continued on the next (obsolete line folding) is not read",
                line,
            ));
        }
        split_header(line).map_err(|problem| lines.error(problem, line))?;
        end = lines.at;
    }
    Ok(Head {
        status,
        proxy,
        headers: RawHeaders {
            lines: &lines.raw[start..end],
        },
        blank_line,
    })
}

/// The status and reason phrase of a status line: `HTTP/` and a version, a space, three
/// digits, then a space and a reason phrase or nothing.
fn status_of(line: &[u8]) -> Option<(u16, &[u8])> {
    let rest = line.strip_prefix(b"HTTP/")?;
    let space = rest.iter().position(|&b| b == b' ')?;
    let version = &rest[..space];
    if !matches!(version, b"1.0" | b"1.1" | b"2" | b"2.0" | b"3" | b"3.0") {
        return None;
    }
    let rest = &rest[space + 1..];
    let (digits, reason) = rest.split_at(rest.len().min(3));
    if digits.len() != 3 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if !(reason.is_empty() || reason[0] == b' ') {
        return None;
    }
    let status = digits
        .iter()
        .fold(0, |status, &digit| status * 10 + u16::from(digit - b'0'));
    (status >= 100).then_some((status, reason))
}

/// The lines of the head of a response, without their CRLF or LF, numbered from 1.
#[derive(Clone)]
struct Lines<'a> {
    raw: &'a [u8],
    at: usize,
    number: usize,
}

impl<'a> Lines<'a> {
    fn next(&mut self) -> Option<&'a [u8]> {
        let rest = self.raw.get(self.at..).filter(|rest| !rest.is_empty())?;
        let (line, taken) = match rest.iter().position(|&b| b == b'\n') {
            Some(end) => (&rest[..end], end + 1),
            None => (rest, rest.len()),
        };
        self.at += taken;
        self.number += 1;
        Some(line.strip_suffix(b"\r").unwrap_or(line))
    }

    /// The error `problem` about the line just read, which is `line`.
    fn error(&self, problem: &'static str, line: &[u8]) -> NotHttp {
        NotHttp::new(self.number, problem, line)
    }
}

/// The line of `raw` that starts at `at`, without its CRLF or LF, and where the next one
/// starts (`None` when no LF ends it).
fn line_at(raw: &[u8], at: usize) -> (&[u8], Option<usize>) {
    let rest = &raw[at..];
    match rest.iter().position(|&b| b == b'\n') {
        Some(end) => (
            rest[..end].strip_suffix(b"\r").unwrap_or(&rest[..end]),
            Some(at + end + 1),
        ),
        None => (rest, None),
    }
}

/// The hexadecimal digits of a chunk-size line (RFC 9112 7.1: the digits, then maybe
/// white space and `;` extensions, which are ignored), or `None` when it is not one.
fn chunk_size_digits(line: &[u8]) -> Option<&[u8]> {
    let digits = line.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    let rest = line[digits..].trim_ascii_start();
    (digits > 0 && (rest.is_empty() || rest[0] == b';')).then_some(&line[..digits])
}

/// Whether `body` starts with a chunk-size line, as a body sent chunked does and one
/// that curl decoded (a JSON object, an HTML page) does not.
fn starts_a_chunk(body: &[u8]) -> bool {
    matches!(line_at(body, 0), (line, Some(_)) if chunk_size_digits(line).is_some())
}

/// The body of `raw` that starts at `at`, sent chunked, decoded: no larger than the input,
/// so within the byte limit. What is not chunked as RFC 9112 says is an error on the
/// line where the decoding stopped.
fn dechunk(raw: &[u8], at: usize) -> Result<Vec<u8>, NotHttp> {
    let error = |at: usize, problem: Cow<'static, str>| {
        let number = raw[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        NotHttp::new(number, problem, line_at(raw, at).0)
    };
    // Reserved, not touched: the memory in use grows with what is decoded.
    let mut body = Vec::with_capacity(raw.len() - at);
    let mut at = at;
    loop {
        if at == raw.len() {
            return Err(error(
                at,
                "the chunked body ends before its last chunk (`0`)".into(),
            ));
        }
        let (line, next) = line_at(raw, at);
        let Some(digits) = chunk_size_digits(line) else {
            return Err(error(at, "not a chunk size (hexadecimal digits)".into()));
        };
        let size = digits.iter().try_fold(0u64, |size, &digit| {
            let digit = char::from(digit).to_digit(16).map(u64::from)?;
            size.checked_mul(16)?.checked_add(digit)
        });
        let (Some(size), Some(data)) = (size, next) else {
            let problem = if next.is_none() {
                "the chunked body ends in a chunk size"
            } else {
                "a chunk size of more than 64 bits"
            };
            return Err(error(at, problem.into()));
        };
        if size == 0 {
            return end_of_chunks(raw, data)
                .map(|()| body)
                .map_err(|(at, problem)| error(at, problem.into()));
        }
        let left = raw.len() - data;
        let end = match usize::try_from(size) {
            Ok(size) if size <= left => data + size,
            _ => {
                let problem =
                    format!("a chunk of {size} bytes, but the input ends {left} bytes later");
                return Err(error(at, problem.into()));
            }
        };
        body.extend_from_slice(&raw[data..end]);
        at = match &raw[end..] {
            [b'\r', b'\n', ..] => end + 2,
            [b'\n', ..] => end + 1,
            [] => end,
            _ => return Err(error(end, "a chunk's data goes on past its size".into())),
        };
    }
}

/// Checks what follows the last chunk, from `at`: trailer fields (`Name: value`, which are
/// not read), then a blank line or the end of the input, and nothing after it.
fn end_of_chunks(raw: &[u8], mut at: usize) -> Result<(), (usize, &'static str)> {
    while at < raw.len() {
        let (line, next) = line_at(raw, at);
        if line.is_empty() {
            return match next.filter(|&next| next < raw.len()) {
                Some(after) => Err((after, "data after the last chunk")),
                None => Ok(()),
            };
        }
        split_header(line).map_err(|_| {
            (
                at,
                "not a trailer field (`Name: value`) after the last chunk",
            )
        })?;
        at = next.unwrap_or(raw.len());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(name: &str, value: &str) -> Header {
        Header {
            name: name.into(),
            value: value.into(),
        }
    }

    /// The headers of `response`, as `--header` arguments would give them.
    fn headers(response: &RawResponse<'_>) -> Vec<Header> {
        let pairs = response.headers.pairs();
        pairs
            .map(|(name, value)| Header {
                name: name.into(),
                value: value.to_vec(),
            })
            .collect()
    }

    #[test]
    fn a_response_splits_into_status_headers_and_body() {
        let raw = b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nX-TC-RequestId:  h-1 \r\n\r\n<html>502</html>\r\n";
        let response = split_response(raw).unwrap();
        assert_eq!(response.status, 502);
        assert_eq!(
            headers(&response),
            [
                header("Content-Type", "text/html"),
                header("X-TC-RequestId", "h-1")
            ]
        );
        assert_eq!(&*response.body, b"<html>502</html>\r\n");
    }

    #[test]
    fn lf_endings_interim_responses_and_a_missing_blank_line_are_read() {
        let raw = b"HTTP/1.1 100 Continue\n\nHTTP/2 200\nx-tc-requestid: r\n\n{}";
        let response = split_response(raw).unwrap();
        assert_eq!(response.status, 200);
        assert_eq!(headers(&response), [header("x-tc-requestid", "r")]);
        assert_eq!(&*response.body, b"{}");
        let response = split_response(b"HTTP/1.0 204").unwrap();
        assert_eq!((response.status, &*response.body), (204, &b""[..]));
        // Binary values are kept as they came.
        let response = split_response(b"HTTP/1.1 200 OK\r\nX: \xff\xfe\r\n\r\n").unwrap();
        assert_eq!(headers(&response)[0].value, b"\xff\xfe");
    }

    #[test]
    fn what_is_not_a_response_says_which_line_and_why() {
        let error = |raw: &[u8]| split_response(raw).unwrap_err().to_string();
        assert_eq!(error(b""), "line 1: the input ends before a status line");
        assert_eq!(
            error(br#"{"Response":{}}"#),
            "line 1: not a status line such as `HTTP/1.1 200 OK`: \"{\"Response\":{}}\""
        );
        for bad in [
            &b"HTTP/1.1 20 OK"[..],
            b"HTTP/1.1 2000 OK",
            b"HTTP/1.1 099 Low",
            b"HTTP/9 200 OK",
            b"HTTP/1.1  200 OK",
            b"http/1.1 200 OK",
            b"HTTP/1.1",
        ] {
            assert!(
                error(bad).starts_with("line 1: not a status line"),
                "{bad:?}"
            );
        }
        assert_eq!(
            error(b"HTTP/1.1 200 OK\r\nContent-Type text/html\r\n\r\n"),
            "line 2: no `:` after the header name: \"Content-Type text/html\""
        );
        assert!(error(b"HTTP/1.1 200 OK\nBad Name: x\n").starts_with("line 2: a header name is"));
        assert!(
            error(b"HTTP/1.1 200 OK\nA: b\n  c\n").starts_with("line 3: a header line continued")
        );
        // The line is quoted escaped and short.
        let hostile = format!("\u{1b}[2J{}", "x".repeat(500));
        let message = error(hostile.as_bytes());
        assert!(
            message.contains("\\u{1b}[2J") && message.chars().count() < 150,
            "{message}"
        );
        assert_eq!(
            error(b"HTTP/1.1 100 Continue\r\n\r\n"),
            "line 3: the input ends before a status line"
        );
    }

    /// What `curl -si` prints through a proxy, with `-L` after a redirect, and with
    /// `--digest` after a challenge: the last response is read.
    #[test]
    fn the_last_of_several_responses_is_read() {
        let api = b"HTTP/2 200 \r\nx-tc-requestid: r-9\r\n\r\n{\"Response\":{}}";
        for before in [
            &b"HTTP/1.1 200 Connection established\r\n\r\n"[..],
            b"HTTP/1.0 200 connection Established\r\nProxy-agent: x\r\n\r\n",
            b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://a/\r\nContent-Length: 162\r\n\r\n",
            b"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"a\"\r\n\r\n",
            b"HTTP/1.1 200 Connection established\n\nHTTP/1.1 100 Continue\n\nHTTP/1.1 302 Found\nLocation: /b\n\n",
        ] {
            let raw = [before, api].concat();
            let response = split_response(&raw).unwrap();
            assert_eq!(response.status, 200, "{before:?}");
            assert_eq!(headers(&response), [header("x-tc-requestid", "r-9")]);
            assert_eq!(&*response.body, br#"{"Response":{}}"#);
        }
        // A redirect that was not followed is the response, body and all.
        let raw = b"HTTP/1.1 301 Moved\r\nLocation: /b\r\n\r\n<html>moved</html>";
        let response = split_response(raw).unwrap();
        assert_eq!(
            (response.status, &*response.body),
            (301, &b"<html>moved</html>"[..])
        );
        // A proxy's block is no response: something must follow it.
        let error = split_response(b"HTTP/1.1 200 Connection established\r\n\r\n").unwrap_err();
        assert_eq!(
            error.to_string(),
            "line 3: the input ends before a status line"
        );
        let error = split_response(b"HTTP/1.1 200 Connection established\r\n\r\n{}").unwrap_err();
        assert!(
            error.to_string().starts_with("line 3: not a status line"),
            "{error}"
        );
        // The next response's lines are checked as the first one's.
        let error =
            split_response(b"HTTP/1.1 401 No\r\n\r\nHTTP/1.1 200 OK\r\nbad\r\n\r\n").unwrap_err();
        assert_eq!(
            error.to_string(),
            "line 4: no `:` after the header name: \"bad\""
        );
    }

    fn chunked(body: &[u8]) -> Result<Vec<u8>, String> {
        let head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        split_response(&[&head[..], body].concat())
            .map(|response| response.body.into_owned())
            .map_err(|error| error.to_string())
    }

    #[test]
    fn a_chunked_body_is_decoded() {
        let whole = br#"{"Response":{"Error":{"Code":"RequestLimitExceeded"}}}"#;
        let (first, second) = whole.split_at(20);
        let sent = [
            b"14\r\n",
            first,
            b"\r\n",
            format!("{:X};name=value\r\n", second.len()).as_bytes(),
            second,
            b"\r\n0\r\nX-Trailer: t\r\n\r\n",
        ]
        .concat();
        assert_eq!(chunked(&sent).unwrap(), whole);
        // LF line ends, no trailer, the input ending after the last chunk.
        assert_eq!(chunked(b"2\n{}\n0\n").unwrap(), b"{}");
        assert_eq!(chunked(b"0\r\n\r\n").unwrap(), b"");
        // What curl printed decoded stays as it is.
        assert_eq!(chunked(whole).unwrap(), whole);
        assert_eq!(chunked(b"").unwrap(), b"");
        // `chunked` must be the last coding; the header's name and value in any case.
        let raw = b"HTTP/1.1 200 OK\r\ntransfer-encoding: gzip\r\nTRANSFER-ENCODING: Chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n";
        assert_eq!(&*split_response(raw).unwrap().body, b"x");
        let raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\n1\r\nx\r\n0\r\n\r\n";
        assert_eq!(&*split_response(raw).unwrap().body, b"1\r\nx\r\n0\r\n\r\n");
    }

    #[test]
    fn malformed_chunking_says_which_line_and_why() {
        for (sent, error) in [
            (&b"5\r\nab"[..], "line 4: a chunk of 5 bytes, but the input ends 2 bytes later: \"5\""),
            (b"2\r\nabc\r\n0\r\n\r\n", "line 5: a chunk's data goes on past its size: \"c\""),
            (b"2\r\nab\r\n", "line 6: the chunked body ends before its last chunk (`0`)"),
            (b"2\r\nab\r\nzz\r\n", "line 6: not a chunk size (hexadecimal digits): \"zz\""),
            (b"0\r\n\r\nHTTP/1.1 200 OK\r\n", "line 6: data after the last chunk: \"HTTP/1.1 200 OK\""),
            (b"0\r\nnot a trailer\r\n\r\n", "line 5: not a trailer field (`Name: value`) after the last chunk: \"not a trailer\""),
            (b"10000000000000000\r\nx", "line 4: a chunk size of more than 64 bits: \"10000000000000000\""),
            (b"ffffffffffffffff\r\nx", "line 4: a chunk of 18446744073709551615 bytes, but the input ends 1 bytes later: \"ffffffffffffffff\""),
        ] {
            assert_eq!(chunked(sent).unwrap_err(), error, "{sent:?}");
        }
        let error =
            split_response(b"HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n2\n").unwrap_err();
        assert_eq!(
            error.to_string(),
            "line 4: a chunk of 2 bytes, but the input ends 0 bytes later: \"2\""
        );
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for length in 0..400 {
            let mut raw = b"HTTP/1.1 200 OK\r\n".to_vec();
            for _ in 0..length {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                raw.push(b"HTTP/1 2:\r\n\t x\xff"[(seed % 15) as usize]);
            }
            let _ = split_response(&raw);
            let _ = split_response(&raw[17..]);
            let chunks = [
                &b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1"[..],
                &raw[17..],
            ];
            let _ = split_response(&chunks.concat());
        }
    }

    #[test]
    fn header_arguments_are_name_colon_value() {
        assert_eq!(
            header_arg("X-TC-RequestId: h-1"),
            Ok(header("X-TC-RequestId", "h-1"))
        );
        assert_eq!(header_arg("Retry-After:3"), Ok(header("Retry-After", "3")));
        assert_eq!(header_arg("X-Empty:"), Ok(header("X-Empty", "")));
        assert!(header_arg("X-TC-RequestId h-1")
            .unwrap_err()
            .contains("no `:`"));
        assert!(header_arg(": v").unwrap_err().contains("header name"));
        assert!(header_arg("A B: v").unwrap_err().contains("header name"));
    }

    #[test]
    fn a_status_argument_is_a_final_responses() {
        assert_eq!(status_arg("200"), Ok(200));
        assert_eq!(status_arg("999"), Ok(999));
        assert!(status_arg("100").unwrap_err().contains("interim"));
        for bad in ["-1", "99", "1000", "2e2", "", "abc", "99999999999999999999"] {
            assert!(status_arg(bad).unwrap_err().contains("200 to 999"), "{bad}");
        }
    }
}
