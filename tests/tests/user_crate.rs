//! A catalog declared the way a service crate would, through the runtime renamed to `tc`
//! (see this package's Cargo.toml), in a crate that denies every warning.

#![deny(warnings, missing_docs, unused, nonstandard_style, rust_2018_idioms)]

use tc::{CommonError, ErrorCode, ErrorKind};

mod service {
    tc::tc_errors! {
        /// Cloud Virtual Machine error codes, a few of them.
        #[non_exhaustive]
        pub enum CvmError {
            use common;

            "InvalidInstanceId.NotFound" => "The instance does not exist.",
            /// Sent while the instance is starting or stopping.
            #[kind(Transient)]
            "InvalidInstanceState.Busy" => "The instance is busy.
                Try again later.",
            #[name(InternalErrorEs)]
            "InternalError.ES" => "The search backend failed.",
            "InternalError.Lower.cmq" => "A message queue failed.",
            #[name(UnsupportedOperationDot)]
            "UnsupportedOperation." => "The API really returns this code with a trailing dot.",
            "InvalidParameter" => "This service's own wording.",
            "Default_Code" => "Codes may contain underscores.",
        }
    }

    tc::tc_errors! {
        /// A private catalog without the common set.
        pub(crate) enum Private {
            "InvalidParameter" => "Not the common code here.",
        }
    }
}

use service::CvmError;

#[test]
fn the_catalog_behaves() {
    assert_eq!(
        CvmError::InvalidInstanceStateBusy.description(),
        "The instance is busy. Try again later."
    );
    assert_eq!(
        CvmError::InvalidInstanceStateBusy.kind(),
        ErrorKind::Transient
    );
    assert_eq!(CvmError::InternalErrorEs.code(), "InternalError.ES");
    assert_eq!(
        CvmError::InternalErrorLowerCmq.code(),
        "InternalError.Lower.cmq"
    );
    assert_eq!(
        CvmError::UnsupportedOperationDot.code(),
        "UnsupportedOperation."
    );
    assert_eq!(
        CvmError::UnsupportedOperation.code(),
        "UnsupportedOperation"
    );
    assert_eq!(CvmError::Default_Code.code(), "Default_Code");
    assert_eq!(
        format!("{:?}", CvmError::InternalErrorEs),
        "InternalErrorEs"
    );
    assert_eq!(
        CvmError::InvalidParameter.as_common(),
        Some(CommonError::InvalidParameter)
    );
    assert_eq!(
        CvmError::InvalidParameter.description(),
        "This service's own wording."
    );
    assert_eq!(
        CvmError::from(CommonError::UnsupportedOperation).code(),
        "UnsupportedOperation"
    );
    assert_eq!(CvmError::ALL.len(), 7 - 1 + CommonError::ALL.len());
    assert_eq!(CvmError::ALL[0], CvmError::InvalidInstanceIdNotFound);
    assert!(CvmError::InvalidInstanceIdNotFound < CvmError::InternalErrorEs);
}

#[test]
fn catalogs_without_the_common_set_keep_their_own_codes() {
    assert_eq!(service::Private::ALL.len(), 1);
    assert_eq!(service::Private::InvalidParameter.as_common(), None);
    assert!("InternalError".parse::<service::Private>().is_err());
}

#[test]
fn generic_code_works_over_any_catalog() {
    fn kinds<E: ErrorCode>() -> usize {
        E::ALL
            .iter()
            .filter(|code| code.kind() == ErrorKind::Transient)
            .count()
    }
    assert_eq!(kinds::<CvmError>(), 1);
    assert_eq!(kinds::<CommonError>(), 0);
}
