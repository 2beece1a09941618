tc::tc_errors! {
    pub struct CbsError {
        "InvalidDisk.Busy" => "The cloud disk is busy.",
    }
}

fn main() {}
