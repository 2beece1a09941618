//! What kind of failure an error code reports (whether retrying can help is the retry
//! class's, in [`retry`](crate::retry)).
//!
//! The macro classifies every declared code at expansion time and the runtime classifies
//! codes nobody declared, so both read this one table.

/// The broad class of an error code, derived from its first segment (the category)
/// unless the catalog entry says `#[kind(…)]`.
///
/// | first segment | kind |
/// |---|---|
/// | `RequestLimitExceeded` | [`Throttled`](Self::Throttled) |
/// | `InternalError` | [`Internal`](Self::Internal) |
/// | `ServiceUnavailable` | [`Unavailable`](Self::Unavailable) |
/// | `AuthFailure` | [`Auth`](Self::Auth) |
/// | `UnauthorizedOperation`, `OperationDenied`, `IpInBlacklist`, `IpNotInWhitelist` | [`Denied`](Self::Denied) |
/// | `InvalidParameter`, `InvalidParameterValue`, `MissingParameter`, `UnknownParameter`, `InvalidAction`, `NoSuchVersion`, `NoSuchProduct`, `InvalidRequest`, `UnsupportedProtocol`, `UnsupportedRegion`, `RequestSizeLimitExceeded`, `ResponseSizeLimitExceeded`, `ActionOffline` | [`InvalidRequest`](Self::InvalidRequest) |
/// | `LimitExceeded` | [`QuotaExceeded`](Self::QuotaExceeded) |
/// | `ResourceNotFound` | [`NotFound`](Self::NotFound) |
/// | `ResourceInUse` | [`Conflict`](Self::Conflict) |
/// | `ResourceInsufficient`, `ResourcesSoldOut` | [`Insufficient`](Self::Insufficient) |
/// | `ResourceUnavailable` | [`ResourceUnavailable`](Self::ResourceUnavailable) |
/// | `UnsupportedOperation` | [`Unsupported`](Self::Unsupported) |
/// | `FailedOperation` | [`Failed`](Self::Failed) |
/// | `DryRunOperation` | [`DryRun`](Self::DryRun) |
/// | anything else | [`Other`](Self::Other) |
///
/// [`Transient`](Self::Transient) is never derived from a category: a catalog marks the
/// codes that succeed when tried again later with `#[kind(Transient)]`. Nor is
/// [`Network`](Self::Network), the kind of the SDKs' client-side codes for a call that
/// got no answer.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The caller sent requests too fast (`RequestLimitExceeded`).
    Throttled,
    /// The service failed internally (`InternalError`).
    Internal,
    /// The service is unavailable right now (`ServiceUnavailable`).
    Unavailable,
    /// The resource is busy or in a passing state; the same call succeeds later.
    Transient,
    /// The credentials or the signature were rejected (`AuthFailure`).
    Auth,
    /// The caller is not allowed to do this (`UnauthorizedOperation`, `OperationDenied`, …).
    Denied,
    /// The request itself is wrong: parameters, action, version, region, protocol or size.
    InvalidRequest,
    /// An account or resource quota is exhausted (`LimitExceeded`).
    QuotaExceeded,
    /// The named resource does not exist (`ResourceNotFound`).
    NotFound,
    /// The resource is in use by something else (`ResourceInUse`).
    Conflict,
    /// Not enough capacity or stock (`ResourceInsufficient`, `ResourcesSoldOut`).
    Insufficient,
    /// The resource exists but cannot be used now (`ResourceUnavailable`).
    ResourceUnavailable,
    /// The operation is not supported in this situation (`UnsupportedOperation`).
    Unsupported,
    /// The operation failed for a reason the message explains (`FailedOperation`).
    Failed,
    /// A `DryRun` request would have succeeded (`DryRunOperation`).
    DryRun,
    /// Any other category.
    Other,
    /// No answer came back: connecting, sending or receiving failed, on the client's
    /// side (the SDKs' `ClientError.NetworkError`, `ClientNetworkError`).
    Network,
}

