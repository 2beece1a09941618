//! An error code as received: a variant of the catalog, or a code it does not declare.

use super::error_code::{self, ErrorCode};
use super::unknown::UnknownCode;
use crate::retry::RetryAdvice;
use serde::de::{Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};
use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use tc_errors_internals::kind::{category_of, ErrorKind};

/// An error code from a response: [`Known`](Code::Known) when the catalog `E` declares
/// it, [`Renamed`](Code::Renamed) when it is an earlier spelling of a declared code,
/// [`Unknown`](Code::Unknown) otherwise, with its exact text.
///
/// [`Code::parse`] never fails: Tencent adds codes without notice, and a code that this
/// version of the catalog does not know still has its text, a [category](Self::category)
/// and a [kind](Self::kind).
///
/// Equality, ordering and hashing go by the code's current spelling (the text for a code
/// the catalog does not declare), so `Known(E::X)` equals an `Unknown` holding the same
/// text and a `Renamed` holding an earlier spelling of it. To ask "is this that code", compare with a variant
/// (`code == E::X` or [`code.is(E::X)`](Self::is)) or with a string (`code == "X.Y"`):
/// both stay right when a later catalog version moves a code from `Unknown` to `Known`,
/// which a `match` on `Code::Unknown(u) if u.as_str() == "X.Y"` would not.
///
/// ```
/// use tc_errors::{Code, CommonError, ErrorKind};
///
/// let known: Code<CommonError> = Code::parse("RequestLimitExceeded");
/// assert_eq!(known, CommonError::RequestLimitExceeded);
/// assert_eq!(known.known(), Some(CommonError::RequestLimitExceeded));
///
/// let new: Code<CommonError> = Code::parse("RequestLimitExceeded.Brand.New");
/// assert_eq!(new.known(), None);
/// assert_eq!(new, "RequestLimitExceeded.Brand.New");
/// assert_eq!(new.category(), "RequestLimitExceeded");
/// assert_eq!(new.kind(), ErrorKind::Throttled);
/// assert!(new.retry_advice().should_retry(false));
/// assert_eq!(new.to_string(), "RequestLimitExceeded.Brand.New");
/// ```
#[derive(Clone, Debug)]
pub enum Code<E: ErrorCode> {
    /// A code that the catalog declares.
    Known(E),
    /// An earlier spelling of a code the catalog declares (Tencent renames codes within an
    /// API version, and clients see both): the variant, and the spelling exactly as
    /// received.
    Renamed(E, &'static str),
    /// A code that the catalog does not declare, exactly as received.
    Unknown(UnknownCode),
}

impl<E: ErrorCode> Code<E> {
    /// The catalog's variant for `code`, or `code` kept as an [`UnknownCode`].
    pub fn parse(code: &str) -> Code<E> {
        Code::from_text(Cow::Borrowed(code))
    }

    /// [`Code::parse`], keeping a code the parser decoded into a string of its own
    /// without copying it.
    pub(crate) fn from_text(code: Cow<'_, str>) -> Code<E> {
        match error_code::lookup::<E>(&code) {
            Some((index, None)) => Code::Known(E::ALL[index]),
            Some((index, Some(spelling))) => Code::Renamed(E::ALL[index], spelling),
            None => Code::Unknown(UnknownCode::new(code.into_owned())),
        }
    }

    /// The same code, looked up in the catalog `F`; an unknown code keeps its text
    /// without a copy.
    pub(crate) fn into_catalog<F: ErrorCode>(self) -> Code<F> {
        match self {
            Code::Known(known) => Code::parse(known.code()),
            Code::Renamed(_, spelling) => Code::parse(spelling),
            Code::Unknown(unknown) => match F::from_code(unknown.as_str()) {
                Some(known) => Code::Known(known),
                None => Code::Unknown(unknown),
            },
        }
    }

