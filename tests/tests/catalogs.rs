//! Every catalog behaves: codes round-trip through every conversion, the tables agree,
//! unknown codes keep their text.

use tc::{CommonError, ErrorCode, ErrorKind, Language, RetryAdvice, UnknownCode};
use tc_error_catalogs::{
    cbs::CbsError, cloudaudit::CloudAuditError, emr::EmrError, organization::OrganizationError,
};

/// Whether a code's texts say to try again later (the importer's rule).
fn says_later<E: ErrorCode>(code: E) -> bool {
    Language::ALL
        .iter()
        .filter_map(|&language| code.description_in(language))
        .any(tc_errors_importer::says_try_again_later)
}

fn check_catalog<E: ErrorCode>() {
    let mut codes = std::collections::HashSet::new();
    for &variant in E::ALL {
        let code = variant.code();
        assert!(codes.insert(code), "{code} twice");
        assert_eq!(code.parse::<E>(), Ok(variant), "{code}");
        assert_eq!(E::try_from(code), Ok(variant), "{code}");
        assert_eq!(E::from_code(code), Some(variant), "{code}");
        assert_eq!(variant.to_string(), code);
        assert_eq!(format!("{variant:>60}").trim_start(), code, "Display pads");
        assert!(!format!("{variant:?}").is_empty());
        assert!(!variant.description().trim().is_empty(), "{code}");
        // `description` is the English text when there is one, else the Chinese.
        let english = variant.description_in(Language::English);
        let chinese = variant.description_in(Language::Chinese);
        assert_eq!(Some(variant.description()), english.or(chinese), "{code}");
        for text in [english, chinese].into_iter().flatten() {
            assert_eq!(text, text.trim(), "{code}");
            assert!(!text.is_empty(), "{code}");
        }
        assert_eq!(variant.category(), code.split('.').next().unwrap());
        assert_eq!(
            variant.retry_advice(),
            RetryAdvice::for_code(code, variant.kind())
        );
        // `#[kind(…)]` overrides only codes whose texts say to try again later.
        if !says_later(variant) {
            assert_eq!(variant.kind(), ErrorKind::of_code(code), "{code}");
        }
        let json = serde_json::to_string(&variant).unwrap();
        assert_eq!(json, serde_json::to_string(code).unwrap());
        assert_eq!(serde_json::from_str::<E>(&json).unwrap(), variant);
        if let Some(common) = variant.as_common() {
            assert_eq!(common.code(), code);
        }
    }
    for unknown in [
        "",
        "Nope",
        "InvalidDisk.Brand.New",
        "invaliddisk.busy",
        "InvalidDisk.Busy ",
    ] {
        assert_eq!(unknown.parse::<E>(), Err(UnknownCode::new(unknown)));
    }
    let error = serde_json::from_str::<E>("\"Brand.New\"").unwrap_err();
    assert!(error.to_string().contains("Brand.New"), "{error}");
}

fn check_common_unified<E: ErrorCode + From<CommonError>>() {
    for &common in CommonError::ALL {
        let variant = E::from(common);
        assert_eq!(variant.code(), common.code());
        assert_eq!(variant.as_common(), Some(common));
    }
}

#[test]
fn every_catalog_round_trips() {
    check_catalog::<CommonError>();
    check_catalog::<tc::legacy::LegacyError>();
    check_catalog::<OrganizationError>();
    check_catalog::<EmrError>();
    check_catalog::<CbsError>();
    check_catalog::<CloudAuditError>();
}

#[test]
fn service_catalogs_contain_the_common_set() {
    check_common_unified::<OrganizationError>();
    check_common_unified::<EmrError>();
    check_common_unified::<CbsError>();
    check_common_unified::<CloudAuditError>();
}

#[test]
fn relisted_common_codes_carry_the_services_wording() {
    assert_eq!(
        CbsError::InvalidParameter.as_common(),
        Some(CommonError::InvalidParameter)
    );
    assert_eq!(
        CbsError::InvalidParameter.description(),
        "Invalid parameter"
    );
    assert_eq!(
        CommonError::InvalidParameter.description(),
        "Incorrect parameter."
    );
    assert_eq!(
        CbsError::MissingParameter.description(),
        "Missing parameter. A required parameter is missing in the request."
    );
    assert_eq!(
        CbsError::from(CommonError::MissingParameter),
        CbsError::MissingParameter
    );
    // Not re-listed: the common wording.
    assert_eq!(
        CbsError::NoSuchVersion.description(),
        CommonError::NoSuchVersion.description()
    );
}

