//! The API versions of a catalog and the actions of each: which codes an action
//! documents, whether it only reads or takes a `ClientToken`.

use super::table::CodeTable;
use crate::retry::{is_idempotent, is_read_only_action};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use tc_errors_internals::actions::{ActionTable, CLIENT_TOKEN, UNLISTED};

/// One action of one API version of a catalog, such as CVM's `RunInstances` in
/// `2017-03-12`: the codes Tencent documents for it, whether it only reads, whether its
/// request takes a `ClientToken`, and so whether a request of it counts as idempotent
/// when a failure may have taken effect.
///
/// `Action<E>` comes from the catalog enum `E` ([`ErrorCode::action`](crate::ErrorCode::action) and its siblings)
/// and gives its codes as `E`; `Action` alone (`Action<CodeTable>`) comes from a
/// type-erased [`CodeTable`] and gives them as indices into that table. Both are `Copy`
/// handles into static tables; an unknown version or action is `None` where one is
/// looked up, never a panic.
///
/// ```
/// tc_errors::tc_errors! {
///     pub enum CvmError {
///         use common;
///         "InvalidParameterValue.InstanceIdMalformed",
///         "ResourceInsufficient.SpecifiedInstanceType",
///
///         version "2017-03-12" {
///             DescribeInstances => "InvalidParameterValue.InstanceIdMalformed InternalError",
///             #[client_token]
///             RunInstances => "ResourceInsufficient.SpecifiedInstanceType InternalError",
///         }
///     }
/// }
///
/// use tc_errors::{Code, ErrorCode};
///
/// let run = CvmError::action("RunInstances").unwrap();
/// assert_eq!((run.name(), run.version()), ("RunInstances", "2017-03-12"));
/// assert!(run.takes_client_token() && !run.is_read_only());
/// assert!(run.documents(CvmError::InternalError));
/// assert!(!run.documents(CvmError::InvalidParameterValueInstanceIdMalformed));
///
/// // `InternalError` may have run the request: resend it only if it is idempotent.
/// let advice = Code::<CvmError>::parse("InternalError").retry_advice();
/// assert!(advice.should_retry(run.is_idempotent(true)));
/// assert!(!advice.should_retry(run.is_idempotent(false)));
/// ```
pub struct Action<E = CodeTable> {
    table: &'static CodeTable,
    /// The index of the version in the table.
    version: usize,
    /// The index of the action in the table's action tables.
    index: usize,
    catalog: PhantomData<fn() -> E>,
}

