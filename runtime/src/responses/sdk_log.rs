//! The error lines Tencent's SDKs print, read back into the API error they report.

use super::api_error::ApiError;
use super::malformed::{MalformedReason, MalformedResponse};
use crate::codes::code::Code;
use crate::codes::error_code::ErrorCode;

/// What the Go SDK's `TencentCloudSDKError.Error()` starts with.
const GO: &str = "[TencentCloudSDKError]";
/// What the Python, Java and Node.js SDKs' `TencentCloudSDKException` prints first.
const EXCEPTION: &str = "[TencentCloudSDKException]";

/// Reads one error line of a Tencent SDK into the [`ApiError`] it reports: the same
/// error a response body with that code, message and request id gives, so that its
/// kind, texts and [advice](ApiError::retry_advice) follow.
///
/// The formats, from the SDKs' sources (Go: `tencentcloud/common/errors/errors.go`;
/// Python: `tencentcloud/common/exception/tencent_cloud_sdk_exception.py`; Java:
/// `TencentCloudSDKException.toString()`):
///
/// | SDK | line |
/// |---|---|
/// | Go | `[TencentCloudSDKError] Code=…, Message=…, RequestId=…` (`, RequestId=…` left out when there is none) |
/// | Python | `[TencentCloudSDKException] code:… message:… requestId:…` (`None` when there is none) |
/// | Java | `[TencentCloudSDKException]code: … message:… requestId:…` (`null` when there is none; ` cause:…` may follow) |
///
/// Text before the bracket (a logger's time and level) is skipped, as is white space at
/// either end. The message may hold anything, `, ` and line breaks included: it runs to
/// the last `, RequestId=` (Go) or ` requestId:` (Python, Java) that a request id without
/// white space follows. The code is whatever text the line gives (the Python SDK's own
/// codes include `CommonClient Parameter Error, …`), so an SDK's client-side code is an
/// [`ApiError`] too: [`ClientError`](crate::client::ClientError) knows them.
///
/// The Node.js SDK's line (`[TencentCloudSDKException]message:…  requestId:…`) carries
/// no code, so it cannot say what failed; like any line without a code, or that is not
/// one of these formats, it is a [`MalformedResponse`] with the reason
/// [`NotAnSdkLine`](MalformedReason::NotAnSdkLine) and a detail saying what is missing.
///
/// ```
/// use tc_errors::{parse_response, parse_sdk_log_line, CommonError, ResponseError};
///
/// let go = "2026/08/21 10:00:00 [TencentCloudSDKError] Code=InternalError, \
///           Message=Backend error, retry later., RequestId=eac6b301";
/// let python = "[TencentCloudSDKException] code:InternalError \
///               message:Backend error, retry later. requestId:eac6b301";
/// let body = br#"{"Response":{"Error":{"Code":"InternalError","Message":"Backend error, retry later."},"RequestId":"eac6b301"}}"#;
/// let Err(ResponseError::Api(from_body)) = parse_response::<(), CommonError>(body) else {
///     unreachable!()
/// };
/// assert_eq!(parse_sdk_log_line::<CommonError>(go)?, from_body);
/// assert_eq!(parse_sdk_log_line::<CommonError>(python)?, from_body);
/// assert!(from_body.is(CommonError::InternalError));
///
/// let node = "[TencentCloudSDKException]message:timeout  requestId:  traceId:";
/// let error = parse_sdk_log_line::<CommonError>(node).unwrap_err();
/// assert!(error.to_string().contains("no error code"), "{error}");
/// # Ok::<(), tc_errors::MalformedResponse>(())
/// ```
pub fn parse_sdk_log_line<E: ErrorCode>(line: &str) -> Result<ApiError<E>, MalformedResponse> {
    let line = line.trim();
    let malformed = |detail: &str| {
        MalformedResponse::new(MalformedReason::NotAnSdkLine, detail, line.as_bytes())
    };
    // The first bracket is the SDK's: a message may quote another.
    let first = [(GO, true), (EXCEPTION, false)]
        .into_iter()
        .filter_map(|(bracket, go)| Some((line.find(bracket)?, bracket, go)))
        .min();
    let (code, message, request_id) = match first {
        Some((at, bracket, true)) => go_fields(&line[at + bracket.len()..]),
        Some((at, bracket, false)) => exception_fields(&line[at + bracket.len()..]),
        None => {
            Err("no `[TencentCloudSDKError]` (Go) or `[TencentCloudSDKException]` (Python, Java)")
        }
    }
    .map_err(malformed)?;
    if code.is_empty() {
        return Err(malformed("the line gives no error code"));
    }
    Ok(ApiError::new(Code::parse(code), message, request_id))
}

