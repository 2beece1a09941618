tc::tc_errors! {
    pub enum CbsError {
        "" => "Empty.",
        "InvalidDisk.Busy " => "White space around it.",
        "InvalidDisk Busy" => "White space inside it.",
        "InvalidDisk-Busy" => "A character outside [A-Za-z0-9_.].",
        ".InvalidDisk" => "A leading dot.",
        "InvalidDisk..Busy" => "Two dots in a row.",
        "1InvalidDisk" => "A first character that is not a letter.",
        "UnsupportedOperation." => "A trailing dot is fine: the API returns it.",
    }
}

fn main() {
    let _ = CbsError::UnsupportedOperation;
}
