//! `parse` with a status and headers, or a raw HTTP response: failures that are not the
//! API's, headers that fill in, input that is not HTTP.

use super::*;

const HTML_502: &[u8] = b"<html><title>502 Bad Gateway</title></html>\r\n";

#[test]
fn parse_status_502_with_an_html_body_is_an_http_failure_with_retry_advice() {
    let gateway = page("gateway-502.html", HTML_502);
    let output = tc_errors(&["parse", page_arg(&gateway), "--status", "502"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        error_line(&output),
        "tc-errors: HTTP 502 without an API response; the body starts with: \
         <html><title>502 Bad Gateway</title></html>\\r\\n"
    );
    assert_eq!(
        stdout(&output),
        "advice: retry only if idempotent (Transient): a gateway failed or timed out; the \
         request may have reached the service\n"
    );

    let output = tc_errors(&[
        "parse",
        page_arg(&gateway),
        "--status",
        "502",
        "--header",
        "Content-Type: text/html",
        "--json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr(&output), "");
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["outcome"], "http");
    assert_eq!(value["status"], 502);
    assert_eq!(value["content_type"], "text/html");
    assert_eq!(value["advice"]["class"], "Transient");
    assert_eq!(value["advice"]["retry"], true);
    assert_eq!(value["advice"]["idempotent_only"], true);
    assert_eq!(value["advice"]["re_sign"], false);
    assert!(value["advice"]["reason"]
        .as_str()
        .unwrap()
        .starts_with("a gateway failed"));

    // The same page with a success status is a malformed body, not a gateway's failure.
    let output = tc_errors(&["parse", page_arg(&gateway), "--status", "200"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(error_line(&output).starts_with("tc-errors: malformed response: the body is not JSON"));
    for bad in ["99", "1000", "abc"] {
        let output = tc_errors(&["parse", page_arg(&gateway), "--status", bad]);
        assert_eq!(output.status.code(), Some(2), "{bad}");
        assert!(error_line(&output).contains("--status"), "{bad}");
    }
}

#[test]
fn parse_takes_the_request_id_and_retry_after_from_headers() {
    let no_id = page(
        "no-id.json",
        br#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Slow down."}}}"#,
    );
    let output = tc_errors(&[
        "parse",
        page_arg(&no_id),
        "--header",
        "x-tc-requestid: hdr-7",
        "--header",
        "Retry-After: 4",
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("API error: RequestLimitExceeded: Slow down. (RequestId: hdr-7)\n"),
        "{text}"
    );
    assert!(
        text.ends_with(
            "    advice: retry (Throttled): the caller sends too fast; the \
             request was refused before it ran; Retry-After: 4 s\n"
        ),
        "{text}"
    );
    // Without the header the body has no id.
    let output = tc_errors(&["parse", page_arg(&no_id)]);
    assert!(stdout(&output).starts_with("API error: RequestLimitExceeded: Slow down.\n"));

    let gateway = page("gateway-id.html", HTML_502);
    let output = tc_errors(&[
        "parse",
        page_arg(&gateway),
        "--status",
        "504",
        "--header",
        "X-TC-RequestId: hdr-8",
        "--json",
    ]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["request_id"], "hdr-8");
    let output = tc_errors(&["parse", page_arg(&gateway), "--header", "no colon"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        error_line(&output).contains("expected `Name: value`"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn parse_http_reads_a_raw_response() {
    let raw = page(
        "raw-503.txt",
        b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html\r\nX-TC-RequestId: raw-1\r\n\
          Retry-After: 2\r\n\r\n<html>busy</html>",
    );
    let output = tc_errors(&["parse", "--http", page_arg(&raw)]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        error_line(&output),
        "tc-errors: HTTP 503 without an API response (text/html); the body starts with: <html>busy</html>"
    );
    assert_eq!(
        stdout(&output),
        "RequestId: raw-1\nadvice: retry (Transient): a busy resource or an \
         unavailable service refused the request; it may pass later; Retry-After: 2 s\n"
    );

    // An API error answered with 200, its request id only in the headers; LF line ends.
    let api = b"HTTP/1.1 200 OK\nX-TC-RequestId: raw-2\n\n{\"Response\":{\"Error\":{\"Code\":\"InvalidDisk.Busy\",\"Message\":\"Busy.\"}}}";
    let output = tc_errors_with_input(&["parse", "--http", "--json"], api);
    assert_eq!(output.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["request_id"], "raw-2");
    assert_eq!(value["kind"], "Transient");
    assert_eq!(value["advice"]["class"], "Transient");

    let success = b"HTTP/1.1 200 OK\r\nX-TC-RequestId: raw-3\r\n\r\n{\"Response\":{}}";
    let output = tc_errors_with_input(&["parse", "--http"], success);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "success (RequestId: raw-3)\n");
}

#[test]
fn parse_http_refuses_what_is_not_an_http_response() {
    let body = br#"{"Response":{"RequestId":"r"}}"#;
    let output = tc_errors_with_input(&["parse", "--http"], body);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(stdout(&output), "");
    assert!(
        error_line(&output).starts_with(
            "tc-errors: cannot read standard input as an HTTP response: line 1: not a status line"
        ),
        "{}",
        stderr(&output)
    );
    let bad_header = page(
        "bad-header.txt",
        b"HTTP/1.1 200 OK\r\nX-TC-RequestId r\r\n\r\n{}",
    );
    let output = tc_errors(&["parse", "--http", page_arg(&bad_header), "--json"]);
    assert_eq!(output.status.code(), Some(3));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["outcome"], "unreadable");
    assert_eq!(value["reason"], "NotHttp");
    assert!(value["error"]
        .as_str()
        .unwrap()
        .contains("line 2: no `:` after the header name"));

    // Arbitrary bytes are an answer, never a panic.
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    for length in [0, 1, 7, 64, 300] {
        let mut input = b"HTTP/1.1 5".to_vec();
        for _ in 0..length {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            input.push(seed as u8);
        }
        for input in [&input[..], &input[10..]] {
            let output = tc_errors_with_input(&["parse", "--http"], input);
            assert!(
                matches!(output.status.code(), Some(0..=3)),
                "{input:?}: {output:?}"
            );
            assert!(is_inert_text(&stdout(&output)) && is_inert_text(&stderr(&output)));
        }
    }

    let output = tc_errors(&["parse", "--http", "--status", "200"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        error_line(&output).contains("cannot be used with"),
        "{}",
        stderr(&output)
    );
    let output = tc_errors_with_input(&["parse", "--service", "legacy", "--http"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(error_line(&output).contains("--service legacy reads an API 2.0 body alone"));
}

#[test]
fn parse_status_of_a_success_body_or_an_interim_one_says_what_it_is() {
    let success = page("success-503.json", br#"{"Response":{"RequestId":"r-1"}}"#);
    let output = tc_errors(&["parse", page_arg(&success), "--status", "503"]);
    assert_eq!(output.status.code(), Some(2));
    let line = error_line(&output);
    assert!(!line.contains("without an API response"), "{line}");
    assert!(
        line.starts_with(
            "tc-errors: HTTP 503 with an API success body: a status that is not 2xx is a \
             failure, whatever the body"
        ),
        "{line}"
    );
    let output = tc_errors(&["parse", page_arg(&success), "--status", "503", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["outcome"], "http");
    assert!(value["error"]
        .as_str()
        .unwrap()
        .starts_with("HTTP 503 with an API success body"));

    // An interim status is not a response's; a negative one is no status.
    for (status, problem) in [
        ("100", "an interim status (1xx): give the final response's"),
        ("199", "an interim status (1xx): give the final response's"),
        ("-1", "an HTTP status is a number from 200 to 999"),
    ] {
        let output = tc_errors(&["parse", page_arg(&success), "--status", status]);
        assert_eq!(output.status.code(), Some(2), "{status}");
        let line = error_line(&output);
        assert!(
            line.starts_with(&format!(
                "tc-errors: invalid value '{status}' for '--status <N>': {problem}"
            )),
            "{line}"
        );
    }
}

#[test]
fn parse_prints_a_huge_retry_after_that_json_reads_exactly_and_skips_impossible_dates() {
    let gateway = page("gateway-retry.html", HTML_502);
    let retry_after = |value: &str| {
        let header = format!("Retry-After: {value}");
        let output = tc_errors(&[
            "parse",
            page_arg(&gateway),
            "--status",
            "503",
            "--header",
            &header,
            "--json",
        ]);
        let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        // The failure's own field and the advice's say the same.
        assert_eq!(
            value["retry_after_seconds"],
            value["advice"]["retry_after_seconds"]
        );
        value["retry_after_seconds"].clone()
    };
    // 2^53 - 1: the largest whole number a JSON reader's double holds exactly.
    let most = serde_json::json!(9_007_199_254_740_991_u64);
    assert_eq!(retry_after("18446744073709551615"), most);
    assert_eq!(retry_after("99999999999999999999999"), most);
    assert_eq!(retry_after("9007199254740992"), most);
    assert_eq!(retry_after("7"), serde_json::json!(7));
    for impossible in [
        "Mon, 31 Feb 2030 00:00:00 GMT",
        "Xyz, 06 Nov 2030 08:49:37 GMT",
        "Fri, 31 Apr 2099 08:49:37 GMT",
        "Sat, 29 Feb 2100 08:49:37 GMT",
        // 6 November 2099 is a Friday.
        "Sun, 06 Nov 2099 08:49:37 GMT",
    ] {
        assert_eq!(
            retry_after(impossible),
            serde_json::Value::Null,
            "{impossible}"
        );
    }
    let late = retry_after("Fri, 06 Nov 2099 08:49:37 GMT");
    assert!(late.as_u64().is_some_and(|seconds| seconds > 0), "{late}");
}
