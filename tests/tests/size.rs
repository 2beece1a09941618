//! Generated enums are two bytes, and `Option` of one is still two bytes: the `u16`
//! discriminant leaves a niche. Checked at compile time: this file does not build if a
//! size is wrong.

use std::mem::size_of;
use tc::legacy::LegacyError;
use tc::CommonError;
use tc_error_catalogs::{
    cbs::CbsError, cloudaudit::CloudAuditError, emr::EmrError, organization::OrganizationError,
};

tc::tc_errors! {
    /// The smallest catalog there is.
    pub enum OneCode {
        "InternalError.Only" => "The only code.",
    }
}

/// Whether `E` and `Option<E>` are both two bytes.
const fn two_bytes_with_niche<E>() -> bool {
    size_of::<E>() == 2 && size_of::<Option<E>>() == 2
}

#[test]
fn enums_are_two_bytes_with_a_niche() {
    const _: () = assert!(two_bytes_with_niche::<OneCode>());
    const _: () = assert!(two_bytes_with_niche::<CommonError>());
    const _: () = assert!(two_bytes_with_niche::<LegacyError>());
    const _: () = assert!(two_bytes_with_niche::<CbsError>());
    const _: () = assert!(two_bytes_with_niche::<CloudAuditError>());
    const _: () = assert!(two_bytes_with_niche::<EmrError>());
    const _: () = assert!(two_bytes_with_niche::<OrganizationError>());
    // The one-code catalog still parses its code: its table is not a special case.
    assert_eq!("InternalError.Only".parse(), Ok(OneCode::InternalErrorOnly));
}
