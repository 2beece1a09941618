tc::tc_errors! {
    pub enum CbsError {
        "InvalidParameter.Conflict" => "Parameters conflict.",
        "InvalidParameterConflict" => "Parameters conflict, spelled without the dot.",
        "UnsupportedOperation" => "Unsupported operation.",
        "UnsupportedOperation." => "Unsupported operation, with the API's trailing dot.",
    }
}

fn main() {}
