//! Reads the `errors.go` file of one service of Tencent Cloud's Go SDK
//! (`tencentcloud/<service>/<vYYYYMMDD>/errors.go`).
//!
//! The generated files look like this:
//!
//! ```text
//! // Copyright ... (licence header)
//!
//! package v20170312
//!
//! const (
//!     // 此产品的特有错误码
//!
//!     // 该请求账户未通过资格审计。
//!     ACCOUNTQUALIFICATIONRESTRICTIONS = "AccountQualificationRestrictions"
//!
//!     //
//!     AUTHFAILURE = "AuthFailure"
//! )
//! ```
//!
//! Rules, in the order the reader applies them:
//!
//! * Everything before the first `const (` line is ignored (licence, `package`).
//! * Inside the block each line is trimmed (so tabs, spaces and CRLF endings
//!   do not matter) and is one of: blank, a `//` comment, a constant
//!   `NAME = "Code"` (optionally followed by a `// comment`), or the closing `)`.
//! * A constant's description is the run of `//` lines directly above it
//!   (no blank line in between) plus its trailing comment, each piece trimmed
//!   and the non-empty pieces joined with one space. A run of comment lines
//!   followed by a blank line or by `)` describes nothing and is dropped; that
//!   is how the block's header comment (`// 此产品的特有错误码`,
//!   `// error codes for specific actions`) disappears, as in Go's own rules
//!   for doc comments.
//! * A constant with a comment that is empty (the SDK writes `// ` for codes
//!   that have no description) reads as `text: None`.
//! * A constant with no comment at all (nothing directly above it and no
//!   trailing comment) is malformed: [`GoSdkErrorReason::MissingComment`].
//!   The SDK generator always writes a comment line, so a missing one means
//!   the file was edited or cut.
//! * After the closing `)` only blank lines and `//` comments may follow.

use std::collections::HashMap;
use std::fmt;

/// One code read from an `errors.go` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoCode {
    /// The error code, e.g. `FailedOperation.AccountAlreadyExists`.
    pub code: String,
    /// The trimmed description, or `None` when the comment is empty.
    pub text: Option<String>,
    /// 1-based line of the `NAME = "Code"` line.
    pub line: usize,
}

/// What one `errors.go` file declares, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GoTable {
    /// The codes in the order they appear in the file.
    pub codes: Vec<GoCode>,
}

/// Why a file could not be read, with the 1-based line it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoSdkError {
    /// 1-based line the problem was found on (see each reason for which line).
    pub line: usize,
    /// What is wrong.
    pub reason: GoSdkErrorReason,
}

/// What is wrong with a file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum GoSdkErrorReason {
    /// The bytes are not UTF-8; the line is that of the first bad byte.
    NotUtf8,
    /// No `const (` line; the line is the file's last line (1 if empty).
    NoConstBlock,
    /// `const (` is never closed by `)`; the line is that of `const (`.
    UnterminatedConstBlock,
    /// A constant with neither a comment directly above it nor a trailing one.
    MissingComment {
        /// The code of that constant.
        code: String,
    },
    /// A code declared a second time in the block, or listed twice for one action; the
    /// line is the second one.
    DuplicateCode {
        /// The repeated code.
        code: String,
        /// Line of its first declaration.
        first_line: usize,
    },
    /// A code that is empty or has characters other than ASCII letters,
    /// digits, `.` and `_` (every real code fits that set).
    BadCode {
        /// The code as written between the quotes.
        code: String,
    },
    /// A line that is not blank, a `//` comment, `NAME = "Code"` or `)`
    /// inside the block, or not blank nor a `//` comment after it.
    /// Block comments and string escapes are reported here: the SDK never
    /// writes them. In `client.go`, a line of a list of codes that is not
    /// `//  NAME = "Code"`; in `actions.txt`, a line of no known shape.
    BadLine {
        /// The offending line, trimmed.
        text: String,
    },
    /// `client.go`: a list of codes (`// 可能返回的错误码:`) that no method of `*Client`
    /// directly follows; the line is the list's heading.
    ListWithoutAction,
    /// An action declared a second time (`client.go`, `actions.txt`), or its request
    /// type (`models.go`); the line is the second one.
    DuplicateAction {
        /// The action.
        name: String,
        /// Line of its first declaration.
        first_line: usize,
    },
    /// An action whose name is not an ASCII letter followed by ASCII letters and digits.
    BadAction {
        /// The name as written.
        name: String,
    },
    /// `client.go`: an action whose request type the version's `models.go` lacks; the
    /// line is the action's.
    NoRequest {
        /// The action.
        name: String,
    },
    /// `models.go`: a request type whose `struct {` is never closed; the line is its
    /// `type` line.
    UnterminatedStruct {
        /// The type's name.
        name: String,
    },
}