impl ErrorKind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [ErrorKind] = &[
        ErrorKind::Throttled,
        ErrorKind::Internal,
        ErrorKind::Unavailable,
        ErrorKind::Transient,
        ErrorKind::Auth,
        ErrorKind::Denied,
        ErrorKind::InvalidRequest,
        ErrorKind::QuotaExceeded,
        ErrorKind::NotFound,
        ErrorKind::Conflict,
        ErrorKind::Insufficient,
        ErrorKind::ResourceUnavailable,
        ErrorKind::Unsupported,
        ErrorKind::Failed,
        ErrorKind::DryRun,
        ErrorKind::Other,
        ErrorKind::Network,
    ];

    /// The kind of a code: by the table above, from its category (the text before the
    /// first `.`, or the whole code when it has none); for a category the table does not
    /// list, by the words the code ends with (`InvalidDiskId.NotFound` is
    /// [`NotFound`](Self::NotFound), `InvalidInstanceId.Malformed`
    /// [`InvalidRequest`](Self::InvalidRequest)), then by the category's own words
    /// (`InvalidZone` is `InvalidRequest`).
    pub fn of_code(code: &str) -> ErrorKind {
        match ErrorKind::of_category(category_of(code)) {
            ErrorKind::Other => of_words(code),
            kind => kind,
        }
    }

    /// The kind of a category (a code's first segment) by the table above.
    pub fn of_category(category: &str) -> ErrorKind {
        CATEGORIES
            .iter()
            .find(|(categories, _)| categories.contains(&category))
            .map_or(ErrorKind::Other, |&(_, kind)| kind)
    }

    /// The variant's name, as written in `#[kind(…)]`.
    pub const fn name(self) -> &'static str {
        match self {
            ErrorKind::Throttled => "Throttled",
            ErrorKind::Internal => "Internal",
            ErrorKind::Unavailable => "Unavailable",
            ErrorKind::Transient => "Transient",
            ErrorKind::Auth => "Auth",
            ErrorKind::Denied => "Denied",
            ErrorKind::InvalidRequest => "InvalidRequest",
            ErrorKind::QuotaExceeded => "QuotaExceeded",
            ErrorKind::NotFound => "NotFound",
            ErrorKind::Conflict => "Conflict",
            ErrorKind::Insufficient => "Insufficient",
            ErrorKind::ResourceUnavailable => "ResourceUnavailable",
            ErrorKind::Unsupported => "Unsupported",
            ErrorKind::Failed => "Failed",
            ErrorKind::DryRun => "DryRun",
            ErrorKind::Other => "Other",
            ErrorKind::Network => "Network",
        }
    }
}

impl std::fmt::Display for ErrorKind {
    /// The variant's name, such as `Throttled`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.name())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for ErrorKind {
    /// The variant's name, such as `"Throttled"`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for ErrorKind {
    /// A variant's name, such as `"Throttled"`.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        kind_named(&name)
            .ok_or_else(|| serde::de::Error::custom(format_args!("unknown error kind {name:?}")))
    }
}

/// The kind with this [`name`](ErrorKind::name), as written in `#[kind(…)]`. A free
/// function rather than a method: only the macro reads kind names, so it is no part of
/// the runtime's `ErrorKind`.
pub fn kind_named(name: &str) -> Option<ErrorKind> {
    ErrorKind::ALL
        .iter()
        .copied()
        .find(|kind| kind.name() == name)
}

/// The categories that name a kind, one row per kind: the list [`ErrorKind::of_category`]
/// reads, and the table in [`ErrorKind`]'s docs row by row (a test checks the two agree).
const CATEGORIES: &[(&[&str], ErrorKind)] = &[
    (&["RequestLimitExceeded"], ErrorKind::Throttled),
    (&["InternalError"], ErrorKind::Internal),
    (&["ServiceUnavailable"], ErrorKind::Unavailable),
    (&["AuthFailure"], ErrorKind::Auth),
    (
        &[
            "UnauthorizedOperation",
            "OperationDenied",
            "IpInBlacklist",
            "IpNotInWhitelist",
        ],
        ErrorKind::Denied,
    ),
    (
        &[
            "InvalidParameter",
            "InvalidParameterValue",
            "MissingParameter",
            "UnknownParameter",
            "InvalidAction",
            "NoSuchVersion",
            "NoSuchProduct",
            "InvalidRequest",
            "UnsupportedProtocol",
            "UnsupportedRegion",
            "RequestSizeLimitExceeded",
            "ResponseSizeLimitExceeded",
            "ActionOffline",
        ],
        ErrorKind::InvalidRequest,
    ),
    (&["LimitExceeded"], ErrorKind::QuotaExceeded),
    (&["ResourceNotFound"], ErrorKind::NotFound),
    (&["ResourceInUse"], ErrorKind::Conflict),
    (
        &["ResourceInsufficient", "ResourcesSoldOut"],
        ErrorKind::Insufficient,
    ),
    (&["ResourceUnavailable"], ErrorKind::ResourceUnavailable),
    (&["UnsupportedOperation"], ErrorKind::Unsupported),
    (&["FailedOperation"], ErrorKind::Failed),
    (&["DryRunOperation"], ErrorKind::DryRun),
];

