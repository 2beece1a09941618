//! The trait every generated catalog enum implements.

use super::common::CommonError;
use super::language::Language;
use super::table::CodeTable;
use super::unknown::UnknownCode;
use crate::retry::RetryAdvice;
use std::fmt::{Debug, Display};
use std::hash::Hash;
use std::str::FromStr;
use tc_errors_internals::kind::{category_of, ErrorKind};

/// An enum of error codes declared with [`tc_errors!`](crate::tc_errors), so that code
/// can be generic over any catalog.
///
/// Its methods are the enum's API (`code()`, `description()`, `kind()`, …): import the
/// trait to call them. They are not repeated as inherent methods of each enum, which would
/// cost a crate of hundreds of catalogs a tenth of its build time. The trait cannot be
/// implemented by hand: its hidden items belong to the macro.
///
/// ```
/// use tc_errors::{CommonError, ErrorCode};
///
/// // The codes worth a retry whatever the request.
/// fn always_retryable<E: ErrorCode>() -> Vec<&'static str> {
///     let retry = |e: &&E| e.retry_advice().should_retry(false);
///     E::ALL.iter().filter(retry).map(|e| e.code()).collect()
/// }
/// let codes = always_retryable::<CommonError>();
/// assert!(codes.contains(&"RequestLimitExceeded"));
/// assert!(!codes.contains(&"InternalError")); // it may have taken effect
/// ```
pub trait ErrorCode:
    Copy
    + Eq
    + Ord
    + Hash
    + Debug
    + Display
    + FromStr<Err = UnknownCode>
    + for<'a> TryFrom<&'a str, Error = UnknownCode>
    + serde::Serialize
    + serde::de::DeserializeOwned
    + Send
    + Sync
    + 'static
{
    /// Every code of the catalog, in declaration order.
    const ALL: &'static [Self];

    /// The catalog's codes, texts and kinds without the enum's type, for tools that
    /// search many catalogs. A constant, so that a static list of catalogs can hold it.
    const CODE_TABLE: &'static CodeTable;

    #[doc(hidden)]
    fn __index(self) -> usize;

    /// The error code exactly as the API sends it, such as `InvalidDisk.Busy`.
    fn code(self) -> &'static str {
        Self::CODE_TABLE.code(self.__index())
    }

    /// What the error means, in the words of the service's error-code page: the English
    /// text when there is one, else the Chinese, else `""` (no text is published).
    fn description(self) -> &'static str {
        self.description_in(Language::English)
            .or_else(|| self.description_in(Language::Chinese))
            .unwrap_or_default()
    }

    /// The text in `language`, if the service publishes one.
    fn description_in(self, language: Language) -> Option<&'static str> {
        Self::CODE_TABLE.text(self.__index(), language)
    }

    /// The code's first segment, such as `InvalidDisk` for `InvalidDisk.Busy`.
    fn category(self) -> &'static str {
        category_of(self.code())
    }

    /// The broad class of the error: by category, or as the catalog's `#[kind(…)]` says.
    fn kind(self) -> ErrorKind {
        Self::CODE_TABLE.kind(self.__index())
    }

    /// What to do about an API error with this code: retry or not, the class, and
    /// whether only an idempotent request may be sent again (by the kind, and the code
    /// for clock skew).
    fn retry_advice(self) -> RetryAdvice {
        RetryAdvice::for_code(self.code(), self.kind())
    }

    /// The same code in the shared common set, if it is a common code of a catalog
    /// declared with `use common;` (or of [`CommonError`] itself).
    fn as_common(self) -> Option<CommonError> {
        let index = Self::CODE_TABLE.common(self.__index())?;
        CommonError::ALL.get(index).copied()
    }

    /// The variant with this exact code or earlier spelling, if the catalog declares it.
    fn from_code(code: &str) -> Option<Self> {
        Self::CODE_TABLE.find(code).map(|index| Self::ALL[index])
    }
}
