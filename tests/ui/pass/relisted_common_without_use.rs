#![deny(warnings)]

tc::tc_errors! {
    /// A legacy catalog: without `use common;`, `InvalidParameter` is its own code.
    pub enum LegacyError {
        "InvalidParameter" => "A parameter is wrong (legacy wording).",
        "InternalError" => "The server failed (legacy wording).",
    }
}

use tc::ErrorCode;

fn main() {
    assert_eq!(LegacyError::ALL.len(), 2);
    assert_eq!(LegacyError::InvalidParameter.as_common(), None);
    assert!(LegacyError::InvalidParameter.description().contains("legacy"));
}