/// Words a segment ends with, and the kind they say; the first that matches counts, so
/// `NotExist` is read before `Exist`.
const ENDINGS: &[(&str, ErrorKind)] = &[
    ("NotFound", ErrorKind::NotFound),
    ("NotExist", ErrorKind::NotFound),
    ("NotExists", ErrorKind::NotFound),
    ("NoExist", ErrorKind::NotFound),
    ("Malformed", ErrorKind::InvalidRequest),
    ("Invalid", ErrorKind::InvalidRequest),
    ("Illegal", ErrorKind::InvalidRequest),
    ("Mismatch", ErrorKind::InvalidRequest),
    ("NotMatch", ErrorKind::InvalidRequest),
    ("Empty", ErrorKind::InvalidRequest),
    ("TooLong", ErrorKind::InvalidRequest),
    ("TooLarge", ErrorKind::InvalidRequest),
    ("InUse", ErrorKind::Conflict),
    ("Occupied", ErrorKind::Conflict),
    ("Locked", ErrorKind::Conflict),
    ("Conflict", ErrorKind::Conflict),
    ("Duplicate", ErrorKind::Conflict),
    ("Duplicated", ErrorKind::Conflict),
    ("Exist", ErrorKind::Conflict),
    ("Exists", ErrorKind::Conflict),
    ("Existed", ErrorKind::Conflict),
    ("LimitExceeded", ErrorKind::QuotaExceeded),
    ("Exceeded", ErrorKind::QuotaExceeded),
    ("OutOfQuota", ErrorKind::QuotaExceeded),
    ("TooMany", ErrorKind::QuotaExceeded),
    ("Quota", ErrorKind::QuotaExceeded),
    ("NotSupported", ErrorKind::Unsupported),
    ("NotSupport", ErrorKind::Unsupported),
    ("Unsupported", ErrorKind::Unsupported),
    ("Busy", ErrorKind::Transient),
    ("Denied", ErrorKind::Denied),
    ("Forbidden", ErrorKind::Denied),
    ("Unauthorized", ErrorKind::Denied),
    ("NoPermission", ErrorKind::Denied),
    ("SoldOut", ErrorKind::Insufficient),
    ("Insufficient", ErrorKind::Insufficient),
    ("Unavailable", ErrorKind::ResourceUnavailable),
    ("Expired", ErrorKind::ResourceUnavailable),
    ("Expire", ErrorKind::ResourceUnavailable),
    ("Isolated", ErrorKind::ResourceUnavailable),
    ("Offline", ErrorKind::ResourceUnavailable),
    ("Failed", ErrorKind::Failed),
    ("Failure", ErrorKind::Failed),
    ("Error", ErrorKind::Failed),
];

/// Words a category of its own starts with (`InvalidDisk`, `MissingParameter…`).
const BEGINNINGS: &[(&str, ErrorKind)] = &[
    ("Invalid", ErrorKind::InvalidRequest),
    ("Missing", ErrorKind::InvalidRequest),
    ("Unknown", ErrorKind::InvalidRequest),
    ("Unsupported", ErrorKind::Unsupported),
    ("Unauthorized", ErrorKind::Denied),
    ("Limit", ErrorKind::QuotaExceeded),
    ("Resource", ErrorKind::ResourceUnavailable),
    ("Failed", ErrorKind::Failed),
];

/// The kind the words of a code of an unlisted category say: its segments' endings
/// from the last to the first, then the category's beginning.
fn of_words(code: &str) -> ErrorKind {
    let by_ending = code.split('.').rev().find_map(|segment| {
        ENDINGS
            .iter()
            .find(|(word, _)| segment.ends_with(word))
            .map(|&(_, kind)| kind)
    });
    by_ending
        .or_else(|| {
            let category = category_of(code);
            BEGINNINGS
                .iter()
                .find(|(word, _)| category.starts_with(word))
                .map(|&(_, kind)| kind)
        })
        .unwrap_or(ErrorKind::Other)
}

