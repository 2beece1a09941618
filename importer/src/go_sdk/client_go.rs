//! Reads the `client.go` file of one service version of Tencent Cloud's Go SDK: its
//! actions and the codes the SDK documents for each.
//!
//! Each action is a method of `*Client` whose first parameter is the action's request,
//! documented by a comment that ends with the list of codes:
//!
//! ```text
//! // AcquireClusterAdminRole
//! // 通过此接口，可以获取集群的tke:admin的ClusterRole……
//! //
//! // 可能返回的错误码:
//! //  FAILEDOPERATION_COMPONENTCLIENTHTTP = "FailedOperation.ComponentClientHttp"
//! //  INTERNALERROR = "InternalError"
//! func (c *Client) AcquireClusterAdminRole(request *AcquireClusterAdminRoleRequest) (response *AcquireClusterAdminRoleResponse, err error) {
//! ```
//!
//! Rules, in the order the reader applies them:
//!
//! * Lines are trimmed (tabs, spaces and CRLF endings do not matter).
//! * A run of `//` lines is a comment. In it, a line `// 可能返回的错误码:` (Chinese SDK)
//!   or `// error code that may be returned:` (English SDK) starts the list of codes;
//!   every later line of the run is one `//  NAME = "Code"`, else the line is malformed.
//! * The line after the run decides what the list documents. A method
//!   `func (c *Client) Name(request *NameRequest, …)` is the action `Name`, with the
//!   list's codes (none when its comment has no list). Another method of `*Client` (the
//!   `NameWithContext(ctx context.Context, request *NameRequest)` twin that repeats the
//!   list) is not an action. Anything else after a list is malformed: a list documents a
//!   method.
//! * An action declared twice or named other than `[A-Za-z][A-Za-z0-9]*`, a code listed
//!   twice for one action, or a code outside the set every code fits is malformed.

use super::actions::is_action_name;
use super::errors_go::{parse_const, utf8};
use super::{GoSdkError, GoSdkErrorReason};
use std::collections::HashMap;

/// One action read from a `client.go` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoAction {
    /// The action's name, such as `RunInstances`.
    pub name: String,
    /// The codes its comment lists, in file order.
    pub codes: Vec<String>,
    /// 1-based line of the method.
    pub line: usize,
}

/// The lines that start a list of codes, in the Chinese and the English SDK.
const LIST_HEADINGS: [&str; 2] = ["可能返回的错误码:", "error code that may be returned:"];

