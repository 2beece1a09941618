//! `parse --http` on what `curl` prints besides one plain response (issue 24, items 3, 11
//! and 12): the blocks before the last response, a chunked body, and millions of header
//! lines within a bounded memory.

use super::*;

const THROTTLED: &[u8] =
    br#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Slow down."},"RequestId":"r-1"}}"#;

/// The code `parse --http --json` reads from `raw`, and its exit status.
fn code_of(raw: &[u8]) -> (Option<i32>, serde_json::Value) {
    let output = tc_errors_with_input(&["parse", "--http", "--json"], raw);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    (output.status.code(), value["code"].clone())
}

#[test]
fn parse_http_reads_the_last_response_curl_prints() {
    let answer = [
        &b"HTTP/2 200 \r\ncontent-type: application/json\r\n\r\n"[..],
        THROTTLED,
    ]
    .concat();
    for before in [
        // `curl -si` through a proxy.
        &b"HTTP/1.1 200 Connection established\r\n\r\n"[..],
        // `curl -siL` after a redirect: curl prints the redirect's head, not its body.
        b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://cvm.tencentcloudapi.com/\r\n\r\n",
        // `curl -si --digest` after the challenge.
        b"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"api\"\r\n\r\n",
        b"HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 100 Continue\r\n\r\n",
    ] {
        let raw = [before, &answer].concat();
        assert_eq!(
            code_of(&raw),
            (Some(1), "RequestLimitExceeded".into()),
            "{}",
            String::from_utf8_lossy(before)
        );
    }
    let output = tc_errors(&["parse", "--help"]);
    let help = stdout(&output)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        help.contains("Of several responses, the last is read"),
        "{help}"
    );
    assert!(help.contains("Connection established"), "{help}");
}

#[test]
fn parse_http_decodes_a_chunked_body() {
    let (first, second) = THROTTLED.split_at(40);
    let raw = [
        &b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n28\r\n"[..],
        first,
        format!("\r\n{:x}\r\n", second.len()).as_bytes(),
        second,
        b"\r\n0\r\n\r\n",
    ]
    .concat();
    assert_eq!(code_of(&raw), (Some(1), "RequestLimitExceeded".into()));
    // As curl prints it without --raw: decoded, under the same header.
    let decoded = [
        &b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"[..],
        THROTTLED,
    ]
    .concat();
    assert_eq!(code_of(&decoded), (Some(1), "RequestLimitExceeded".into()));

    // Chunks cut short are a clear error on the line where the decoding stopped.
    let cut = &raw[..raw.len() - 30];
    let output = tc_errors_with_input(&["parse", "--http"], cut);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(
        error_line(&output),
        "tc-errors: cannot read standard input as an HTTP response: line 7: a chunk of 55 \
         bytes, but the input ends 32 bytes later: \"37\""
    );
    let output = tc_errors_with_input(&["parse", "--http", "--json"], cut);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["reason"], "NotHttp");
}

/// 8 MiB of empty header lines, run with an address space of four times that: reading
/// each line into a header of its own took 27 times the input (1.8 GB for 64 MiB).
#[test]
fn parse_http_keeps_within_four_times_its_input_in_memory() {
    const INPUT: usize = 8 << 20;
    let mut raw = b"HTTP/1.1 200 OK\r\n".to_vec();
    while raw.len() + 3 <= INPUT {
        raw.extend_from_slice(b"A:\n");
    }
    let file = page("empty-headers.http", &raw);
    let limit_kib = 4 * INPUT / 1024;
    let script = format!("ulimit -v {limit_kib} && exec \"$0\" parse --http \"$1\"");
    let output = Command::new("sh")
        .args([
            "-c",
            &script,
            env!("CARGO_BIN_EXE_tc-errors"),
            page_arg(&file),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert_eq!(
        error_line(&output),
        "tc-errors: malformed response: the body is empty"
    );
}