impl fmt::Display for GoSdkErrorReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotUtf8 => f.write_str("invalid UTF-8"),
            Self::NoConstBlock => f.write_str("no `const (` block"),
            Self::UnterminatedConstBlock => f.write_str("`const (` block is never closed"),
            Self::MissingComment { code } => write!(f, "code {code:?} has no comment"),
            Self::DuplicateCode { code, first_line } => {
                write!(f, "code {code:?} already declared on line {first_line}")
            }
            Self::BadCode { code } => write!(f, "invalid error code {code:?}"),
            Self::BadLine { text } => write!(f, "unexpected line {text:?}"),
            Self::ListWithoutAction => {
                f.write_str("a list of error codes that documents no method")
            }
            Self::DuplicateAction { name, first_line } => {
                write!(f, "action {name:?} already declared on line {first_line}")
            }
            Self::BadAction { name } => write!(f, "invalid action name {name:?}"),
            Self::NoRequest { name } => {
                write!(f, "action {name:?} has no request type in models.go")
            }
            Self::UnterminatedStruct { name } => {
                write!(f, "`type {name} struct {{` is never closed")
            }
        }
    }
}

impl fmt::Display for GoSdkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

impl std::error::Error for GoSdkError {}

/// Reads the codes declared by one `errors.go` file (see the module docs
/// for the accepted shape). Never panics, whatever the bytes.
///
/// # Errors
///
/// [`GoSdkError`] with the 1-based line of the first problem: bytes that are
/// not UTF-8, no `const (` block or one never closed, a constant without a
/// comment, a repeated or invalid code, or a line of no known shape.
pub fn read_go_errors(bytes: &[u8]) -> Result<GoTable, GoSdkError> {
    let source = utf8(bytes)?;
    let fail = |line: usize, reason: GoSdkErrorReason| Err(GoSdkError { line, reason });

    let mut codes: Vec<GoCode> = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    // Comment pieces directly above the line being read.
    let mut pending: Vec<&str> = Vec::new();
    let mut state = State::Before;
    let mut last_line = 1;

    for (index, raw) in source.lines().enumerate() {
        let line = index + 1;
        last_line = line;
        let t = raw.trim();
        match state {
            State::Before => {
                if is_const_open(t) {
                    state = State::Inside { open_line: line };
                }
            }
            State::Inside { .. } => {
                if t.is_empty() {
                    // A blank line detaches comments from what follows.
                    pending.clear();
                } else if is_close(t) {
                    pending.clear();
                    state = State::After;
                } else if let Some(comment) = t.strip_prefix("//") {
                    pending.push(clean(comment));
                } else if let Some(c) = parse_const(t) {
                    if !is_valid_code(c.code) {
                        return fail(
                            line,
                            GoSdkErrorReason::BadCode {
                                code: c.code.to_owned(),
                            },
                        );
                    }
                    if pending.is_empty() && c.trailing.is_none() {
                        return fail(
                            line,
                            GoSdkErrorReason::MissingComment {
                                code: c.code.to_owned(),
                            },
                        );
                    }
                    if let Some(&first_line) = seen.get(c.code) {
                        return fail(
                            line,
                            GoSdkErrorReason::DuplicateCode {
                                code: c.code.to_owned(),
                                first_line,
                            },
                        );
                    }
                    seen.insert(c.code, line);
                    pending.extend(c.trailing);
                    codes.push(GoCode {
                        code: c.code.to_owned(),
                        text: join(&pending),
                        line,
                    });
                    pending.clear();
                } else {
                    return fail(line, GoSdkErrorReason::BadLine { text: t.to_owned() });
                }
            }
            State::After => {
                if !(t.is_empty() || t.starts_with("//")) {
                    return fail(line, GoSdkErrorReason::BadLine { text: t.to_owned() });
                }
            }
        }
    }

    match state {
        State::Before => fail(last_line, GoSdkErrorReason::NoConstBlock),
        State::Inside { open_line } => fail(open_line, GoSdkErrorReason::UnterminatedConstBlock),
        State::After => Ok(GoTable { codes }),
    }
}