impl<E> Action<E> {
    /// The action's name, such as `RunInstances`.
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// assert_eq!(CvmError::action("RunInstances").unwrap().name(), "RunInstances");
    /// ```
    pub fn name(self) -> &'static str {
        self.actions().name(self.index).unwrap_or_default()
    }

    /// The API version this action belongs to, `YYYY-MM-DD` as the API's `X-TC-Version`
    /// header takes it.
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// assert_eq!(CvmError::action("RunInstances").unwrap().version(), "2017-03-12");
    /// ```
    pub fn version(self) -> &'static str {
        self.actions().version(self.version).unwrap_or_default()
    }

    /// Whether the action only reads, by its name
    /// ([`is_read_only_action`](crate::retry::is_read_only_action)): `Describe*`,
    /// `Get*`, `List*`, `Query*`, `Inquiry*`, `Search*`, `Check*`.
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// assert!(CvmError::action("DescribeInstances").unwrap().is_read_only());
    /// assert!(!CvmError::action("RunInstances").unwrap().is_read_only());
    /// ```
    pub fn is_read_only(self) -> bool {
        is_read_only_action(self.name())
    }

    /// Whether the action's request takes a `ClientToken`, which makes sending it twice
    /// harmless (Tencent's SDKs resend those requests after a network failure).
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// assert!(CvmError::action("RunInstances").unwrap().takes_client_token());
    /// assert!(!CvmError::action("DescribeInstances").unwrap().takes_client_token());
    /// ```
    pub fn takes_client_token(self) -> bool {
        self.actions().flags(self.index) & CLIENT_TOKEN != 0
    }

    /// Whether a request of this action counts as idempotent, given whether it carried a
    /// `ClientToken`: it does if the action is read-only or the token was sent. The
    /// answer is what [`RetryAdvice::should_retry`](crate::RetryAdvice::should_retry)
    /// takes.
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// let run = CvmError::action("RunInstances").unwrap();
    /// assert!(run.is_idempotent(true) && !run.is_idempotent(false));
    /// assert!(CvmError::action("DescribeInstances").unwrap().is_idempotent(false));
    /// ```
    pub fn is_idempotent(self, with_client_token: bool) -> bool {
        is_idempotent(self.name(), with_client_token)
    }

    /// The codes the action documents, as indices into [`table`](Self::table), in the
    /// order Tencent lists them.
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// let run = CvmError::action("RunInstances").unwrap();
    /// let table = run.table();
    /// let codes: Vec<&str> = run.code_indices().map(|i| table.code(i)).collect();
    /// assert_eq!(codes, ["InternalError", "InvalidParameter"]);
    /// ```
    pub fn code_indices(self) -> impl ExactSizeIterator<Item = usize> + Clone {
        self.actions().codes(self.index)
    }

    /// Whether the action documents `code`, given exactly or as an earlier spelling. A
    /// code the catalog does not declare is documented by none of its actions.
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// let run = CvmError::action("RunInstances").unwrap();
    /// assert!(run.documents_code("InvalidParameter"));
    /// assert!(!run.documents_code("RequestLimitExceeded"));
    /// assert!(!run.documents_code("InvalidParameter.Brand.New"));
    /// ```
    pub fn documents_code(self, code: &str) -> bool {
        self.table
            .find(code)
            .is_some_and(|index| self.documents_index(index))
    }

    /// Whether the action documents the code at `index` of [`table`](Self::table).
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// let run = CvmError::CODE_TABLE.action("RunInstances").unwrap();
    /// let internal = CvmError::CODE_TABLE.find("InternalError").unwrap();
    /// assert!(run.documents_index(internal));
    /// ```
    pub fn documents_index(self, index: usize) -> bool {
        self.code_indices().any(|code| code == index)
    }

    /// The catalog's tables.
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// let run = CvmError::action("RunInstances").unwrap();
    /// assert!(std::ptr::eq(run.table(), CvmError::CODE_TABLE));
    /// ```
    pub fn table(self) -> &'static CodeTable {
        self.table
    }

    /// The same action without its catalog's type.
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// use tc_errors::Action;
    ///
    /// let typed: Action<CvmError> = CvmError::action("RunInstances").unwrap();
    /// let erased: Action = typed.erase();
    /// assert_eq!(erased, CvmError::CODE_TABLE.action("RunInstances").unwrap());
    /// ```
    pub fn erase(self) -> Action {
        self.retyped()
    }

    /// The same action, typed as a catalog `F`'s: `self` must come from `F::CODE_TABLE`.
    pub(crate) fn retyped<F>(self) -> Action<F> {
        Action::new(self.table, self.version, self.index)
    }

    fn new(table: &'static CodeTable, version: usize, index: usize) -> Self {
        Action {
            table,
            version,
            index,
            catalog: PhantomData,
        }
    }

    fn actions(self) -> &'static ActionTable<'static> {
        &self.table.actions
    }
}

impl<E> Clone for Action<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for Action<E> {}

impl<E> PartialEq for Action<E> {
    /// The same action of the same version of the same catalog.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.table, other.table) && self.index == other.index
    }
}

impl<E> Eq for Action<E> {}

impl<E> Hash for Action<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        std::ptr::hash(self.table, state);
        self.index.hash(state);
    }
}

impl<E> fmt::Debug for Action<E> {
    /// The version and the name: the tables are data nobody reads by eye.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Action")
            .field("version", &self.version())
            .field("name", &self.name())
            .finish()
    }
}

