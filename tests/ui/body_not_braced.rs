use tc::ErrorCode;

tc::tc_errors! {
    pub enum CbsError (
        "InvalidDisk.Busy" => "The cloud disk is busy.",
    )
}

// The enum is still declared (empty), so the rest of the crate compiles.
fn describe(error: CbsError) -> &'static str {
    error.description()
}

fn main() {
    let _ = describe;
}