    /// The code's text, exactly as received.
    pub fn as_str(&self) -> &str {
        match self {
            Code::Known(known) => known.code(),
            Code::Renamed(_, spelling) => spelling,
            Code::Unknown(unknown) => unknown.as_str(),
        }
    }

    /// The catalog's variant, if the catalog declares the code (under this spelling or
    /// an earlier one).
    pub fn known(&self) -> Option<E> {
        match self {
            Code::Known(known) | Code::Renamed(known, _) => Some(*known),
            Code::Unknown(_) => None,
        }
    }

    /// The code's current spelling: the variant's code for a declared code (the text
    /// for an `Unknown` that holds one), else the text as received. What equality,
    /// ordering and hashing go by.
    fn canonical(&self) -> &str {
        match self {
            Code::Known(known) | Code::Renamed(known, _) => known.code(),
            Code::Unknown(unknown) => match E::from_code(unknown.as_str()) {
                Some(known) => known.code(),
                None => unknown.as_str(),
            },
        }
    }

    /// The code's first segment, such as `InvalidDisk` for `InvalidDisk.Busy`.
    pub fn category(&self) -> &str {
        category_of(self.as_str())
    }

    /// The catalog's kind for a known code; the kind of its category otherwise.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Code::Known(known) | Code::Renamed(known, _) => known.kind(),
            Code::Unknown(unknown) => unknown.kind(),
        }
    }

    /// What to do about an API error with this code: retry or not, the class, and
    /// whether only an idempotent request may be sent again.
    pub fn retry_advice(&self) -> RetryAdvice {
        RetryAdvice::for_code(self.canonical(), self.kind())
    }

    /// Whether this is the code of `variant`, under any of its spellings; also right for
    /// an `Unknown` that holds a spelling the catalog declares.
    pub fn is(&self, variant: E) -> bool {
        match self {
            Code::Known(known) | Code::Renamed(known, _) => *known == variant,
            Code::Unknown(unknown) => E::from_code(unknown.as_str()) == Some(variant),
        }
    }
}

impl<E: ErrorCode> From<E> for Code<E> {
    fn from(known: E) -> Code<E> {
        Code::Known(known)
    }
}

impl<E: ErrorCode> From<UnknownCode> for Code<E> {
    /// Keeps the code as given, even if the catalog declares it; comparisons still see
    /// the declared variant, because they go by text.
    fn from(unknown: UnknownCode) -> Code<E> {
        Code::Unknown(unknown)
    }
}

impl<E: ErrorCode> PartialEq for Code<E> {
    fn eq(&self, other: &Code<E>) -> bool {
        match (self.known(), other.known()) {
            (Some(a), Some(b)) => a == b,
            _ => self.canonical() == other.canonical(),
        }
    }
}

impl<E: ErrorCode> Eq for Code<E> {}

impl<E: ErrorCode> PartialEq<E> for Code<E> {
    fn eq(&self, variant: &E) -> bool {
        self.is(*variant)
    }
}

impl<E: ErrorCode> PartialEq<str> for Code<E> {
    /// Whether `code` is the text as received or the code's current spelling.
    fn eq(&self, code: &str) -> bool {
        self.as_str() == code || self.known().is_some_and(|known| known.code() == code)
    }
}

impl<E: ErrorCode> PartialEq<String> for Code<E> {
    fn eq(&self, code: &String) -> bool {
        *self == **code
    }
}

impl<E: ErrorCode> PartialEq<&str> for Code<E> {
    fn eq(&self, code: &&str) -> bool {
        *self == **code
    }
}

impl<E: ErrorCode> PartialOrd for Code<E> {
    fn partial_cmp(&self, other: &Code<E>) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<E: ErrorCode> Ord for Code<E> {
    /// By the code's current spelling, to agree with `Eq`.
    fn cmp(&self, other: &Code<E>) -> Ordering {
        self.canonical().cmp(other.canonical())
    }
}

impl<E: ErrorCode> Hash for Code<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.canonical().hash(state);
    }
}