/// Reads the actions of one `client.go` file, in file order (see the module docs for the
/// accepted shape). Never panics, whatever the bytes.
///
/// # Errors
///
/// [`GoSdkError`] with the 1-based line of the first problem: bytes that are not UTF-8,
/// a line of a list that is not `NAME = "Code"`, an invalid code, a code listed twice
/// for one action, a list that no method follows, or an action declared twice.
pub fn read_go_client(bytes: &[u8]) -> Result<Vec<GoAction>, GoSdkError> {
    let source = utf8(bytes)?;
    let fail = |line: usize, reason: GoSdkErrorReason| Err(GoSdkError { line, reason });
    let mut actions: Vec<GoAction> = Vec::new();
    let mut declared: HashMap<&str, usize> = HashMap::new();
    // The list in the comment run being read: its first line, and each code with its line.
    let mut list: Option<(usize, Vec<(&str, usize)>)> = None;

    for (index, raw) in source.lines().enumerate() {
        let line = index + 1;
        let t = raw.trim();
        if let Some(comment) = t.strip_prefix("//") {
            let comment = comment.trim();
            match &mut list {
                Some((_, codes)) => {
                    let Some(c) = parse_const(comment) else {
                        return fail(line, GoSdkErrorReason::BadLine { text: t.to_owned() });
                    };
                    if tc_errors_internals::naming::check_code(c.code).is_err() {
                        let code = c.code.to_owned();
                        return fail(line, GoSdkErrorReason::BadCode { code });
                    }
                    if let Some(&(_, first_line)) = codes.iter().find(|(code, _)| *code == c.code) {
                        let code = c.code.to_owned();
                        return fail(line, GoSdkErrorReason::DuplicateCode { code, first_line });
                    }
                    codes.push((c.code, line));
                }
                None if LIST_HEADINGS.contains(&comment) => list = Some((line, Vec::new())),
                None => {}
            }
            continue;
        }
        let documented = list.take();
        match client_method(t) {
            Some(Method { name, is_action }) if is_action => {
                if !is_action_name(name) {
                    let name = name.to_owned();
                    return fail(line, GoSdkErrorReason::BadAction { name });
                }
                if let Some(&first_line) = declared.get(name) {
                    let name = name.to_owned();
                    return fail(line, GoSdkErrorReason::DuplicateAction { name, first_line });
                }
                declared.insert(name, line);
                let codes = documented.map_or_else(Vec::new, |(_, codes)| {
                    codes.iter().map(|(code, _)| (*code).to_owned()).collect()
                });
                actions.push(GoAction {
                    name: name.to_owned(),
                    codes,
                    line,
                });
            }
            Some(_) => {}
            None => {
                if let Some((list_line, _)) = documented {
                    return fail(list_line, GoSdkErrorReason::ListWithoutAction);
                }
            }
        }
    }
    match list {
        Some((list_line, _)) => fail(list_line, GoSdkErrorReason::ListWithoutAction),
        None => Ok(actions),
    }
}

/// A method of `*Client`, and whether it is an action (its first parameter is a pointer
/// to the request type named after it).
struct Method<'a> {
    name: &'a str,
    is_action: bool,
}

/// `func (c *Client) Name(request *NameRequest, …) (…) {`, read loosely enough to see a
/// method of `*Client` whatever its parameters.
fn client_method(t: &str) -> Option<Method<'_>> {
    let rest = t.strip_prefix("func")?.trim_start().strip_prefix('(')?;
    let (receiver, rest) = rest.split_once(')')?;
    let mut receiver = receiver.split_whitespace();
    let (Some(_), Some("*Client"), None) = (receiver.next(), receiver.next(), receiver.next())
    else {
        return None;
    };
    let (name, rest) = rest.trim_start().split_once('(')?;
    let name = name.trim_end();
    let first = rest.split([',', ')']).next().unwrap_or_default();
    let request = first.split_whitespace().nth(1).unwrap_or_default();
    let is_action = request
        .strip_prefix('*')
        .and_then(|request| request.strip_suffix("Request"))
        == Some(name);
    Some(Method { name, is_action })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLIENT: &str = r#"package v20180525

func NewClient(credential common.CredentialIface, region string) (client *Client, err error) {
    return
}

// AcquireClusterAdminRole
// 获取集群的管理员角色。
//
// 可能返回的错误码:
//  FAILEDOPERATION = "FailedOperation"
//  INTERNALERROR_DB = "InternalError.Db"
func (c *Client) AcquireClusterAdminRole(request *AcquireClusterAdminRoleRequest) (response *AcquireClusterAdminRoleResponse, err error) {
    return c.AcquireClusterAdminRoleWithContext(context.Background(), request)
}

// AcquireClusterAdminRole
//
// 可能返回的错误码:
//  FAILEDOPERATION = "FailedOperation"
//  INTERNALERROR_DB = "InternalError.Db"
func (c *Client) AcquireClusterAdminRoleWithContext(ctx context.Context, request *AcquireClusterAdminRoleRequest) (response *AcquireClusterAdminRoleResponse, err error) {
    return
}

// DescribeVersions
// This API is used to query versions.
func (c *Client) DescribeVersions(request *DescribeVersionsRequest) (response *DescribeVersionsResponse, err error) {
    return
}

