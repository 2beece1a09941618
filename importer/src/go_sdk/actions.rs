//! The distilled actions of one service version, as the repository keeps them next to
//! its `errors.go` (`actions.txt`): what the catalogs need of the SDK's `client.go` and
//! `models.go`, at a hundredth of their size.
//!
//! ```text
//! # tencentcloud/cvm/v20170312: …
//! DescribeInstances: InternalError.InvalidParameter InvalidFilter
//! RunInstances ClientToken: AccountQualificationRestrictions InvalidClientToken.TooLong
//! SyncImages:
//! ```
//!
//! One line per action, in the SDK's order: the action's name, `ClientToken` when its
//! request takes one, `:`, then the codes the SDK documents for it, in its order,
//! separated by spaces. Blank lines and lines that start with `#` say nothing.

use super::{GoSdkError, GoSdkErrorReason};
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

/// The name of the distilled file in a version's directory.
pub const ACTIONS_FILE: &str = "actions.txt";

/// One action of a service version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    /// The action's name, such as `RunInstances`.
    pub name: String,
    /// Whether its request takes a `ClientToken`.
    pub client_token: bool,
    /// The codes the SDK documents for it, in the SDK's order.
    pub codes: Vec<String>,
}

/// The word after an action's name that says its request takes a `ClientToken`.
const CLIENT_TOKEN: &str = "ClientToken";

/// An action's name as Tencent spells them, and the macro takes them: an ASCII letter,
/// then ASCII letters and digits.
pub fn is_action_name(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric())
}

/// The `actions.txt` of the version whose SDK directory is `dir`
/// (`tencentcloud/cvm/v20170312`).
pub fn write_actions(dir: &str, actions: &[Action]) -> String {
    let mut out = format!(
        "# {dir}: each action of `client.go`, `{CLIENT_TOKEN}` when its request takes one \
         (`models.go`), and the codes the SDK documents for it. Distilled by \
         `tc-errors import-sdk --distill`.\n"
    );
    for action in actions {
        out.push_str(&action.name);
        if action.client_token {
            let _ = write!(out, " {CLIENT_TOKEN}");
        }
        out.push(':');
        for code in &action.codes {
            let _ = write!(out, " {code}");
        }
        out.push('\n');
    }
    out
}

/// Reads an `actions.txt` (see the module docs). Never panics, whatever the bytes.
///
/// # Errors
///
/// [`GoSdkError`] with the 1-based line of the first problem: bytes that are not UTF-8,
/// a line of another shape, an action name or a code that is not one, a code listed
/// twice for one action, or an action listed twice.
pub fn read_actions(bytes: &[u8]) -> Result<Vec<Action>, GoSdkError> {
    let source = super::errors_go::utf8(bytes)?;
    let fail = |line: usize, reason: GoSdkErrorReason| Err(GoSdkError { line, reason });
    let mut actions: Vec<Action> = Vec::new();
    let mut declared: HashMap<&str, usize> = HashMap::new();
    for (index, raw) in source.lines().enumerate() {
        let line = index + 1;
        let t = raw.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let bad_line = || GoSdkErrorReason::BadLine { text: t.to_owned() };
        let Some((head, codes)) = t.split_once(':') else {
            return fail(line, bad_line());
        };
        let (name, client_token) = match head.split_whitespace().collect::<Vec<_>>()[..] {
            [name] => (name, false),
            [name, CLIENT_TOKEN] => (name, true),
            _ => return fail(line, bad_line()),
        };
        if !is_action_name(name) {
            return fail(
                line,
                GoSdkErrorReason::BadAction {
                    name: name.to_owned(),
                },
            );
        }
        if let Some(&first_line) = declared.get(name) {
            let name = name.to_owned();
            return fail(line, GoSdkErrorReason::DuplicateAction { name, first_line });
        }
        let mut seen = HashSet::new();
        let mut list = Vec::new();
        for code in codes.split_whitespace() {
            if tc_errors_internals::naming::check_code(code).is_err() {
                return fail(
                    line,
                    GoSdkErrorReason::BadCode {
                        code: code.to_owned(),
                    },
                );
            }
            if !seen.insert(code) {
                let code = code.to_owned();
                return fail(
                    line,
                    GoSdkErrorReason::DuplicateCode {
                        code,
                        first_line: line,
                    },
                );
            }
            list.push(code.to_owned());
        }
        actions.push(Action {
            name: name.to_owned(),
            client_token,
            codes: list,
        });
        declared.insert(name, line);
    }
    Ok(actions)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(name: &str, client_token: bool, codes: &[&str]) -> Action {
        Action {
            name: name.to_owned(),
            client_token,
            codes: codes.iter().map(|&c| c.to_owned()).collect(),
        }
    }

    #[test]
    fn the_distilled_file_reads_back_what_was_written() {
        let actions = [
            action(
                "DescribeInstances",
                false,
                &["InternalError", "InvalidFilter"],
            ),
            action("RunInstances", true, &["UnsupportedOperation."]),
            action("SyncImages", false, &[]),
        ];
        let text = write_actions("tencentcloud/cvm/v20170312", &actions);
        assert_eq!(
            text.lines().skip(1).collect::<Vec<_>>(),
            [
                "DescribeInstances: InternalError InvalidFilter",
                "RunInstances ClientToken: UnsupportedOperation.",
                "SyncImages:",
            ]
        );
        assert_eq!(read_actions(text.as_bytes()).unwrap(), actions);
        assert_eq!(
            read_actions(text.replace('\n', "\r\n").as_bytes()).unwrap(),
            actions
        );
    }

    #[test]
    fn a_line_of_another_shape_is_reported() {
        let error = |text: &str| {
            let e = read_actions(text.as_bytes()).unwrap_err();
            (e.line, e.reason)
        };
        let bad_line = |text: &str| GoSdkErrorReason::BadLine {
            text: text.to_owned(),
        };
        assert_eq!(
            error("# x\nA: B\nRunInstances\n"),
            (3, bad_line("RunInstances"))
        );
        assert_eq!(error("A Token: B"), (1, bad_line("A Token: B")));
        assert_eq!(
            error("Run_Instances:"),
            (
                1,
                GoSdkErrorReason::BadAction {
                    name: "Run_Instances".to_owned()
                }
            )
        );
        assert_eq!(
            error("A: B\n\nA: C"),
            (
                3,
                GoSdkErrorReason::DuplicateAction {
                    name: "A".to_owned(),
                    first_line: 1
                }
            )
        );
        assert_eq!(
            error("A: B.c B.c"),
            (
                1,
                GoSdkErrorReason::DuplicateCode {
                    code: "B.c".to_owned(),
                    first_line: 1
                }
            )
        );
        assert_eq!(
            error("A: B..c"),
            (
                1,
                GoSdkErrorReason::BadCode {
                    code: "B..c".to_owned()
                }
            )
        );
    }
}