#[test]
fn service_codes_are_not_common() {
    assert_eq!(CbsError::InvalidDiskBusy.as_common(), None);
    assert_eq!(CloudAuditError::MissingParameterCmq.as_common(), None);
    assert_eq!(tc::legacy::LegacyError::InvalidParameter.as_common(), None);
}

#[test]
fn the_common_set_is_complete() {
    assert_eq!(CommonError::ALL.len(), 38);
    for code in [
        "ActionOffline",
        "AuthFailure.InvalidAuthorization",
        "InvalidRequest",
        "IpInBlacklist",
        "IpNotInWhitelist",
        "NoSuchProduct",
        "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
        "RequestLimitExceeded.IPLimitExceeded",
        "RequestLimitExceeded.UinLimitExceeded",
        "RequestSizeLimitExceeded",
        "ResponseSizeLimitExceeded",
        "ServiceUnavailable",
    ] {
        assert!(code.parse::<CommonError>().is_ok(), "{code}");
    }
    for (index, &common) in CommonError::ALL.iter().enumerate() {
        assert_eq!(common.as_common(), Some(common));
        assert_eq!(common as usize, index);
    }
    assert_eq!(
        CommonError::ServiceUnavailable.kind(),
        ErrorKind::Unavailable
    );
    assert_eq!(
        CommonError::RequestLimitExceededIPLimitExceeded.kind(),
        ErrorKind::Throttled
    );
    assert_eq!(CommonError::IpInBlacklist.kind(), ErrorKind::Denied);
}

#[test]
fn try_again_later_codes_are_transient() {
    for code in [
        CbsError::InvalidDiskBusy,
        CbsError::InvalidDiskSnapshotCreating,
        CbsError::ResourceBusy,
    ] {
        assert_eq!(code.kind(), ErrorKind::Transient, "{code}");
        assert!(code.retry_advice().should_retry(false));
    }
    assert_eq!(
        CbsError::InternalErrorResourceOpFailed.kind(),
        ErrorKind::Internal
    );
    assert_eq!(
        tc::legacy::LegacyError::InvalidActionActionUnavailable.kind(),
        ErrorKind::Transient
    );
    for &code in CbsError::ALL {
        let says_later = says_later(code);
        assert!(
            !says_later || code.retry_advice().should_retry(true),
            "{code}"
        );
        // Transient by the texts, or by the code's own words (`…Busy`).
        assert!(
            code.kind() != ErrorKind::Transient
                || says_later
                || ErrorKind::of_code(code.code()) == ErrorKind::Transient,
            "{code}"
        );
    }
}

#[test]
fn seed_text_is_clean() {
    assert_eq!(
        CommonError::AuthFailureSignatureFailure.description(),
        "Invalid signature. Signature calculation error. Please ensure you’ve followed the \
         signature calculation process described in the Signature API documentation."
    );
    assert_eq!(
        OrganizationError::FailedOperationInOrganizationAlready.description(),
        "The account is already in this Tencent Cloud Organization."
    );
    for catalog in tc_error_catalogs::catalogs() {
        for entry in catalog.entries() {
            let text = entry.description;
            assert!(
                !text.contains('â') && !text.contains("  ") && text.trim() == text,
                "{text:?}"
            );
        }
    }
}

#[test]
fn generated_enums_are_small() {
    const _: () = assert!(std::mem::size_of::<CbsError>() == 2);
    const _: () = assert!(std::mem::size_of::<Option<CbsError>>() == 2);
}

#[test]
fn common_codes_have_both_languages() {
    for &code in CommonError::ALL {
        for &language in Language::ALL {
            assert!(code.description_in(language).is_some(), "{code} {language}");
        }
    }
}

#[test]
fn almost_no_shipped_code_is_of_kind_other() {
    let mut others = Vec::new();
    let mut total = 0;
    for catalog in tc_error_catalogs::catalogs() {
        for entry in catalog.entries() {
            total += 1;
            if entry.kind == ErrorKind::Other {
                others.push(entry.code);
            }
        }
    }
    // At most 0.5% of the codes: a code's words say its kind when its category does not.
    assert!(
        others.len() * 200 <= total,
        "{} of {total}: {others:?}",
        others.len()
    );
}

#[test]
fn legacy_codes_have_both_languages() {
    for &code in tc::legacy::LegacyError::ALL {
        for &language in Language::ALL {
            assert!(code.description_in(language).is_some(), "{code} {language}");
        }
    }
}
