//! A service crate's catalog, declared with `tc_errors!` outside the workspace's own
//! crates, and the conversions a client uses. Run with
//! `cargo run -p tc-errors --example service_catalog`.

use tc_errors::ErrorCode;
use tc_errors::{CommonError, ErrorKind};

tc_errors::tc_errors! {
    /// Tencent Cloud Object Storage error codes, a few of them.
    #[non_exhaustive]
    pub enum CosError {
        use common;

        "NoSuchBucket" => "The bucket does not exist.",
        #[kind(Transient)]
        "SlowDown" => "Requests are coming too fast. Try again later.",
        "InvalidParameter" => "A parameter of the request is invalid.",
    }
}

fn main() {
    for received in [
        "SlowDown",
        "InvalidParameter",
        "AuthFailure.SignatureExpire",
        "NoSuchKey",
    ] {
        match received.parse::<CosError>() {
            Ok(code) => println!(
                "{code:<30} {:?}, {}, common: {:?} — {}",
                code.kind(),
                code.retry_advice().verdict(),
                code.as_common(),
                code.description()
            ),
            Err(unknown) => println!("{:<30} {unknown} ({:?})", received, unknown.kind()),
        }
    }
    assert_eq!(CosError::SlowDown.kind(), ErrorKind::Transient);
    assert_eq!(
        CosError::from(CommonError::InternalError).code(),
        "InternalError"
    );
    assert_eq!(CosError::ALL.len(), 2 + CommonError::ALL.len());
}