/// A code's category: the text before its first `.`, or the whole code.
pub fn category_of(code: &str) -> &str {
    code.split_once('.').map_or(code, |(category, _)| category)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_map_to_the_designed_kinds() {
        let table: &[(&str, ErrorKind)] = &[
            ("RequestLimitExceeded", ErrorKind::Throttled),
            ("InternalError", ErrorKind::Internal),
            ("ServiceUnavailable", ErrorKind::Unavailable),
            ("AuthFailure", ErrorKind::Auth),
            ("UnauthorizedOperation", ErrorKind::Denied),
            ("OperationDenied", ErrorKind::Denied),
            ("IpInBlacklist", ErrorKind::Denied),
            ("IpNotInWhitelist", ErrorKind::Denied),
            ("InvalidParameterValue", ErrorKind::InvalidRequest),
            ("ActionOffline", ErrorKind::InvalidRequest),
            ("ResponseSizeLimitExceeded", ErrorKind::InvalidRequest),
            ("LimitExceeded", ErrorKind::QuotaExceeded),
            ("ResourceNotFound", ErrorKind::NotFound),
            ("ResourceInUse", ErrorKind::Conflict),
            ("ResourcesSoldOut", ErrorKind::Insufficient),
            ("ResourceUnavailable", ErrorKind::ResourceUnavailable),
            ("UnsupportedOperation", ErrorKind::Unsupported),
            ("FailedOperation", ErrorKind::Failed),
            ("DryRunOperation", ErrorKind::DryRun),
            // A category the table does not list, whose words say nothing either.
            ("Zone", ErrorKind::Other),
            ("", ErrorKind::Other),
        ];
        for &(category, kind) in table {
            assert_eq!(ErrorKind::of_category(category), kind, "{category}");
            assert_eq!(ErrorKind::of_code(&format!("{category}.Brand.New")), kind);
        }
    }

    #[test]
    fn an_unlisted_category_is_read_by_its_words() {
        for (code, kind) in [
            ("InvalidDiskId.NotFound", ErrorKind::NotFound),
            ("InvalidInstanceId.Malformed", ErrorKind::InvalidRequest),
            ("InvalidDisk.Busy", ErrorKind::Transient),
            ("InvalidAccount.NotSupport", ErrorKind::Unsupported),
            ("InvalidSnapshot.NotExist", ErrorKind::NotFound),
            ("InvalidZone", ErrorKind::InvalidRequest),
            ("AutoSnapshotPolicyOutOfQuota", ErrorKind::QuotaExceeded),
            ("Instance.AlreadyExists", ErrorKind::Conflict),
            ("InsufficientSnapshotQuota", ErrorKind::QuotaExceeded),
            ("Zone.Brand.New", ErrorKind::Other),
            // The category's table entry wins over the words.
            ("InvalidParameter.NotFound", ErrorKind::InvalidRequest),
            ("ResourceNotFound.Busy", ErrorKind::NotFound),
        ] {
            assert_eq!(ErrorKind::of_code(code), kind, "{code}");
        }
    }

    #[test]
    fn names_round_trip() {
        for &kind in ErrorKind::ALL {
            assert_eq!(kind_named(kind.name()), Some(kind));
            assert_eq!(format!("{kind:?}"), kind.name());
            assert_eq!(kind.to_string(), kind.name());
        }
        assert_eq!(kind_named("Sleepy"), None);
    }

    #[test]
    fn categories_are_first_segments() {
        assert_eq!(category_of("InvalidDisk.Busy"), "InvalidDisk");
        assert_eq!(category_of("A.B.C"), "A");
        assert_eq!(category_of("ZoneNotMatch"), "ZoneNotMatch");
        assert_eq!(category_of("UnsupportedOperation."), "UnsupportedOperation");
    }

    #[test]
    fn all_is_in_declaration_order() {
        // Generated tables store a kind as its discriminant and read it from `ALL`.
        for (index, &kind) in ErrorKind::ALL.iter().enumerate() {
            assert_eq!(kind as usize, index, "{kind:?}");
        }
    }

    #[test]
    fn the_documented_table_is_the_category_list() {
        // Each row of the table in `ErrorKind`'s docs: its categories and its kind, as
        // written (`| `A`, `B` | [`Kind`](Self::Kind) |`).
        let source = include_str!("kind.rs");
        let rows: Vec<(Vec<&str>, &str)> = source
            .lines()
            .filter_map(|line| line.strip_prefix("/// | "))
            .filter(|row| row.starts_with('`') || row.starts_with("anything else"))
            .map(|row| {
                let (categories, kind) = row.split_once(" | ").expect("two columns");
                let kind = kind.strip_prefix("[`").expect("a linked kind");
                let kind = &kind[..kind.find('`').expect("a closing backquote")];
                let categories = categories
                    .split(", ")
                    .map(|category| category.trim_matches('`'))
                    .collect();
                (categories, kind)
            })
            .collect();
        let (last, rows) = rows.split_last().expect("a table");
        assert_eq!(*last, (vec!["anything else"], ErrorKind::Other.name()));
        let listed: Vec<(Vec<&str>, &str)> = CATEGORIES
            .iter()
            .map(|(categories, kind)| (categories.to_vec(), kind.name()))
            .collect();
        assert_eq!(rows, listed);
    }
}