/// The API versions and actions of a catalog, without its enum type.
impl CodeTable {
    /// The catalog's API versions, oldest first, `YYYY-MM-DD`.
    ///
    /// ```
    /// use tc_errors::{CommonError, ErrorCode};
    ///
    /// // The common set belongs to no version.
    /// assert_eq!(CommonError::CODE_TABLE.api_versions().len(), 0);
    /// ```
    pub fn api_versions(
        &'static self,
    ) -> impl ExactSizeIterator<Item = &'static str> + DoubleEndedIterator + Clone {
        let actions = &self.actions;
        (0..actions.version_count()).map(|v| actions.version(v).unwrap_or_default())
    }

    /// The action `name` of the newest version that has it.
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// let table = CvmError::CODE_TABLE;
    /// assert_eq!(table.action("RunInstances").unwrap().version(), "2017-03-12");
    /// assert!(table.action("RunInstance").is_none());
    /// ```
    pub fn action(&'static self, name: &str) -> Option<Action> {
        let actions = &self.actions;
        (0..actions.version_count())
            .rev()
            .find_map(|v| Some(Action::new(self, v, actions.find(v, name)?)))
    }

    /// The action `name` of version `version` (`YYYY-MM-DD`).
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// let table = CvmError::CODE_TABLE;
    /// assert!(table.action_in("2017-03-12", "RunInstances").is_some());
    /// assert!(table.action_in("2017-03-13", "RunInstances").is_none());
    /// ```
    pub fn action_in(&'static self, version: &str, name: &str) -> Option<Action> {
        let v = self.actions.find_version(version)?;
        Some(Action::new(self, v, self.actions.find(v, name)?))
    }

    /// Every action of every version: version after version, oldest first, and by name
    /// within a version.
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// let names: Vec<&str> = CvmError::CODE_TABLE.actions().map(|a| a.name()).collect();
    /// assert_eq!(names, ["DescribeInstances", "RunInstances"]);
    /// ```
    pub fn actions(&'static self) -> impl Iterator<Item = Action> + Clone {
        let actions = &self.actions;
        (0..actions.version_count()).flat_map(move |v| {
            actions
                .actions_of(v)
                .unwrap_or_default()
                .filter(|&k| actions.name(k) != Some(UNLISTED))
                .map(move |k| Action::new(self, v, k))
        })
    }

    /// The versions that declare the code at `index`: those whose actions list it.
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// let table = CvmError::CODE_TABLE;
    /// let internal = table.find("InternalError").unwrap();
    /// assert_eq!(table.code_versions(internal).collect::<Vec<_>>(), ["2017-03-12"]);
    /// let throttled = table.find("RequestLimitExceeded").unwrap();
    /// assert_eq!(table.code_versions(throttled).count(), 0);
    /// ```
    pub fn code_versions(
        &'static self,
        index: usize,
    ) -> impl Iterator<Item = &'static str> + Clone {
        let actions = &self.actions;
        (0..actions.version_count())
            .filter(move |&v| {
                // The unlisted codes too: the version declares them.
                actions
                    .actions_of(v)
                    .unwrap_or_default()
                    .any(|k| actions.codes(k).any(|code| code == index))
            })
            .map(|v| actions.version(v).unwrap_or_default())
    }

    /// The actions that document the code at `index`, in the order of
    /// [`actions`](Self::actions).
    ///
    /// ```
    /// # tc_errors::tc_errors! { pub enum CvmError { use common; version "2017-03-12" {
    /// #     DescribeInstances => "InternalError", #[client_token] RunInstances => "InternalError InvalidParameter",
    /// # } } }
    /// use tc_errors::ErrorCode;
    /// let table = CvmError::CODE_TABLE;
    /// let parameter = table.find("InvalidParameter").unwrap();
    /// let names: Vec<&str> = table.documented_by(parameter).map(|a| a.name()).collect();
    /// assert_eq!(names, ["RunInstances"]);
    /// ```
    pub fn documented_by(&'static self, index: usize) -> impl Iterator<Item = Action> + Clone {
        self.actions()
            .filter(move |action| action.documents_index(index))
    }
}
