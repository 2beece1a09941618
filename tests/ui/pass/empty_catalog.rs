#![deny(warnings)]

tc::tc_errors! {
    /// A catalog with no codes yet: an uninhabited enum that still has the whole API.
    pub enum Nothing {}
}

fn codes<E: tc::ErrorCode>() -> usize {
    E::ALL.len()
}

fn main() {
    assert_eq!(codes::<Nothing>(), 0);
    assert!("InternalError".parse::<Nothing>().is_err());
    assert!(serde_json::from_str::<Nothing>("\"InternalError\"").is_err());
}
