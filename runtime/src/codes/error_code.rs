//! The trait every generated catalog enum implements.

use super::action::Action;
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
    #[inline]
    fn from_code(code: &str) -> Option<Self> {
        let (index, _) = lookup::<Self>(code)?;
        Self::ALL.get(index).copied()
    }

    /// The catalog's API versions, oldest first, as `YYYY-MM-DD` (the `X-TC-Version`
    /// header's form); none for a catalog that declares no actions.
    ///
    /// ```
    /// # tc_errors::tc_errors! {
    /// #     pub enum TkeError {
    /// #         "InternalError.Db",
    /// #         version "2018-05-25" { DescribeClusters => "InternalError.Db", }
    /// #         version "2022-05-01" { DescribeClusters => "", }
    /// #     }
    /// # }
    /// use tc_errors::ErrorCode;
    ///
    /// let versions: Vec<&str> = TkeError::api_versions().collect();
    /// assert_eq!(versions, ["2018-05-25", "2022-05-01"]);
    /// ```
    fn api_versions() -> impl ExactSizeIterator<Item = &'static str> + DoubleEndedIterator + Clone {
        Self::CODE_TABLE.api_versions()
    }

    /// The action `name` of the newest version that has it; `None` if no version has it.
    ///
    /// ```
    /// # tc_errors::tc_errors! {
    /// #     pub enum TkeError {
    /// #         "InternalError.Db",
    /// #         version "2018-05-25" { CreateCluster => "InternalError.Db", DescribeClusters => "", }
    /// #         version "2022-05-01" { DescribeClusters => "", }
    /// #     }
    /// # }
    /// use tc_errors::ErrorCode;
    ///
    /// assert_eq!(TkeError::action("DescribeClusters").unwrap().version(), "2022-05-01");
    /// assert_eq!(TkeError::action("CreateCluster").unwrap().version(), "2018-05-25");
    /// assert!(TkeError::action("DeleteEverything").is_none());
    /// ```
    fn action(name: &str) -> Option<Action<Self>> {
        Self::CODE_TABLE.action(name).map(Action::retyped)
    }

    /// The action `name` of API version `version` (`YYYY-MM-DD`); `None` for an unknown
    /// version or an action that version does not have.
    ///
    /// ```
    /// # tc_errors::tc_errors! {
    /// #     pub enum TkeError {
    /// #         "InternalError.Db",
    /// #         version "2018-05-25" { CreateCluster => "InternalError.Db", }
    /// #     }
    /// # }
    /// use tc_errors::ErrorCode;
    ///
    /// let create = TkeError::action_in("2018-05-25", "CreateCluster").unwrap();
    /// assert!(create.documents(TkeError::InternalErrorDb));
    /// assert!(TkeError::action_in("2022-05-01", "CreateCluster").is_none());
    /// assert!(TkeError::action_in("2018-05-25", "CreateNothing").is_none());
    /// ```
    fn action_in(version: &str, name: &str) -> Option<Action<Self>> {
        Self::CODE_TABLE
            .action_in(version, name)
            .map(Action::retyped)
    }

    /// Every action of every version: version after version, oldest first, and by name
    /// within a version.
    ///
    /// ```
    /// # tc_errors::tc_errors! {
    /// #     pub enum CvmError {
    /// #         "InternalError",
    /// #         version "2017-03-12" {
    /// #             RunInstances => "InternalError",
    /// #             DescribeInstances => "InternalError",
    /// #         }
    /// #     }
    /// # }
    /// use tc_errors::ErrorCode;
    ///
    /// let read_only: Vec<&str> = CvmError::actions()
    ///     .filter(|action| action.is_read_only())
    ///     .map(|action| action.name())
    ///     .collect();
    /// assert_eq!(read_only, ["DescribeInstances"]);
    /// ```
    fn actions() -> impl Iterator<Item = Action<Self>> + Clone {
        Self::CODE_TABLE.actions().map(Action::retyped)
    }

    /// The API versions that declare this code, oldest first: those with an action that
    /// documents it.
    ///
    /// ```
    /// # tc_errors::tc_errors! {
    /// #     pub enum TkeError {
    /// #         "FailedOperation.ClusterForbiddenToDelete" => _ / "集群禁止删除。",
    /// #         "InternalError.Db",
    /// #         version "2018-05-25" { DeleteCluster => "FailedOperation.ClusterForbiddenToDelete InternalError.Db", }
    /// #         version "2022-05-01" { DescribeClusterInstances => "InternalError.Db", }
    /// #     }
    /// # }
    /// use tc_errors::ErrorCode;
    ///
    /// let forbidden = TkeError::FailedOperationClusterForbiddenToDelete;
    /// assert_eq!(forbidden.versions().collect::<Vec<_>>(), ["2018-05-25"]);
    /// assert_eq!(TkeError::InternalErrorDb.versions().count(), 2);
    /// ```
    fn versions(self) -> impl Iterator<Item = &'static str> + Clone {
        Self::CODE_TABLE.code_versions(self.__index())
    }

    /// The actions that document this code, version after version.
    ///
    /// ```
    /// # tc_errors::tc_errors! {
    /// #     pub enum TkeError {
    /// #         "InternalError.Db",
    /// #         version "2018-05-25" { CreateCluster => "InternalError.Db", DescribeClusters => "", }
    /// #         version "2022-05-01" { DescribeClusterInstances => "InternalError.Db", }
    /// #     }
    /// # }
    /// use tc_errors::ErrorCode;
    ///
    /// let actions: Vec<(&str, &str)> = TkeError::InternalErrorDb
    ///     .documented_by()
    ///     .map(|action| (action.version(), action.name()))
    ///     .collect();
    /// assert_eq!(
    ///     actions,
    ///     [("2018-05-25", "CreateCluster"), ("2022-05-01", "DescribeClusterInstances")]
    /// );
    /// ```
    fn documented_by(self) -> impl Iterator<Item = Action<Self>> + Clone {
        Self::CODE_TABLE
            .documented_by(self.__index())
            .map(Action::retyped)
    }
}

