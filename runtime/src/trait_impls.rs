//! The standard-library and serde trait impls of every generated enum.
//!
//! They are the same for every catalog but for the enum's name, so `tc_errors!` writes
//! one call of this macro instead of building their tokens itself: the compiler
//! transcribes a `macro_rules!` body natively, where a procedural macro, which runs
//! unoptimised in most builds, builds every token through the compiler's bridge. A
//! crate of hundreds of catalogs pays that per enum.

/// Implements `Clone`, `Copy`, `PartialEq`, `Eq`, `Hash`, `PartialOrd`, `Ord`, `Debug`,
/// `Display`, `FromStr`, `TryFrom<&str>`, serde's `Serialize` and `Deserialize`, and
/// `&Code<E> == E` for a generated enum; with `common`, `From<CommonError>` too. The
/// enum implements `ErrorCode`, through which the bodies read its tables.
#[doc(hidden)]
#[macro_export]
macro_rules! __tc_errors_trait_impls {
    (common $enum:ident) => {
        $crate::__private::trait_impls! { $enum }

        impl ::core::convert::From<$crate::CommonError> for $enum {
            #[inline]
            fn from(common: $crate::CommonError) -> Self {
                $crate::__private::from_common(common)
            }
        }
    };
    ($enum:ident) => {
        // `api_error.code() == E::X`: `code()` is a reference, and a generic
        // `PartialEq<E> for &Code<E>` would overlap std's `&A == &B`.
        #[automatically_derived]
        impl ::core::cmp::PartialEq<$enum> for &$crate::Code<$enum> {
            #[inline]
            fn eq(&self, variant: &$enum) -> bool {
                self.is(*variant)
            }
        }

        // Written out rather than derived: the derives add two impls and a body per enum
        // (`TrivialClone`, `StructuralPartialEq`, `Eq`'s field check), which a crate of
        // hundreds of catalogs pays for in build time. Order and hash are the
        // discriminant's.
        #[automatically_derived]
        impl ::core::clone::Clone for $enum {
            #[inline]
            fn clone(&self) -> Self {
                *self
            }
        }

        #[automatically_derived]
        impl ::core::marker::Copy for $enum {}

        #[automatically_derived]
        impl ::core::cmp::PartialEq for $enum {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                *self as u16 == *other as u16
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Eq for $enum {}

        #[automatically_derived]
        impl ::core::hash::Hash for $enum {
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                state.write_u16(*self as u16)
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialOrd for $enum {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Ord for $enum {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&(*self as u16), &(*other as u16))
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for $enum {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str($crate::__private::variant_name(*self))
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for $enum {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad($crate::ErrorCode::code(*self))
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for $enum {
            type Err = $crate::UnknownCode;

            #[inline]
            fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
                $crate::__private::from_str(code)
            }
        }

        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a str> for $enum {
            type Error = $crate::UnknownCode;

            #[inline]
            fn try_from(code: &'a str) -> ::core::result::Result<Self, Self::Error> {
                $crate::__private::from_str(code)
            }
        }

        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $enum {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_str($crate::ErrorCode::code(*self))
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $enum {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize(deserializer)
            }
        }
    };
}
