//! The HTTP side of `parse`'s input: `--header 'Name: value'` arguments, and with
//! `--http` a raw HTTP/1.x response (status line, headers, blank line, body) as
//! `curl -si` prints it.

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

impl Header {
    /// `Name: value`, the form of a header line and of `--header`.
    fn from_line(line: &[u8]) -> Result<Header, &'static str> {
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            return Err("no `:` after the header name");
        };
        let (name, value) = (&line[..colon], &line[colon + 1..]);
        if name.is_empty() || !name.iter().all(|&b| is_token_byte(b)) {
            return Err("a header name is letters, digits and `!#$%&'*+-.^_`|~` only");
        }
        // Optional white space around a value is SP and HTAB only.
        let blank = |b: &u8| matches!(b, b' ' | b'\t');
        let start = value.iter().position(|b| !blank(b)).unwrap_or(value.len());
        let end = value
            .iter()
            .rposition(|b| !blank(b))
            .map_or(start, |last| last + 1);
        let value = &value[start..end];
        Ok(Header {
            // Token bytes are ASCII.
            name: String::from_utf8_lossy(name).into_owned(),
            value: value.to_vec(),
        })
    }
}

/// Whether `b` may appear in a header name (RFC 9110's `tchar`).
fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// Reads a `--header` argument, `Name: value`; clap reports the error as a usage error.
pub fn header_arg(text: &str) -> Result<Header, String> {
    Header::from_line(text.as_bytes()).map_err(|problem| {
        format!("expected `Name: value`, such as `X-TC-RequestId: 6f2a…`: {problem}")
    })
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

/// A raw HTTP response split into its parts; the body is the rest of the input.
#[derive(Debug, PartialEq, Eq)]
pub struct RawResponse {
    /// The status of the final response (interim 1xx responses are skipped).
    pub status: u16,
    /// Its headers, in order.
    pub headers: Vec<Header>,
    /// Where its body starts in the input.
    pub body_at: usize,
}

/// Why a raw HTTP response cannot be read: the line and what is wrong with it.
#[derive(Debug, PartialEq, Eq)]
pub struct NotHttp {
    line: usize,
    problem: &'static str,
    quoted: String,
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
/// the headers end at a blank line or at the end of the input (no body). Interim 1xx
/// responses before the final one (`100 Continue`) are skipped.
pub fn split_response(raw: &[u8]) -> Result<RawResponse, NotHttp> {
    let mut lines = Lines {
        raw,
        at: 0,
        number: 0,
    };
    loop {
        let Some(status_line) = lines.next() else {
            return Err(NotHttp {
                line: lines.number + 1,
                problem: "the input ends before a status line",
                quoted: String::new(),
            });
        };
        let status = status_of(status_line).ok_or_else(|| {
            lines.error("not a status line such as `HTTP/1.1 200 OK`", status_line)
        })?;
        let mut headers = Vec::new();
        while let Some(line) = lines.next() {
            if line.is_empty() {
                break;
            }
            if line[0] == b' ' || line[0] == b'\t' {
                return Err(lines.error(
                    "a header line continued on the next (obsolete line folding) is not read",
                    line,
                ));
            }
            headers.push(Header::from_line(line).map_err(|problem| lines.error(problem, line))?);
        }
        if !(100..200).contains(&status) {
            return Ok(RawResponse {
                status,
                headers,
                body_at: lines.at,
            });
        }
    }
}

/// The status of a status line: `HTTP/` and a version, a space, three digits, then a
/// space and a reason phrase or nothing.
fn status_of(line: &[u8]) -> Option<u16> {
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
    (status >= 100).then_some(status)
}

/// The lines of the head of a response, without their CRLF or LF, numbered from 1.
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
        NotHttp {
            line: self.number,
            problem,
            quoted: shortened(&String::from_utf8_lossy(line), QUOTED_CHARS),
        }
    }
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

    #[test]
    fn a_response_splits_into_status_headers_and_body() {
        let raw = b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nX-TC-RequestId:  h-1 \r\n\r\n<html>502</html>\r\n";
        let response = split_response(raw).unwrap();
        assert_eq!(response.status, 502);
        assert_eq!(
            response.headers,
            [
                header("Content-Type", "text/html"),
                header("X-TC-RequestId", "h-1")
            ]
        );
        assert_eq!(&raw[response.body_at..], b"<html>502</html>\r\n");
    }

    #[test]
    fn lf_endings_interim_responses_and_a_missing_blank_line_are_read() {
        let raw = b"HTTP/1.1 100 Continue\n\nHTTP/2 200\nx-tc-requestid: r\n\n{}";
        let response = split_response(raw).unwrap();
        assert_eq!(response.status, 200);
        assert_eq!(response.headers, [header("x-tc-requestid", "r")]);
        assert_eq!(&raw[response.body_at..], b"{}");
        let response = split_response(b"HTTP/1.0 204").unwrap();
        assert_eq!((response.status, response.body_at), (204, 12));
        // Binary values are kept as they came.
        let response = split_response(b"HTTP/1.1 200 OK\r\nX: \xff\xfe\r\n\r\n").unwrap();
        assert_eq!(response.headers[0].value, b"\xff\xfe");
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
