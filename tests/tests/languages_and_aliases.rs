//! Code-only entries, the two languages and earlier spellings, as a user's catalog
//! declares them.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use tc::ErrorCode;
use tc::{Code, ErrorKind, Language};

tc::tc_errors! {
    /// A catalog with every form of entry.
    pub enum CbsError {
        use common;
        "InvalidDisk.Busy" => "The cloud disk is busy." / "云盘正忙。",
        "InvalidDisk.Expired" => _ / "云盘已过期。",
        "InvalidDisk.NotPortable",
        "ResourceNotFound.Disk" => "The disk does not exist.",
        #[alias("AutoSnapshotPolicyOutOfQuota")]
        "LimitExceeded.AutoSnapshotPolicyOutOfQuota" => "Too many policies.",
        #[alias("ZoneNotMatch", "InvalidDisk.ZoneNotMatch")]
        "ResourceUnavailable.ZoneNotMatch" => "The zone does not match.",
        // The service gives only Chinese: the common set's English stays.
        "InternalError" => _ / "服务内部错误。",
    }
}

fn hash_of<T: Hash>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[test]
fn description_is_english_then_chinese_then_empty() {
    assert_eq!(
        CbsError::InvalidDiskBusy.description(),
        "The cloud disk is busy."
    );
    assert_eq!(CbsError::InvalidDiskExpired.description(), "云盘已过期。");
    assert_eq!(CbsError::InvalidDiskNotPortable.description(), "");
    let texts = |e: CbsError| Language::ALL.iter().map(move |&l| e.description_in(l));
    assert!(
        texts(CbsError::InvalidDiskBusy).eq([Some("云盘正忙。"), Some("The cloud disk is busy.")])
    );
    assert!(texts(CbsError::InvalidDiskExpired).eq([Some("云盘已过期。"), None]));
    assert!(texts(CbsError::InvalidDiskNotPortable).eq([None, None]));
    assert!(texts(CbsError::ResourceNotFoundDisk).eq([None, Some("The disk does not exist.")]));
}

#[test]
fn a_relisted_common_code_keeps_the_common_text_in_the_language_the_service_omits() {
    let internal = CbsError::InternalError;
    assert_eq!(
        internal.description_in(Language::Chinese),
        Some("服务内部错误。")
    );
    assert_eq!(
        internal.description_in(Language::English),
        tc::CommonError::InternalError.description_in(Language::English)
    );
}

#[test]
fn a_code_only_entry_round_trips_and_has_its_kind() {
    let code: CbsError = "InvalidDisk.NotPortable".parse().unwrap();
    assert_eq!(code, CbsError::InvalidDiskNotPortable);
    assert_eq!(code.to_string(), "InvalidDisk.NotPortable");
    assert_eq!(code.category(), "InvalidDisk");
    assert_eq!(CbsError::ResourceNotFoundDisk.kind(), ErrorKind::NotFound);
    let json = serde_json::to_string(&code).unwrap();
    assert_eq!(serde_json::from_str::<CbsError>(&json).unwrap(), code);
}

#[test]
fn every_spelling_parses_to_the_one_variant_and_code_is_the_current_one() {
    let zone = CbsError::ResourceUnavailableZoneNotMatch;
    for spelling in [
        "ResourceUnavailable.ZoneNotMatch",
        "ZoneNotMatch",
        "InvalidDisk.ZoneNotMatch",
    ] {
        assert_eq!(spelling.parse::<CbsError>(), Ok(zone), "{spelling}");
        assert_eq!(CbsError::try_from(spelling), Ok(zone));
        assert_eq!(CbsError::from_code(spelling), Some(zone));
        assert_eq!(
            serde_json::from_str::<CbsError>(&format!("{spelling:?}")).unwrap(),
            zone
        );
    }
    assert_eq!(zone.code(), "ResourceUnavailable.ZoneNotMatch");
    assert_eq!(zone.to_string(), "ResourceUnavailable.ZoneNotMatch");
    assert!("ZoneNotMatch.".parse::<CbsError>().is_err());
}

#[test]
fn a_code_parsed_from_an_old_spelling_keeps_the_text_received() {
    let old: Code<CbsError> = Code::parse("AutoSnapshotPolicyOutOfQuota");
    let new: Code<CbsError> = Code::parse("LimitExceeded.AutoSnapshotPolicyOutOfQuota");
    let policy = CbsError::LimitExceededAutoSnapshotPolicyOutOfQuota;
    assert_eq!(old, Code::Renamed(policy, "AutoSnapshotPolicyOutOfQuota"));
    assert_eq!(old.as_str(), "AutoSnapshotPolicyOutOfQuota");
    assert_eq!(old.to_string(), "AutoSnapshotPolicyOutOfQuota");
    assert_eq!(
        serde_json::to_string(&old).unwrap(),
        "\"AutoSnapshotPolicyOutOfQuota\""
    );
    assert_eq!(old.known(), Some(policy));
    assert!(old.is(policy) && new.is(policy));
    assert_eq!(old, policy);
    assert_eq!(old, "AutoSnapshotPolicyOutOfQuota");
    assert_eq!(old, "LimitExceeded.AutoSnapshotPolicyOutOfQuota");
    // One code, whatever the spelling: equal, same hash, same kind (its current
    // category's, a quota).
    assert_eq!(old, new);
    assert_eq!(hash_of(&old), hash_of(&new));
    assert_eq!(old.kind(), ErrorKind::QuotaExceeded);
    let by_hand: Code<CbsError> = tc::UnknownCode::new("AutoSnapshotPolicyOutOfQuota").into();
    assert_eq!(by_hand, old);
    assert!(by_hand.is(policy));
    assert_eq!(hash_of(&by_hand), hash_of(&old));
}
