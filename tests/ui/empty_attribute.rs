tc::tc_errors! {
    pub enum CbsError {
        #[kind()]
        "InvalidDisk.Busy" => "The cloud disk is busy.",
        #[name()]
        "InvalidDisk.Expired" => "The cloud disk has expired.",
    }
}

fn main() {}
