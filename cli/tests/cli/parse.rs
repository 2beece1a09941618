//! `parse` of a body: outcomes, exit statuses, JSON, limits, escapes, the catalogs that
//! describe a code.

use super::*;

#[test]
fn parse_exits_by_what_the_body_is() {
    let success = page(
        "success.json",
        br#"{"Response":{"DiskSet":[],"RequestId":"r-1"}}"#,
    );
    let output = tc_errors(&["parse", page_arg(&success), "--service", "cbs"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "success (RequestId: r-1)\n");

    let busy = page(
        "busy.json",
        br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r-2"}}"#,
    );
    let output = tc_errors(&["parse", page_arg(&busy), "--service", "cbs"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("kind: Transient\n    advice: retry (Transient)"),
        "{}",
        stdout(&output)
    );

    let gateway = page("gateway.html", b"<html><body>502 Bad Gateway</body></html>");
    let output = tc_errors(&["parse", page_arg(&gateway)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        error_line(&output).contains("not JSON"),
        "{}",
        stderr(&output)
    );

    let output = tc_errors(&["parse", "/nonexistent/body.json"]);
    assert_eq!(output.status.code(), Some(3));
    assert!(error_line(&output).starts_with("tc-errors: cannot read /nonexistent/body.json"));

    let output = tc_errors(&["parse", page_arg(&success), "--service", "nope"]);
    assert_eq!(output.status.code(), Some(3));
    assert!(error_line(&output).contains("no catalog named \"nope\""));
}

#[test]
fn parse_json_is_one_document_whatever_the_outcome() {
    let busy = page(
        "busy-json.json",
        br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r-2"}}"#,
    );
    let gateway = page("gateway-json.html", b"<html>502</html>");
    for (path, status, outcome) in [(&busy, 1, "api_error"), (&gateway, 2, "malformed")] {
        let output = tc_errors(&["parse", page_arg(path), "--service", "cbs", "--json"]);
        assert_eq!(output.status.code(), Some(status));
        let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(value["outcome"], outcome);
    }
}

#[test]
fn parse_reads_no_more_than_the_limit() {
    let body = br#"{"Response":{"RequestId":"r-1"}}"#;
    let exact = page("exact.json", body);
    let limit = body.len().to_string();
    let output = tc_errors(&["parse", page_arg(&exact), "--max-bytes", &limit]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let over = (body.len() - 1).to_string();
    let output = tc_errors(&["parse", page_arg(&exact), "--max-bytes", &over]);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        error_line(&output),
        format!(
            "tc-errors: cannot read {}: it is larger than the limit of {over} bytes (raise it with --max-bytes)",
            page_arg(&exact)
        )
    );

    let output = tc_errors(&["parse", page_arg(&exact), "--max-bytes", "lots"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(error_line(&output).contains("--max-bytes"));
}

#[test]
fn parse_stops_reading_an_endless_input() {
    // `yes | tc-errors parse`: 8 MiB offered, 1 MiB read; the rest is never taken.
    let endless = b"y\n".repeat(4 << 20);
    let output = tc_errors_with_input(&["parse", "-", "--max-bytes", "1M"], &endless);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(
        error_line(&output),
        "tc-errors: cannot read standard input: it is larger than the limit of 1048576 bytes (raise it with --max-bytes)"
    );

    let output = tc_errors_with_input(&["parse", "--json", "--max-bytes", "1K"], &endless);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(stderr(&output), "");
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["outcome"], "unreadable");
    assert_eq!(value["reason"], "TooLarge");
    assert!(value["error"].as_str().unwrap().contains("1024 bytes"));
}

#[test]
fn parse_json_is_one_document_when_there_is_no_body() {
    let output = tc_errors(&["parse", "/nonexistent/body.json", "--json"]);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(stderr(&output), "");
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["outcome"], "unreadable");
    assert_eq!(value["reason"], "Io");
    assert!(value["error"]
        .as_str()
        .unwrap()
        .starts_with("cannot read /nonexistent/body.json: "));

    let output = tc_errors_with_input(&["parse", "--service", "nope", "--json"], b"{}");
    assert_eq!(output.status.code(), Some(3));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["outcome"], "unknown_service");
    assert!(value["error"]
        .as_str()
        .unwrap()
        .contains("no catalog named \"nope\""));
}

#[test]
fn parse_shows_what_the_body_says_escaped() {
    let body = br#"{"Response":{"Error":{"Code":"A.B\u001b[31m","Message":"m\u001b[2J \u202egnp.exe"},"RequestId":"r\r"}}"#;
    let output = tc_errors_with_input(&["parse"], body);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(is_inert_text(&text), "{text:?}");
    assert!(
        text.starts_with(
            "API error: A.B\\u{1b}[31m: m\\u{1b}[2J \\u{202e}gnp.exe (RequestId: r\\r)\n"
        ),
        "{text}"
    );

    let output = tc_errors_with_input(&["parse", "--json"], body);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(is_inert_text(&text), "{text:?}");
    assert!(text.contains(r"\u202e"), "{text}");
    // Lossless: the JSON reads back as the body's own strings.
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["code"], "A.B\u{1b}[31m");
    assert_eq!(value["message"], "m\u{1b}[2J \u{202e}gnp.exe");
    assert_eq!(value["request_id"], "r\r");

    let success = br#"{"Response":{"RequestId":"\u2066r\u2069"}}"#;
    let output = tc_errors_with_input(&["parse"], success);
    assert_eq!(
        stdout(&output),
        "success (RequestId: \\u{2066}r\\u{2069})\n"
    );

    let malformed = "\u{202e}<html>\u{1b}[2J".as_bytes();
    let output = tc_errors_with_input(&["parse"], malformed);
    assert_eq!(output.status.code(), Some(2));
    assert!(is_inert_text(&stderr(&output)), "{}", stderr(&output));
}

#[test]
fn parse_legacy_takes_an_api_3_error_for_an_error() {
    let body = br#"{"code":0,"message":"m","codeDesc":"AuthFailure","Response":{"Error":{"Code":"X","Message":"y"}}}"#;
    let output = tc_errors_with_input(&["parse", "--service", "legacy"], body);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(
        stdout(&output).starts_with("API error: X: y\n"),
        "{}",
        stdout(&output)
    );

    let body =
        br#"{"code":4100,"message":"m","codeDesc":"AuthFailure","Response":{"RequestId":"r"}}"#;
    let output = tc_errors_with_input(&["parse"], body);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(
        stdout(&output).starts_with("API error: AuthFailure: m (RequestId: r)\n"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn parse_json_carries_the_advice_and_a_malformed_bodys_reason_detail_and_excerpt() {
    let busy = br#"{"Response":{"Error":{"Code":"AuthFailure.SignatureExpire","Message":"Old."},"RequestId":"r"}}"#;
    let output = tc_errors_with_input(&["parse", "--json"], busy);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["advice"]["class"], "ClockSkew");
    assert_eq!(value["advice"]["retry"], true);
    assert_eq!(value["advice"]["re_sign"], true);
    assert_eq!(value["advice"]["verdict"], "re-sign and retry");

    let hostile = "{\"Response\": \u{1b}[2J\u{202e}<html>".as_bytes();
    let output = tc_errors_with_input(&["parse", "--json"], hostile);
    assert_eq!(output.status.code(), Some(2));
    let text = stdout(&output);
    assert!(is_inert_text(&text), "{text:?}");
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["outcome"], "malformed");
    assert_eq!(value["reason"], "NotJson");
    assert_eq!(value["message"], "the body is not JSON");
    assert_eq!(value["detail"], "expected value at line 1 column 14");
    // The excerpt is sanitized text: the escapes are characters, not the controls.
    assert_eq!(value["excerpt"], "{\"Response\": \\u{1b}[2J\\u{202e}<html>");
    assert_eq!(value["advice"]["class"], "ServerFault");
    assert_eq!(value["advice"]["idempotent_only"], true);
    assert!(!text.contains("Malformed("), "{text}");
}

#[test]
fn parse_without_a_service_names_the_services_that_declare_the_code() {
    let busy =
        br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r"}}"#;
    let output = tc_errors_with_input(&["parse"], busy);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        "API error: InvalidDisk.Busy: Busy. (RequestId: r)\n    declared by cbs \
         (tc_error_catalogs::cbs::CbsError): The cloud disk is busy. Try again later.\n    \
         kind: Transient\n    advice: retry (Transient): a busy \
         resource or an unavailable service refused the request; it may pass later\n"
    );
    let output = tc_errors_with_input(&["parse", "--json"], busy);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["service"], serde_json::Value::Null);
    assert_eq!(value["known"], true);
    assert_eq!(value["declared_by"].as_array().unwrap().len(), 1);
    assert_eq!(value["declared_by"][0]["service"], "cbs");
    assert_eq!(
        value["declared_by"][0]["enum"],
        "tc_error_catalogs::cbs::CbsError"
    );
    assert_eq!(value["kind"], "Transient");
    assert_eq!(value["common"], false);

    let common = br#"{"Response":{"Error":{"Code":"UnauthorizedOperation","Message":"No."},"RequestId":"r"}}"#;
    let output = tc_errors_with_input(&["parse"], common);
    let text = stdout(&output);
    assert!(
        text.contains(
            "\n    a common code, which any service may return (tc_errors::CommonError): "
        ),
        "{text}"
    );
    assert!(
        text.contains("\n    kind: Denied\n    advice: do not retry (NotRetryable): "),
        "{text}"
    );
}

