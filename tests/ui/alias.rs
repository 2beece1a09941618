tc::tc_errors! {
    pub enum CbsError {
        #[alias("InvalidDisk.Busy")]
        "LimitExceeded.AutoSnapshotPolicyOutOfQuota" => "Too many policies.",
        "InvalidDisk.Busy" => "The cloud disk is busy.",
        #[alias("ZoneNotMatch", "Bad Alias")]
        "ResourceUnavailable.ZoneNotMatch" => "The zone does not match.",
        #[alias("ZoneNotMatch")]
        "ResourceUnavailable.RepeatRefund" => "Refunded already.",
        #[alias()]
        "ResourceUnavailable.NotSupportRefund" => "No refund.",
        #[alias(ZoneNotMatch)]
        "InvalidDisk.Expired" => "Expired.",
    }
}

fn main() {}
