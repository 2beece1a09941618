#![deny(warnings)]

tc::tc_errors! {
    /// The API really returns `UnsupportedOperation.`, trailing dot included.
    pub enum CbsError {
        "UnsupportedOperation." => "Unsupported operation.",
    }
}

fn main() {
    let code: CbsError = "UnsupportedOperation.".parse().unwrap();
    assert_eq!(code, CbsError::UnsupportedOperation);
    assert_eq!(code.to_string(), "UnsupportedOperation.");
    assert!("UnsupportedOperation".parse::<CbsError>().is_err());
}
