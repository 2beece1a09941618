//! A code string that a catalog does not declare.

use crate::retry::RetryAdvice;
use std::fmt;
use tc_errors_internals::kind::{category_of, ErrorKind};

/// An error code that the catalog in hand does not declare, with its exact text.
///
/// Tencent adds codes without notice, so an unknown code is ordinary: it still has a
/// [category](Self::category) and a [kind](Self::kind), derived from its first segment.
///
/// It is the error of a failed parse (`FromStr::Err`), so it displays as one, a sentence
/// that quotes the code; a [`Code`](crate::Code) displays the bare code, and
/// [`as_str`](Self::as_str) gives it.
///
/// ```
/// use tc_errors::{ErrorKind, UnknownCode};
/// let code = UnknownCode::new("RequestLimitExceeded.Brand.New");
/// assert_eq!(code.as_str(), "RequestLimitExceeded.Brand.New");
/// assert_eq!(code.category(), "RequestLimitExceeded");
/// assert_eq!(code.kind(), ErrorKind::Throttled);
/// assert!(code.retry_advice().should_retry(false));
/// assert_eq!(code.to_string(), r#"unknown error code "RequestLimitExceeded.Brand.New""#);
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct UnknownCode {
    code: Box<str>,
}

impl UnknownCode {
    /// Keeps `code` exactly as given.
    pub fn new(code: impl Into<Box<str>>) -> UnknownCode {
        UnknownCode { code: code.into() }
    }

    /// The code's text, exactly as received.
    pub fn as_str(&self) -> &str {
        &self.code
    }

    /// The code's first segment (the text before the first `.`).
    pub fn category(&self) -> &str {
        category_of(&self.code)
    }

    /// The kind of the code's category.
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::of_code(&self.code)
    }

    /// What to do about an API error with this code, by its kind: retry or not, the
    /// class, and whether only an idempotent request may be sent again.
    pub fn retry_advice(&self) -> RetryAdvice {
        RetryAdvice::for_code(&self.code, self.kind())
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code {:?}", &*self.code)
    }
}

impl std::error::Error for UnknownCode {}

impl From<UnknownCode> for String {
    fn from(code: UnknownCode) -> String {
        code.code.into()
    }
}
