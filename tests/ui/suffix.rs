tc::tc_errors! {
    pub enum CbsError {
        "InvalidDisk.Busy"suffix => "The cloud disk is busy."x,
        #[alias("ZoneNotMatch"s)]
        "ResourceUnavailable.ZoneNotMatch" => "The zone does not match." / "可用区不匹配。"zh,
    }
}

fn main() {
    let _ = (CbsError::InvalidDiskBusy, CbsError::ResourceUnavailableZoneNotMatch);
}