#[test]
fn parse_shortens_a_huge_code_message_or_request_id() {
    let code = format!("Huge{}", "x".repeat(100_000));
    let message = "m".repeat(5 << 20);
    let request_id = "r".repeat(1 << 20);
    let body = format!(
        r#"{{"Response":{{"Error":{{"Code":"{code}","Message":"{message}"}},"RequestId":"{request_id}"}}}}"#
    );
    let output = tc_errors_with_input(&["parse"], body.as_bytes());
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.len() < 4_000, "{} bytes", text.len());
    assert!(text.starts_with("API error: Hugexxx"), "{text}");
    assert_eq!(text.matches("xxx…xxx").count(), 2, "{text}");
    for part in [
        ": mmm",
        "mmm…mmm",
        "mmm (RequestId: rrr",
        "rrr…rrr",
        "rrr)\n",
    ] {
        assert!(text.contains(part), "{part} in {text}");
    }
    // JSON is lossless.
    let output = tc_errors_with_input(&["parse", "--json"], body.as_bytes());
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["code"], code.as_str());
    assert_eq!(value["message"].as_str().map(str::len), Some(message.len()));
    assert_eq!(value["request_id"], request_id.as_str());

    let success = format!(r#"{{"Response":{{"RequestId":"{request_id}"}}}}"#);
    let text = stdout(&tc_errors_with_input(&["parse"], success.as_bytes()));
    assert!(text.len() < 400, "{} bytes", text.len());
    assert!(
        text.starts_with("success (RequestId: rrr") && text.ends_with("rrr)\n"),
        "{text}"
    );
    assert!(text.contains("rrr…rrr"), "{text}");
}

