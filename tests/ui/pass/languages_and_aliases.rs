#![deny(warnings, missing_docs)]
//! Two languages, code-only entries and aliases compile without warnings.

tc::tc_errors! {
    /// Cloud Block Storage error codes.
    pub enum CbsError {
        use common;
        "InvalidDisk.Busy" => "The cloud disk is busy." / "云盘正忙。",
        "InvalidDisk.Expired" => _ / "云盘已过期。",
        "InvalidDisk.NotPortable",
        #[alias("AutoSnapshotPolicyOutOfQuota")]
        "LimitExceeded.AutoSnapshotPolicyOutOfQuota" => "Too many policies.",
        #[alias("ZoneNotMatch", "InvalidDisk.ZoneNotMatch")]
        #[kind(Transient)]
        "ResourceUnavailable.ZoneNotMatch" => "The zone does not match.",
    }
}

use tc::ErrorCode;

fn main() {
    let code: CbsError = "ZoneNotMatch".parse().unwrap();
    assert_eq!(code, CbsError::ResourceUnavailableZoneNotMatch);
    assert_eq!(CbsError::InvalidDiskNotPortable.description(), "");
}
