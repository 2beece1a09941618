/// Declares an enum of Tencent Cloud error codes.
///
/// ```
/// tc_errors::tc_errors! {
///     /// Cloud Block Storage (cbs) error codes.
///     #[non_exhaustive]
///     pub enum CbsError {
///         use common;
///
///         "AutoSnapshotPolicyOutOfQuota" => "The number of scheduled snapshot policies has reached the limit.",
///         #[kind(Transient)]
///         "InvalidDisk.Busy" => "The cloud disk is busy. Try again later." / "云盘正忙，请稍后重试。",
///         "InvalidDisk.NotPortable" => _ / "非弹性云盘不支持此操作。",
///         "InvalidParameterValue" => "Invalid parameter value. Parameter value is in an incorrect format or is not supported.",
///         "InvalidDisk.NotSupported",
///         #[alias("ZoneNotMatch")]
///         "ResourceUnavailable.ZoneNotMatch" => "The availability zone does not match.",
///     }
/// }
///
/// use tc_errors::{Code, CommonError, ErrorCode, ErrorKind, Language};
///
/// let busy: CbsError = "InvalidDisk.Busy".parse().unwrap();
/// assert_eq!(busy, CbsError::InvalidDiskBusy);
/// assert_eq!(busy.to_string(), "InvalidDisk.Busy");
/// assert_eq!(busy.kind(), ErrorKind::Transient);
/// assert!(busy.retry_advice().should_retry(false));
///
/// // A re-listed common code is the common variant, with the service's wording.
/// assert_eq!(CbsError::InvalidParameterValue.as_common(), Some(CommonError::InvalidParameterValue));
/// assert!(CbsError::InvalidParameterValue.description().contains("incorrect format"));
/// // Common codes the service did not re-list are there too.
/// assert_eq!(CbsError::from(CommonError::InternalError), CbsError::InternalError);
/// assert!("InvalidDisk.Brand.New".parse::<CbsError>().is_err());
///
/// // English first, else Chinese; each language on request.
/// assert_eq!(busy.description_in(Language::Chinese), Some("云盘正忙，请稍后重试。"));
/// assert_eq!(CbsError::InvalidDiskNotPortable.description(), "非弹性云盘不支持此操作。");
/// assert_eq!(CbsError::InvalidDiskNotPortable.description_in(Language::English), None);
/// assert_eq!(CbsError::InvalidDiskNotSupported.description(), "");
///
/// // An earlier spelling parses to the variant; a `Code` keeps the text received.
/// let old: Code<CbsError> = Code::parse("ZoneNotMatch");
/// assert!(old.is(CbsError::ResourceUnavailableZoneNotMatch));
/// assert_eq!(old.as_str(), "ZoneNotMatch");
/// assert_eq!(CbsError::ResourceUnavailableZoneNotMatch.code(), "ResourceUnavailable.ZoneNotMatch");
/// ```
///
/// # Syntax
///
/// - Outer doc comments and attributes (`#[non_exhaustive]`, `#[derive(…)]` of other
///   traits) and the visibility pass through to the enum.
/// - `use common;`, before the first entry, adds the shared [`CommonError`](crate::CommonError)
///   codes. A common code that the catalog re-lists is the same variant, with the
///   catalog's description; `as_common()` and `From<CommonError>` convert.
/// - One entry per code, with the texts the service publishes: `"Code" => "English" /
///   "中文",`, `"Code" => "English",`, `"Code" => _ / "中文",`, or the code alone,
///   `"Code",`, when no text is published (its `description()` is `""`). The texts are
///   also the variant's documentation; white space in them is folded. `description()`
///   gives the English text when there is one, else the Chinese; `description_in`
///   gives one language.
/// - Entry attributes: `#[name(Ident)]` overrides the variant name, `#[kind(Kind)]` sets
///   the [`ErrorKind`](crate::ErrorKind) (`#[kind(Transient)]` marks a code that succeeds
///   when tried again later), `#[alias("OldCode", …)]` lists earlier spellings that parse
///   to the same variant (a [`Code`](crate::Code) parsed from one keeps the text
///   received), doc comments add to the variant's documentation.
///
/// - After the entries, `version "YYYY-MM-DD" { … }` blocks, oldest first, declare the
///   catalog's API versions and each version's actions: one `Action => "Code Code",` per
///   action, its documented codes in one string literal separated by single spaces
///   (`""` for none; a code may be written by an earlier spelling). `#[client_token]`
///   before an action says its request takes a `ClientToken`. A version's codes that no
///   action lists may close the block as `_ => "Code Code",`. Whether an action only
///   reads is decided from its name (`Describe*`, `Get*`, `List*`, `Query*`,
///   `Inquiry*`, `Search*`, `Check*`), not written. See [`Action`](crate::Action).
///
/// ```
/// tc_errors::tc_errors! {
///     /// `tke` error codes, API versions 2018-05-25 and 2022-05-01.
///     pub enum TkeError {
///         use common;
///
///         "FailedOperation.ClusterForbiddenToDelete" => _ / "集群禁止删除。",
///         "InternalError.Db" => "db error." / "db错误。",
///
///         version "2018-05-25" {
///             DeleteCluster => "FailedOperation.ClusterForbiddenToDelete InternalError.Db",
///             #[client_token]
///             CreateCluster => "InternalError.Db InvalidParameter",
///             DescribeClusters => "",
///         }
///         version "2022-05-01" {
///             DescribeClusterInstances => "InternalError.Db",
///             _ => "FailedOperation.ClusterForbiddenToDelete",
///         }
///     }
/// }
///
/// use tc_errors::ErrorCode;
///
/// assert_eq!(TkeError::api_versions().collect::<Vec<_>>(), ["2018-05-25", "2022-05-01"]);
/// let create = TkeError::action_in("2018-05-25", "CreateCluster").unwrap();
/// assert!(create.takes_client_token() && create.documents(TkeError::InvalidParameter));
/// let forbidden = TkeError::FailedOperationClusterForbiddenToDelete;
/// assert_eq!(forbidden.versions().count(), 2);
/// assert_eq!(forbidden.documented_by().count(), 1);
/// ```
///
/// A variant's name is its code with the dots dropped and the first letter of each
/// segment upper-cased (`InvalidDisk.Busy` → `InvalidDiskBusy`, `InternalError.ES` →
/// `InternalErrorES`, `MissingParameter.cmq` → `MissingParameterCmq`).
///
/// A catalog with no entries and no `use common;` is an empty (uninhabited) enum that
/// still has the whole API: `ALL` is empty and parsing always fails.
///
/// # Compile errors
///
/// The catalog is checked as a whole and every mistake is reported in one build, each
/// on the token at fault, with what to change. The enum is still emitted for what could
/// be read, so the rest of the crate keeps compiling and only the mistakes show:
///
/// - A code declared twice: the error is on the repeat, with a second message on the
///   first declaration, which is kept.
/// - A malformed code: empty, with white space inside or around it, with a character
///   outside `[A-Za-z0-9_.]`, starting with a dot or with anything but a letter, or with
///   two dots in a row. A trailing dot is accepted: the API really returns
///   `UnsupportedOperation.`.
/// - Two codes with the same variant name (`InvalidParameter.Conflict` and
///   `InvalidParameterConflict`; `UnsupportedOperation` and `UnsupportedOperation.`; a
///   code and a common code that `use common;` imports): the error is on both entries
///   and asks for a `#[name(…)]` (common codes keep their names). Also a `#[name(…)]`
///   that collides or is not a plain identifier, and a code whose name would be a
///   keyword.
/// - An empty or white-space-only text, English or Chinese (write the code alone
///   instead), and `_` without a Chinese text after it.
/// - An alias that is malformed, is also a code, or is listed twice.
/// - A suffix on a string literal (`"A.B"x`).
/// - An unknown entry attribute, an unknown `#[kind(…)]`, `use` of anything but
///   `common`, `use common;` twice or after the first entry.
/// - In version blocks: a version that is not a real date `YYYY-MM-DD`, given twice or
///   out of order; an action named other than `[A-Za-z][A-Za-z0-9]*` or given twice in
///   one version (or `_` twice); a code the catalog does not declare (nor `use common;`
///   brings in) or listed twice by one action, on the action's list; codes separated by
///   anything but single spaces; an attribute other than `#[client_token]`, or it on `_`;
///   an entry after a version block.
/// - Syntax errors: a missing `=>` or comma, a code that is not a string literal, generic
///   parameters, a body that is not `enum Name { … }`.
///
/// A common code listed in a catalog *without* `use common;` is not an error: it is
/// that catalog's own code (legacy catalogs have their own `InvalidParameter`).
///
/// ```compile_fail
/// tc_errors::tc_errors! {
///     pub enum CbsError {
///         "InvalidDisk.Busy" => "The cloud disk is busy.",
///         // error: duplicate error code `InvalidDisk.Busy`
///         "InvalidDisk.Busy" => "The cloud disk is busy. Try again later.",
///     }
/// }
/// ```
///
/// # What the enum gets
///
/// `#[repr(u16)]`, `Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug` (ordered
/// and hashed by discriminant); `Display` (the code); `FromStr` and `TryFrom<&str>` with
/// [`UnknownCode`](crate::UnknownCode) as the error; serde `Serialize`/`Deserialize` as
/// the code string; and the [`ErrorCode`](crate::ErrorCode) trait, whose methods are the
/// rest of the API: `ALL`, `code()`, `description()`, `description_in()`, `category()`,
/// `kind()`, `retry_advice()`, `as_common()`, `from_code()`, and for versions and actions
/// `api_versions()`, `action()`, `action_in()`, `actions()`, `versions()`,
/// `documented_by()`. They are the trait's, not
/// copies on each enum, so `use tc_errors::ErrorCode;` brings them into scope: a crate of
/// hundreds of catalogs compiles one set of methods rather than one per enum. All
/// per-variant data lives in static tables.
#[macro_export]
macro_rules! tc_errors {
    ($($catalog:tt)*) => {
        $crate::__tc_errors_with_common! { [$crate] common $($catalog)* }
    };
}
