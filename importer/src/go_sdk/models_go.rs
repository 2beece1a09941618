//! Reads the `models.go` file of one service version of Tencent Cloud's Go SDK: which
//! actions' requests take a `ClientToken` (the token that makes a second send of the
//! same request harmless).
//!
//! ```text
//! type RunInstancesRequest struct {
//!     *tchttp.BaseRequest
//!
//!     // 用于保证请求幂等性的字符串。
//!     ClientToken *string `json:"ClientToken,omitnil,omitempty" name:"ClientToken"`
//! }
//! ```
//!
//! Rules: a line `type NameRequest struct {` opens the request of action `Name`; the
//! first line after it that starts with `}` (gofmt puts the closing brace of a top-level
//! type in the first column) closes it; in between, a line whose first word is
//! `ClientToken` is that field. Other types (`NameRequestParams`, `NameResponse`, the
//! data structures) are not requests. A request never closed, or declared twice, is
//! malformed.

use super::errors_go::utf8;
use super::{GoSdkError, GoSdkErrorReason};
use std::collections::BTreeMap;

/// One action's request type, read from a `models.go` file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoRequest {
    /// Whether the request has a `ClientToken` field.
    pub client_token: bool,
    /// 1-based line of its `type … struct {`.
    pub line: usize,
}

/// Reads the request types of one `models.go` file, by action name (see the module docs
/// for the accepted shape). Never panics, whatever the bytes.
///
/// # Errors
///
/// [`GoSdkError`] with the 1-based line of the first problem: bytes that are not UTF-8,
/// a request type never closed (its `type` line) or declared a second time.
pub fn read_go_models(bytes: &[u8]) -> Result<BTreeMap<String, GoRequest>, GoSdkError> {
    let source = utf8(bytes)?;
    let mut requests: BTreeMap<String, GoRequest> = BTreeMap::new();
    // The request being read: its action and what is known so far.
    let mut open: Option<(&str, GoRequest)> = None;
    for (index, raw) in source.lines().enumerate() {
        let line = index + 1;
        if let Some((action, request)) = &mut open {
            if raw.starts_with('}') {
                requests.insert((*action).to_owned(), *request);
                open = None;
            } else if raw.split_whitespace().next() == Some("ClientToken") {
                request.client_token = true;
            }
            continue;
        }
        let Some(action) = request_type(raw.trim()) else {
            continue;
        };
        if let Some(first) = requests.get(action) {
            return Err(GoSdkError {
                line,
                reason: GoSdkErrorReason::DuplicateAction {
                    name: action.to_owned(),
                    first_line: first.line,
                },
            });
        }
        let request = GoRequest {
            client_token: false,
            line,
        };
        open = Some((action, request));
    }
    match open {
        Some((action, request)) => Err(GoSdkError {
            line: request.line,
            reason: GoSdkErrorReason::UnterminatedStruct {
                name: format!("{action}Request"),
            },
        }),
        None => Ok(requests),
    }
}

/// The action of `type NameRequest struct {`.
fn request_type(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("type ")?.trim_start();
    let (name, rest) = rest.split_once(char::is_whitespace)?;
    let opens = rest
        .trim()
        .strip_prefix("struct")
        .is_some_and(|r| r.trim() == "{");
    let action = name.strip_suffix("Request")?;
    (opens && !action.is_empty()).then_some(action)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MODELS: &str = "package v20170312

// Predefined struct for user
type RunInstancesRequestParams struct {
\t// 用于保证请求幂等性的字符串。
\tClientToken *string `json:\"ClientToken,omitnil,omitempty\" name:\"ClientToken\"`
}

type RunInstancesRequest struct {
\t*tchttp.BaseRequest
\t
\t// 实例所在的位置。
\tPlacement *Placement `json:\"Placement,omitnil,omitempty\" name:\"Placement\"`

\t// 用于保证请求幂等性的字符串。ClientToken
\tClientToken *string `json:\"ClientToken,omitnil,omitempty\" name:\"ClientToken\"`
}

type DescribeInstancesRequest struct {
\t*tchttp.BaseRequest
\t// 这里不是 ClientToken 字段
\tLimit *int64 `json:\"Limit,omitnil,omitempty\" name:\"Limit\"`
}

type LaunchTemplate struct {
\tClientToken *string
}
";

    #[test]
    fn a_request_takes_a_client_token_when_it_has_the_field() {
        let requests = read_go_models(MODELS.as_bytes()).unwrap();
        let read: Vec<(&str, bool, usize)> = requests
            .iter()
            .map(|(action, r)| (action.as_str(), r.client_token, r.line))
            .collect();
        assert_eq!(
            read,
            [("DescribeInstances", false, 19), ("RunInstances", true, 9)]
        );
        let crlf = MODELS.replace('\n', "\r\n");
        assert_eq!(read_go_models(crlf.as_bytes()).unwrap(), requests);
    }

    #[test]
    fn a_request_never_closed_or_declared_twice_is_reported() {
        let cut = &MODELS[..MODELS.find("type LaunchTemplate").unwrap() - 3];
        let error = read_go_models(cut.as_bytes()).unwrap_err();
        assert_eq!(
            (error.line, error.reason),
            (
                19,
                GoSdkErrorReason::UnterminatedStruct {
                    name: "DescribeInstancesRequest".to_owned()
                }
            )
        );
        let twice = format!("{MODELS}type RunInstancesRequest struct {{\n}}\n");
        let error = read_go_models(twice.as_bytes()).unwrap_err();
        assert_eq!(
            (error.line, error.reason),
            (
                28,
                GoSdkErrorReason::DuplicateAction {
                    name: "RunInstances".to_owned(),
                    first_line: 9
                }
            )
        );
    }
}
