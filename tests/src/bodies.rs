//! Response bodies that grow to a chosen size in one part, for the linear-time bench, the
//! peak-memory example and the corpus's big cases: each shape builds its body and parses
//! it with the parser and payload type a client would use.

use serde::Deserialize;
use tc::{ResponseError, Success};
use tc_error_catalogs::cbs::CbsError;

/// An API 3.0 error body with these parts, written into the JSON as they are (so they
/// must be escaped already); `extra` goes first in `Response`, with its trailing comma.
pub fn error_body(code: &str, message: &str, request_id: &str, extra: &str) -> Vec<u8> {
    format!(
        r#"{{"Response":{{{extra}"Error":{{"Code":"{code}","Message":"{message}"}},"RequestId":"{request_id}"}}}}"#
    )
    .into_bytes()
}

/// The part of a body that grows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// An API 3.0 error whose message is `len` bytes of ASCII, borrowed from the body.
    Message,
    /// An API 3.0 error whose message is `len` bytes of `\u00e9` escapes, decoded into
    /// a new string.
    EscapedMessage,
    /// An API 3.0 error with a field of `len` bytes that the parser skips.
    SkippedString,
    /// An API 3.0 error with `len` bytes of nested arrays in a field the parser skips.
    SkippedNesting,
    /// An API 3.0 success whose payload is an array of objects, `len` bytes in all.
    PayloadArray,
    /// An API 2.0 error whose message is `len` bytes of ASCII.
    LegacyMessage,
    /// An API 3.0 error after an earlier `Response` of `len` bytes, which it replaces:
    /// a key given twice counts with its last value.
    RepeatedResponse,
}

impl Shape {
    /// Every shape.
    pub const ALL: [Shape; 7] = [
        Shape::Message,
        Shape::EscapedMessage,
        Shape::SkippedString,
        Shape::SkippedNesting,
        Shape::PayloadArray,
        Shape::LegacyMessage,
        Shape::RepeatedResponse,
    ];

    /// The shape's name, in kebab case.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Message => "message",
            Shape::EscapedMessage => "escaped-message",
            Shape::SkippedString => "skipped-string",
            Shape::SkippedNesting => "skipped-nesting",
            Shape::PayloadArray => "payload-array",
            Shape::LegacyMessage => "legacy-message",
            Shape::RepeatedResponse => "repeated-response",
        }
    }

    /// The shape named `name`.
    pub fn named(name: &str) -> Option<Shape> {
        Shape::ALL.into_iter().find(|shape| shape.name() == name)
    }

    /// A body whose growing part is about `len` bytes.
    pub fn body(self, len: usize) -> Vec<u8> {
        let id = "eac6b301-a322-493a-8e36-83b295459397";
        match self {
            Shape::Message => error_body("InternalError", &"x".repeat(len), id, ""),
            Shape::EscapedMessage => {
                error_body("InternalError", &"\\u00e9".repeat(len / 6), id, "")
            }
            Shape::SkippedString => {
                let extra = format!(r#""Padding":"{}","#, "x".repeat(len));
                error_body("InternalError", "m", id, &extra)
            }
            Shape::SkippedNesting => {
                let extra = format!(r#""Deep":{}{},"#, "[".repeat(len / 2), "]".repeat(len / 2));
                error_body("InternalError", "m", id, &extra)
            }
            Shape::PayloadArray => {
                let disk = r#"{"DiskId":"disk-12345678","DiskSize":50}"#;
                let disks = vec![disk; len / (disk.len() + 1)].join(",");
                format!(r#"{{"Response":{{"DiskSet":[{disks}],"RequestId":"{id}"}}}}"#).into_bytes()
            }
            Shape::LegacyMessage => format!(
                r#"{{"code":4100,"message":"{}","codeDesc":"AuthFailure"}}"#,
                "x".repeat(len)
            )
            .into_bytes(),
            Shape::RepeatedResponse => {
                let error = error_body("InternalError", "m", id, "");
                let earlier = format!(r#"{{"Response":{{"Padding":"{}"}},"#, "x".repeat(len));
                [earlier.as_bytes(), &error[1..]].concat()
            }
        }
    }

    /// Parses `body`, a body of this shape, as a client would, and returns the length of
    /// the message or of the payload's array, so that nothing is optimized away.
    ///
    /// # Panics
    ///
    /// If the outcome is not the one of the shape.
    pub fn parse(self, body: &[u8]) -> usize {
        match self {
            Shape::PayloadArray => {
                let success: Success<DescribeDisks> =
                    tc::parse_response::<_, CbsError>(body).expect("a success");
                success.payload.disk_set.len()
            }
            Shape::LegacyMessage => {
                match tc::parse_legacy_response::<serde::de::IgnoredAny>(body) {
                    Err(ResponseError::Api(error)) => error.message().len(),
                    other => panic!("not an API error: {other:?}"),
                }
            }
            _ => match tc::parse_response::<serde::de::IgnoredAny, CbsError>(body) {
                Err(ResponseError::Api(error)) => error.message().len(),
                other => panic!("not an API error: {other:?}"),
            },
        }
    }
}

/// The payload of a `DescribeDisks` success, the parts that [`Shape::PayloadArray`] has.
#[derive(Deserialize, Debug)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeDisks {
    /// The disks.
    pub disk_set: Vec<Disk>,
}

/// A disk of [`DescribeDisks`].
#[derive(Deserialize, Debug)]
#[serde(rename_all = "PascalCase")]
pub struct Disk {
    /// Its id.
    pub disk_id: String,
    /// Its size in GiB.
    pub disk_size: u32,
}