// UploadLog
//
// error code that may be returned:
//  INVALIDPARAMETER = "InvalidParameter"
func (c *Client) UploadLog(request *UploadLogRequest, data []byte) (response *UploadLogResponse, err error) {
    return
}
"#;

    fn read(text: &str) -> Result<Vec<(String, Vec<String>, usize)>, GoSdkError> {
        let actions = read_go_client(text.as_bytes())?;
        Ok(actions
            .into_iter()
            .map(|a| (a.name, a.codes, a.line))
            .collect())
    }

    fn error(text: &str) -> (usize, GoSdkErrorReason) {
        let error = read_go_client(text.as_bytes()).unwrap_err();
        (error.line, error.reason)
    }

    fn strings(codes: &[&str]) -> Vec<String> {
        codes.iter().map(|&c| c.to_owned()).collect()
    }

    #[test]
    fn each_action_has_the_codes_its_comment_lists() {
        assert_eq!(
            read(CLIENT).unwrap(),
            [
                (
                    "AcquireClusterAdminRole".to_owned(),
                    strings(&["FailedOperation", "InternalError.Db"]),
                    13
                ),
                ("DescribeVersions".to_owned(), Vec::new(), 28),
                ("UploadLog".to_owned(), strings(&["InvalidParameter"]), 36),
            ]
        );
        let crlf = CLIENT.replace('\n', "\r\n");
        assert_eq!(read(&crlf).unwrap(), read(CLIENT).unwrap());
    }

    #[test]
    fn a_malformed_list_is_reported_with_its_line() {
        let bad_line = CLIENT.replace("//  INTERNALERROR_DB = \"InternalError.Db\"\nfunc (c *Client) AcquireClusterAdminRole(", "//  and more\nfunc (c *Client) AcquireClusterAdminRole(");
        assert_eq!(
            error(&bad_line),
            (
                12,
                GoSdkErrorReason::BadLine {
                    text: "//  and more".to_owned()
                }
            )
        );
        let bad_code = CLIENT.replace("\"InvalidParameter\"", "\"Invalid Parameter\"");
        assert_eq!(
            error(&bad_code),
            (
                35,
                GoSdkErrorReason::BadCode {
                    code: "Invalid Parameter".to_owned()
                }
            )
        );
        let twice = CLIENT.replace(
            "//  INVALIDPARAMETER = \"InvalidParameter\"",
            "//  INVALIDPARAMETER = \"InvalidParameter\"\n//  INVALIDPARAMETER = \"InvalidParameter\"",
        );
        assert_eq!(
            error(&twice),
            (
                36,
                GoSdkErrorReason::DuplicateCode {
                    code: "InvalidParameter".to_owned(),
                    first_line: 35
                }
            )
        );
    }

    #[test]
    fn a_list_must_document_a_method_and_an_action_comes_once() {
        let detached = CLIENT.replace(
            "//  INVALIDPARAMETER = \"InvalidParameter\"\n",
            "//  INVALIDPARAMETER = \"InvalidParameter\"\n\n",
        );
        assert_eq!(error(&detached), (34, GoSdkErrorReason::ListWithoutAction));
        let cut = &CLIENT[..CLIENT.find("func (c *Client) UploadLog").unwrap()];
        assert_eq!(error(cut), (34, GoSdkErrorReason::ListWithoutAction));
        let twice = format!(
            "{CLIENT}func (c *Client) DescribeVersions(request *DescribeVersionsRequest) {{\n"
        );
        assert_eq!(
            error(&twice),
            (
                39,
                GoSdkErrorReason::DuplicateAction {
                    name: "DescribeVersions".to_owned(),
                    first_line: 28
                }
            )
        );
        let not_utf8 = read_go_client(b"x\n\xff").unwrap_err();
        assert_eq!(
            (not_utf8.line, not_utf8.reason),
            (2, GoSdkErrorReason::NotUtf8)
        );
    }
}