/// Code, message and request id of what follows the Go SDK's bracket:
/// ` Code=…, Message=…[, RequestId=…]`.
fn go_fields(rest: &str) -> Result<(&str, &str, &str), &'static str> {
    let rest = rest
        .trim_start()
        .strip_prefix("Code=")
        .ok_or("no `Code=` after `[TencentCloudSDKError]`")?;
    let (code, rest) = rest
        .split_once(", Message=")
        .ok_or("no `, Message=` after the code")?;
    let (message, request_id) = split_request_id(rest, ", RequestId=").unwrap_or((rest, ""));
    Ok((code.trim(), message, request_id))
}

/// Code, message and request id of what follows the exception's bracket, as the
/// Python SDK (` code:… message:… requestId:…`) or the Java SDK (`code: … message:…
/// requestId:…[ cause:…]`) prints it.
fn exception_fields(rest: &str) -> Result<(&str, &str, &str), &'static str> {
    let rest = rest.trim_start();
    let rest = match rest.strip_prefix("code:") {
        Some(rest) => rest,
        None if rest.starts_with("message:") => {
            return Err("no error code: the Node.js SDK's line carries none")
        }
        None => return Err("no `code:` after `[TencentCloudSDKException]`"),
    };
    let (code, rest) = rest
        .split_once(" message:")
        .ok_or("no ` message:` after the code")?;
    let (message, request_id) =
        split_request_id(rest, " requestId:").ok_or("no ` requestId:` after the message")?;
    // Java adds the cause after the request id, which has no white space.
    let request_id = request_id
        .split_once(" cause:")
        .map_or(request_id, |(id, _)| id);
    let absent = |text: &str| matches!(text, "None" | "null");
    let code = code.trim();
    Ok((
        if absent(code) { "" } else { code },
        message,
        if absent(request_id) { "" } else { request_id },
    ))
}