// The typed half of `Action`, here with the trait it needs, so that `action.rs` stays
// below this file.
impl<E: ErrorCode> Action<E> {
    /// The codes the action documents, in the order Tencent lists them.
    ///
    /// ```
    /// tc_errors::tc_errors! {
    ///     pub enum TkeError {
    ///         "FailedOperation.ClusterForbiddenToDelete" => _ / "集群禁止删除。",
    ///         "InternalError.Db" => "db error." / "db错误。",
    ///         version "2018-05-25" {
    ///             DeleteCluster => "InternalError.Db FailedOperation.ClusterForbiddenToDelete",
    ///         }
    ///     }
    /// }
    ///
    /// use tc_errors::ErrorCode;
    ///
    /// let delete = TkeError::action_in("2018-05-25", "DeleteCluster").unwrap();
    /// let codes: Vec<&str> = delete.codes().map(TkeError::code).collect();
    /// assert_eq!(codes, ["InternalError.Db", "FailedOperation.ClusterForbiddenToDelete"]);
    /// ```
    pub fn codes(self) -> impl Iterator<Item = E> + Clone {
        // The macro writes only its variants' indices: none is skipped.
        self.code_indices()
            .filter_map(|index| E::ALL.get(index).copied())
    }

    /// Whether the action documents `code`.
    pub fn documents(self, code: E) -> bool {
        self.documents_index(code.__index())
    }
}

/// `CodeTable::lookup_with` in `E`'s table, with the perfect hash's seed, probes and
/// sizes read from the static at compile time (`Lookup::with_numbers_of`): numbers in
/// the code instead of loads, a fixed number of probes, and fewer bounds checks. A
/// quarter fewer instructions a lookup.
#[inline]
pub(crate) fn lookup<E: ErrorCode>(code: &str) -> Option<(usize, Option<&'static str>)> {
    let lookup = E::CODE_TABLE
        .lookup
        .with_numbers_of(const { E::CODE_TABLE.lookup })?;
    E::CODE_TABLE.lookup_with(&lookup, code)
}