/// Where the reader is relative to the `const (` block.
#[derive(Clone, Copy)]
enum State {
    Before,
    Inside { open_line: usize },
    After,
}

/// A parsed `NAME = "Code" // trailing` line.
pub(super) struct ConstLine<'a> {
    pub(super) code: &'a str,
    trailing: Option<&'a str>,
}

/// The file's text, or [`GoSdkErrorReason::NotUtf8`] on the line of the first bad byte.
pub(super) fn utf8(bytes: &[u8]) -> Result<&str, GoSdkError> {
    std::str::from_utf8(bytes).map_err(|e| GoSdkError {
        line: line_of_offset(bytes, e.valid_up_to()),
        reason: GoSdkErrorReason::NotUtf8,
    })
}

/// 1-based line holding byte `offset`; saturates instead of panicking.
fn line_of_offset(bytes: &[u8], offset: usize) -> usize {
    let before = bytes.get(..offset).unwrap_or(bytes);
    before.iter().filter(|&&b| b == b'\n').count() + 1
}

/// `const (`, also written `const(` or with a trailing comment.
fn is_const_open(t: &str) -> bool {
    t.strip_prefix("const")
        .map(str::trim_start)
        .and_then(|rest| rest.strip_prefix('('))
        .is_some_and(is_blank_or_comment)
}

/// `)`, optionally with a trailing comment.
fn is_close(t: &str) -> bool {
    t.strip_prefix(')').is_some_and(is_blank_or_comment)
}

fn is_blank_or_comment(rest: &str) -> bool {
    let rest = rest.trim();
    rest.is_empty() || rest.starts_with("//")
}

/// Comment text without its `//`. Control characters are trimmed along with
/// whitespace because real files have them (a leading U+0008 in `vpc`).
fn clean(comment: &str) -> &str {
    comment.trim_matches(|c: char| c.is_whitespace() || c.is_control())
}

/// Non-empty pieces joined with one space; `None` when all are empty.
fn join(pieces: &[&str]) -> Option<String> {
    let text = pieces
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    (!text.is_empty()).then_some(text)
}

/// Parses `NAME = "Code"` with an optional trailing `// comment`.
pub(super) fn parse_const(t: &str) -> Option<ConstLine<'_>> {
    let (name, value) = t.split_once('=')?;
    if !is_identifier(name.trim()) {
        return None;
    }
    let (code, after) = value.trim_start().strip_prefix('"')?.split_once('"')?;
    // An escape would make the code differ from its spelling; the SDK has none.
    if code.contains('\\') {
        return None;
    }
    let after = after.trim();
    let trailing = if after.is_empty() {
        None
    } else {
        Some(clean(after.strip_prefix("//")?))
    };
    Some(ConstLine { code, trailing })
}

/// A Go identifier: a letter or `_`, then letters, digits or `_`.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// A code the macro accepts: the one rule, shared with it.
fn is_valid_code(code: &str) -> bool {
    tc_errors_internals::naming::check_code(code).is_ok()
}

#[cfg(test)]
#[path = "errors_go_tests.rs"]
mod tests;
