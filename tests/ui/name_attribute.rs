tc::tc_errors! {
    pub enum CbsError {
        #[name(InvalidDiskBusy)]
        "InvalidDisk.InUse" => "The cloud disk is in use.",
        "InvalidDisk.Busy" => "The cloud disk is busy.",
        #[name(fn)]
        "InvalidDisk.Fn" => "A keyword is not a name.",
        #[name("InvalidDiskQuoted")]
        "InvalidDisk.Quoted" => "A string is not a name.",
        #[name(r#InvalidDiskRaw)]
        "InvalidDisk.Raw" => "A raw identifier is not a plain name.",
        "self" => "This code's variant would be the keyword `Self`.",
    }
}

fn main() {}