/// `text` split at the last `separator` that a request id follows: text without white
/// space, up to the end or to a Java ` cause:`. `None` when no separator is followed by
/// one.
fn split_request_id<'a>(text: &'a str, separator: &str) -> Option<(&'a str, &'a str)> {
    let at = text.rfind(separator)?;
    let (message, request_id) = (&text[..at], &text[at + separator.len()..]);
    let id_itself = request_id
        .split_once(" cause:")
        .map_or(request_id, |(id, _)| id);
    (!id_itself.contains(char::is_whitespace)).then_some((message, request_id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::client::ClientError;
    use crate::codes::common::CommonError;

    fn read(line: &str) -> ApiError<CommonError> {
        parse_sdk_log_line(line).unwrap_or_else(|error| panic!("{line}: {error}"))
    }

    fn fields(error: &ApiError<CommonError>) -> (&str, &str, &str) {
        (error.code().as_str(), error.message(), error.request_id())
    }

    #[test]
    fn go_lines_with_and_without_a_request_id() {
        let error = read("[TencentCloudSDKError] Code=InvalidInstanceId.NotFound, Message=The instance `ins-1, ins-2` does not exist., RequestId=6f2a-11");
        assert_eq!(
            fields(&error),
            (
                "InvalidInstanceId.NotFound",
                "The instance `ins-1, ins-2` does not exist.",
                "6f2a-11"
            )
        );
        let error = read("[TencentCloudSDKError] Code=ClientError.NetworkError, Message=Fail to get response because Post \"https://cvm.tencentcloudapi.com/\": dial tcp: i/o timeout");
        assert_eq!(error.request_id(), "");
        assert!(error.message().ends_with("i/o timeout"), "{error:?}");
        let client: ApiError<ClientError> = error.into_catalog();
        assert!(client.is(ClientError::ClientErrorNetworkError));
        assert!(client.retry_advice().requires_idempotent());
        // A `, RequestId=` inside the message that no id follows stays in the message.
        let error = read("[TencentCloudSDKError] Code=A, Message=see , RequestId= below");
        assert_eq!(fields(&error), ("A", "see , RequestId= below", ""));
        let error = read("[TencentCloudSDKError] Code=A, Message=, RequestId=");
        assert_eq!(fields(&error), ("A", "", ""));
    }

    #[test]
    fn python_and_java_lines() {
        let error = read("[TencentCloudSDKException] code:AuthFailure.SignatureExpire message:Signature expired. requestId:r-9");
        assert_eq!(
            fields(&error),
            ("AuthFailure.SignatureExpire", "Signature expired.", "r-9")
        );
        let error = read("[TencentCloudSDKException] code:ClientNetworkError message:HTTPSConnectionPool(host='cvm.tencentcloudapi.com', port=443): Read timed out. requestId:None");
        assert_eq!(error.code().as_str(), "ClientNetworkError");
        assert_eq!(error.request_id(), "");
        let error = read("[TencentCloudSDKException]code: ResourceNotFound message:No such disk. requestId:r-3 cause:java.net.SocketTimeoutException: timeout");
        assert_eq!(fields(&error), ("ResourceNotFound", "No such disk.", "r-3"));
        let error = read("[TencentCloudSDKException]code: LimitExceeded message:x requestId:null");
        assert_eq!(fields(&error), ("LimitExceeded", "x", ""));
    }

    #[test]
    fn the_first_bracket_is_the_sdks() {
        let error = read("[TencentCloudSDKException] code:A message:quoting [TencentCloudSDKError] Code=B, Message=c requestId:r");
        assert_eq!(
            fields(&error),
            ("A", "quoting [TencentCloudSDKError] Code=B, Message=c", "r")
        );
        let error =
            read("[TencentCloudSDKError] Code=B, Message=[TencentCloudSDKException] code:A");
        assert_eq!(
            fields(&error),
            ("B", "[TencentCloudSDKException] code:A", "")
        );
    }

    #[test]
    fn a_loggers_prefix_and_white_space_around_are_skipped() {
        let error = read("  2026-08-21 10:00:00,123 ERROR cvm.py:42 [TencentCloudSDKException] code:InternalError message:Oops. requestId:r\r\n");
        assert_eq!(fields(&error), ("InternalError", "Oops.", "r"));
        assert!(error.is(CommonError::InternalError));
    }

    #[test]
    fn malformed_lines_say_what_is_missing() {
        for (line, detail) in [
            ("InternalError: Oops.", "no `[TencentCloudSDKError]`"),
            ("[TencentCloudSDKError] Message=x", "no `Code=`"),
            ("[TencentCloudSDKError] Code=A Message=x", "no `, Message=`"),
            ("[TencentCloudSDKError] Code=, Message=x", "no error code"),
            (
                "[TencentCloudSDKException]message:x  requestId:r  traceId:t",
                "Node.js",
            ),
            ("[TencentCloudSDKException] code:A", "no ` message:`"),
            (
                "[TencentCloudSDKException] code:A message:x",
                "no ` requestId:`",
            ),
            (
                "[TencentCloudSDKException]code:  message:x requestId:r",
                "no error code",
            ),
            (
                "[TencentCloudSDKException] code:None message:x requestId:r",
                "no error code",
            ),
            ("[TencentCloudSDKException] what", "no `code:`"),
        ] {
            let error = parse_sdk_log_line::<CommonError>(line).unwrap_err();
            assert_eq!(error.reason(), MalformedReason::NotAnSdkLine, "{line}");
            assert!(error.detail().contains(detail), "{line}: {error}");
            assert!(error.to_string().contains("not a Tencent SDK error line"));
        }
    }
}