impl<E: ErrorCode> fmt::Display for Code<E> {
    /// The code's text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<E: ErrorCode> Serialize for Code<E> {
    /// The code's text.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de, E: ErrorCode> Deserialize<'de> for Code<E> {
    /// Any string, as [`Code::parse`] reads it; an empty string is refused.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Code<E>, D::Error> {
        struct CodeVisitor<E>(std::marker::PhantomData<E>);

        impl<E: ErrorCode> Visitor<'_> for CodeVisitor<E> {
            type Value = Code<E>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a non-empty error code string")
            }

            fn visit_str<Err: serde::de::Error>(self, code: &str) -> Result<Code<E>, Err> {
                if code.is_empty() {
                    return Err(Err::invalid_value(serde::de::Unexpected::Str(code), &self));
                }
                Ok(Code::parse(code))
            }
        }

        deserializer.deserialize_str(CodeVisitor(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::common::CommonError;
    use std::collections::hash_map::DefaultHasher;

    fn hash_of(code: &Code<CommonError>) -> u64 {
        let mut hasher = DefaultHasher::new();
        code.hash(&mut hasher);
        hasher.finish()
    }

    #[test]
    fn a_declared_code_is_known() {
        let code = Code::<CommonError>::parse("InternalError");
        assert_eq!(code.known(), Some(CommonError::InternalError));
        assert_eq!(code.as_str(), "InternalError");
        assert_eq!(code.kind(), ErrorKind::Internal);
        assert!(code.retry_advice().should_retry(true));
    }

    #[test]
    fn an_undeclared_code_keeps_its_text_and_gets_a_kind_by_category() {
        let code = Code::<CommonError>::parse("InvalidParameterValue.Brand.New");
        assert_eq!(code.known(), None);
        assert_eq!(code.as_str(), "InvalidParameterValue.Brand.New");
        assert_eq!(code.category(), "InvalidParameterValue");
        assert_eq!(code.kind(), ErrorKind::InvalidRequest);
        assert!(!code.retry_advice().should_retry(true));
    }

    #[test]
    fn an_unknown_holding_a_declared_code_still_compares_equal_to_the_variant() {
        let by_hand: Code<CommonError> = UnknownCode::new("InternalError").into();
        let parsed = Code::parse("InternalError");
        assert!(by_hand.is(CommonError::InternalError));
        assert_eq!(by_hand, CommonError::InternalError);
        assert_eq!(by_hand, parsed);
        assert_eq!(hash_of(&by_hand), hash_of(&parsed));
        assert!(!by_hand.is(CommonError::InvalidParameter));
    }

    #[test]
    fn codes_compare_with_strings() {
        let code = Code::<CommonError>::parse("Made.Up");
        assert_eq!(code, "Made.Up");
        assert_eq!(code, String::from("Made.Up"));
        // `tc_errors!` adds `&Code<E> == E`, so `api_error.code() == E::X` reads right.
        let known = Code::<CommonError>::parse("InternalError");
        let by_reference: &Code<CommonError> = &known;
        assert!(by_reference == CommonError::InternalError);
        assert!(code != "Made");
        assert!(code != CommonError::InternalError);
    }

    #[test]
    fn codes_order_by_text() {
        let a = Code::<CommonError>::parse("AuthFailure.MFAFailure");
        let b = Code::<CommonError>::parse("Aaa");
        assert!(b < a);
    }

    #[test]
    fn serde_round_trips_the_text() {
        for text in ["InternalError", "Made.Up"] {
            let code = Code::<CommonError>::parse(text);
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{text}\""));
            let back: Code<CommonError> = serde_json::from_str(&json).unwrap();
            assert_eq!(back, code);
            assert_eq!(back.known(), code.known());
        }
        assert!(serde_json::from_str::<Code<CommonError>>("\"\"").is_err());
        assert!(serde_json::from_str::<Code<CommonError>>("5").is_err());
    }
}