#[test]
fn parse_of_an_api_2_body_hints_at_service_legacy() {
    for body in [
        &br#"{"code":4100,"message":"Bad signature.","codeDesc":"AuthFailure"}"#[..],
        br#"{"code":0,"message":"","data":{}}"#,
    ] {
        let output = tc_errors_with_input(&["parse"], body);
        assert_eq!(output.status.code(), Some(2));
        let line = error_line(&output);
        assert!(
            line.ends_with("; it reads as an API 2.0 body: try --service legacy"),
            "{line}"
        );
        let output = tc_errors_with_input(&["parse", "--json"], body);
        let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(
            value["hint"],
            "it reads as an API 2.0 body: try --service legacy"
        );
    }
    // Not every body without `Response` is one.
    let output = tc_errors_with_input(&["parse"], br#"{"data":{}}"#);
    assert!(!error_line(&output).contains("legacy"));
}

#[test]
fn parse_reads_an_sdk_error_line_as_the_error_it_reports() {
    let go = b"2026/08/21 10:00:01 [TencentCloudSDKError] Code=ClientError.NetworkError, Message=Fail to get response because dial tcp: i/o timeout\n";
    let output = tc_errors_with_input(&["parse"], go);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.starts_with("API error: ClientError.NetworkError: Fail to get response because dial tcp: i/o timeout\n"),
        "{text}"
    );
    assert!(
        text.contains("\n    client-side: raised by Tencent's SDKs, never sent by the API\n    kind: Network\n    advice: retry only if idempotent (Transient)"),
        "{text}"
    );

    let python = b"[TencentCloudSDKException] code:InvalidDisk.Busy message:Busy. requestId:r-1";
    let output = tc_errors_with_input(&["parse", "--json", "--service", "cbs"], python);
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(value["outcome"], "api_error");
    assert_eq!(
        (value["code"].as_str(), value["request_id"].as_str()),
        (Some("InvalidDisk.Busy"), Some("r-1"))
    );
    assert_eq!(value["advice"]["verdict"], "retry");

    let node = b"[TencentCloudSDKException]message:timeout  requestId:  traceId:";
    let output = tc_errors_with_input(&["parse"], node);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    assert!(
        stderr(&output).starts_with("tc-errors: malformed SDK error line: the text is not a Tencent SDK error line (no error code: the Node.js SDK's line carries none)"),
        "{}",
        stderr(&output)
    );
}
