//! The error that a Tencent Cloud API returned: code, message and request id.

use super::serialized::StructFields;
use crate::codes::code::Code;
use crate::codes::error_code::ErrorCode;
use crate::retry::retry_after::RetryAfter;
use crate::retry::{Failure, RetryAdvice};
use serde::ser::{Serialize, SerializeStruct, Serializer};
use std::borrow::Cow;
use std::fmt;
use std::num::NonZeroU16;
use std::time::SystemTime;
use tc_errors_internals::kind::ErrorKind;

/// An error returned by a Tencent Cloud API: its [code](Self::code), the service's
/// [message](Self::message) and the [request id](Self::request_id) to quote to support.
///
/// `Display` shows all three: `InvalidDisk.Busy: The cloud disk is busy. (RequestId:
/// eac6b301-…)`; the parenthesis is left out when the response carried no request id.
///
/// A body whose `Message` or `RequestId` is not a JSON string still gives its error (the
/// code is what a caller acts on): a number becomes its text as written, any other value
/// an empty string, and [`lossy`](Self::lossy) says which fields were not text.
///
/// An error read by [`parse_http_response`](crate::parse_http_response) also keeps the
/// response's [HTTP status](Self::http_status) and [`Retry-After`](Self::retry_after),
/// which its [`failure`](Self::failure) hands to a retry policy.
///
/// ```
/// use tc_errors::{ApiError, Code, CommonError};
///
/// let error = ApiError::<CommonError>::new(
///     Code::parse("InternalError"),
///     "Internal error.",
///     "eac6b301-a322-493a-8e36-83b295459397",
/// );
/// assert_eq!(
///     error.to_string(),
///     "InternalError: Internal error. (RequestId: eac6b301-a322-493a-8e36-83b295459397)",
/// );
/// // It may have taken effect: sent again only if the request is idempotent.
/// assert_eq!(error.retry_advice().verdict().to_string(), "retry only if idempotent");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct ApiError<E: ErrorCode> {
    code: Code<E>,
    /// The message followed by the request id: one allocation for both, to keep
    /// parsing an error body cheap and the value small.
    text: Box<str>,
    message_len: usize,
    lossy: LossyFields,
    /// The HTTP status, when the error came with one.
    status: Option<NonZeroU16>,
    /// Boxed: rare (most API errors come without one), and the error stays small.
    retry_after: Option<Box<RetryAfter>>,
}

impl<E: ErrorCode> ApiError<E> {
    /// An error with this code, message and request id (empty when the response had
    /// none).
    pub fn new(code: Code<E>, message: &str, request_id: &str) -> ApiError<E> {
        ApiError::from_parts(
            code,
            Cow::Borrowed(message),
            request_id,
            LossyFields::default(),
        )
    }

    /// [`ApiError::new`], keeping a message the parser decoded into a string of its own
    /// without copying it (a long message costs one allocation, not two), and noting the
    /// fields that the body gave as something other than text.
    #[inline]
    pub(crate) fn from_parts(
        code: Code<E>,
        message: Cow<'_, str>,
        request_id: &str,
        lossy: LossyFields,
    ) -> ApiError<E> {
        let message_len = message.len();
        // Each case ends in its `Box<str>`: a `String` that the two share is moved
        // between them, right after the allocation wrote it (a stall on its stores), and
        // a borrowed message's capacity is already exact.
        let text = match message {
            Cow::Borrowed(message) => {
                let mut text = String::with_capacity(message.len() + request_id.len());
                text.push_str(message);
                text.push_str(request_id);
                text.into_boxed_str()
            }
            Cow::Owned(mut text) => {
                text.reserve_exact(request_id.len());
                text.push_str(request_id);
                text.into_boxed_str()
            }
        };
        ApiError {
            code,
            text,
            message_len,
            lossy,
            status: None,
            retry_after: None,
        }
    }

    /// The same error with the request id `request_id`, noted as not text or not by
    /// `lossy`.
    pub(crate) fn with_request_id(self, request_id: &str, lossy: bool) -> ApiError<E> {
        let ApiError {
            code,
            text,
            message_len,
            lossy: noted,
            status,
            retry_after,
        } = self;
        let mut text = String::from(text);
        text.truncate(message_len);
        let noted = LossyFields {
            request_id: lossy,
            ..noted
        };
        ApiError {
            status,
            retry_after,
            ..ApiError::from_parts(code, Cow::Owned(text), request_id, noted)
        }
    }

    /// The same error, noted as having come with the HTTP status `status` (0 is none).
    ///
    /// ```
    /// use tc_errors::{ApiError, Code, CommonError, RetryAfter};
    /// use std::time::Duration;
    ///
    /// let error = ApiError::<CommonError>::new(Code::parse("RequestLimitExceeded"), "Slow down.", "r-1")
    ///     .with_http_status(429)
    ///     .with_retry_after(RetryAfter::Delay(Duration::from_secs(1)));
    /// assert_eq!(error.http_status(), Some(429));
    /// assert_eq!(error.failure().retry_after(), Some(Duration::from_secs(1)));
    /// ```
    pub fn with_http_status(mut self, status: u16) -> ApiError<E> {
        self.status = NonZeroU16::new(status);
        self
    }

    /// The same error, noted as having come with the `Retry-After` `retry_after`.
    pub fn with_retry_after(mut self, retry_after: RetryAfter) -> ApiError<E> {
        self.retry_after = Some(Box::new(retry_after));
        self
    }

    /// The same error with its code looked up in the catalog `F` instead; a code that `F`
    /// does not declare keeps its text. The message and request id move, uncopied.
    ///
    /// ```
    /// use tc_errors::legacy::LegacyError;
    /// use tc_errors::{ApiError, Code, CommonError};
    ///
    /// let legacy = ApiError::<LegacyError>::new(Code::parse("InternalError"), "Oops.", "");
    /// let common: ApiError<CommonError> = legacy.into_catalog();
    /// assert_eq!(common.code(), &CommonError::InternalError);
    /// assert_eq!(common.message(), "Oops.");
    /// ```
    pub fn into_catalog<F: ErrorCode>(self) -> ApiError<F> {
        ApiError {
            code: self.code.into_catalog(),
            text: self.text,
            message_len: self.message_len,
            lossy: self.lossy,
            status: self.status,
            retry_after: self.retry_after,
        }
    }

    /// The error code.
    pub fn code(&self) -> &Code<E> {
        &self.code
    }

    /// The message the service sent, which often names the parameter or resource.
    pub fn message(&self) -> &str {
        &self.text[..self.message_len]
    }

    /// The request id the service assigned, or `""` when the response carried none.
    pub fn request_id(&self) -> &str {
        &self.text[self.message_len..]
    }

    /// Which of [`message`](Self::message) and [`request_id`](Self::request_id) stand in
    /// for a value the body gave as something other than a JSON string: a number's text
    /// as written (`"RequestId": 12` gives `"12"`), or `""` for `null`, a boolean, an
    /// object or an array. Empty for an error built with [`ApiError::new`], and for every
    /// well-formed body.
    ///
    /// ```
    /// use tc_errors::{parse_response, CommonError, ResponseError};
    ///
    /// let body = br#"{"Response":{"Error":{"Code":"InternalError","Message":{"a":1}},"RequestId":12}}"#;
    /// let Err(ResponseError::Api(error)) = parse_response::<(), CommonError>(body) else {
    ///     panic!();
    /// };
    /// assert_eq!((error.message(), error.request_id()), ("", "12"));
    /// assert!(error.lossy().message() && error.lossy().request_id());
    /// ```
    pub fn lossy(&self) -> LossyFields {
        self.lossy
    }

    /// The status of the HTTP response that carried the error, when it was read with
    /// [`parse_http_response`](crate::parse_http_response) (most often 200: Tencent's API
    /// answers its errors with 200; a gateway or a throttle in front of it may not).
    pub fn http_status(&self) -> Option<u16> {
        self.status.map(NonZeroU16::get)
    }

    /// The `Retry-After` header of the response that carried the error, when it was read
    /// with [`parse_http_response`](crate::parse_http_response) and had a readable one.
    pub fn retry_after(&self) -> Option<RetryAfter> {
        self.retry_after.as_deref().copied()
    }

    /// This error as a retry policy sees it: the code, its
    /// [advice](Self::retry_advice), and the HTTP status and `Retry-After` (a date
    /// becomes the delay from now) when the error came with them.
    pub fn failure(&self) -> Failure<'_> {
        let mut failure = Failure::api(self.code.as_str(), self.retry_advice());
        if let Some(status) = self.http_status() {
            failure = failure.with_http_status(status);
        }
        if let Some(after) = self.retry_after() {
            failure = failure.with_retry_after(after.delay(SystemTime::now()));
        }
        failure
    }

    /// The kind of the code.
    pub fn kind(&self) -> ErrorKind {
        self.code.kind()
    }

    /// What to do about this error: retry or not, the class, and whether only an
    /// idempotent request may be sent again.
    pub fn retry_advice(&self) -> RetryAdvice {
        self.code.retry_advice()
    }

    /// Whether the code is `variant`'s, under any of its spellings.
    pub fn is(&self, variant: E) -> bool {
        self.code.is(variant)
    }
}

impl<E: ErrorCode> fmt::Debug for ApiError<E> {
    /// The code, message and request id, as a struct: what an `unwrap` or an app error's
    /// `Debug` shows.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("ApiError");
        debug
            .field("code", &self.code.as_str())
            .field("message", &self.message())
            .field("request_id", &self.request_id());
        if !self.lossy.is_empty() {
            debug.field("lossy", &self.lossy);
        }
        if let Some(status) = self.http_status() {
            debug.field("http_status", &status);
        }
        if let Some(after) = self.retry_after() {
            debug.field("retry_after", &after);
        }
        debug.finish()
    }
}

impl<E: ErrorCode> fmt::Display for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code.as_str())?;
        if !self.message().is_empty() {
            write!(f, ": {}", self.message())?;
        }
        if !self.request_id().is_empty() {
            write!(f, " (RequestId: {})", self.request_id())?;
        }
        Ok(())
    }
}

impl<E: ErrorCode> std::error::Error for ApiError<E> {}

impl<'a, E: ErrorCode> From<&'a ApiError<E>> for Failure<'a> {
    /// [`ApiError::failure`].
    fn from(error: &'a ApiError<E>) -> Failure<'a> {
        error.failure()
    }
}

impl<E: ErrorCode> Serialize for ApiError<E> {
    /// A flat struct of `code` (the text), `message`, `request_id`, `kind` (its name),
    /// `advice` (the [`RetryAdvice`]: `class`, `verdict`, `retry`, `idempotent_only`,
    /// `re_sign`), `status` and `retry_after_seconds` (the delay from now for a date;
    /// both `null` unless the error came through the HTTP parser with them), and `lossy`
    /// (the [names](LossyFields::names) of the fields that were not text) when there are
    /// any: the fields of an `api_error` outcome of [`ResponseError`](crate::ResponseError).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.serialize_alone(serializer)
    }
}

impl<E: ErrorCode> StructFields for ApiError<E> {
    const NAME: &'static str = "ApiError";
    const LEN: usize = 8;

    fn write_fields<S: SerializeStruct>(&self, state: &mut S) -> Result<(), S::Error> {
        state.serialize_field("code", &self.code)?;
        state.serialize_field("message", self.message())?;
        state.serialize_field("request_id", self.request_id())?;
        state.serialize_field("kind", &self.kind())?;
        state.serialize_field("advice", &self.retry_advice())?;
        state.serialize_field("status", &self.http_status())?;
        let delay = self
            .retry_after()
            .map(|after| after.delay(SystemTime::now()).as_secs());
        state.serialize_field("retry_after_seconds", &delay)?;
        if self.lossy.is_empty() {
            state.skip_field("lossy")
        } else {
            state.serialize_field("lossy", &self.lossy)
        }
    }
}

/// The fields of an [`ApiError`] that the body gave as something other than a JSON
/// string: see [`ApiError::lossy`]. `Debug` and `Serialize` show the list of their
/// [names](Self::names).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct LossyFields {
    message: bool,
    request_id: bool,
}

impl LossyFields {
    /// Notes `message` and `request_id` as not text.
    pub(crate) fn new(message: bool, request_id: bool) -> LossyFields {
        LossyFields {
            message,
            request_id,
        }
    }

    /// Whether every field was text.
    pub fn is_empty(self) -> bool {
        self == LossyFields::default()
    }

    /// Whether the body's `Error.Message` was not a string.
    pub fn message(self) -> bool {
        self.message
    }

    /// Whether the body's `RequestId` was not a string.
    pub fn request_id(self) -> bool {
        self.request_id
    }

    /// The fields that were not text, named as the body names them: `Message`,
    /// `RequestId`.
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        [(self.message, "Message"), (self.request_id, "RequestId")]
            .into_iter()
            .filter_map(|(lossy, name)| lossy.then_some(name))
    }
}

impl fmt::Debug for LossyFields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.names()).finish()
    }
}

impl Serialize for LossyFields {
    /// The list of [names](Self::names).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.names())
    }
}

// An error travels in every `Result` of a client: keep it no bigger than a cache line.
const _: () = assert!(std::mem::size_of::<ApiError<crate::codes::common::CommonError>>() <= 64);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::common::CommonError;
    use crate::codes::legacy::LegacyError;

    fn error(code: &str, message: &str, request_id: &str) -> ApiError<CommonError> {
        ApiError::new(Code::parse(code), message, request_id)
    }

    #[test]
    fn message_and_request_id_come_back_apart() {
        let error = error("InternalError", "Oops.", "id-1");
        assert_eq!(error.message(), "Oops.");
        assert_eq!(error.request_id(), "id-1");
        assert_eq!(error.code(), &CommonError::InternalError);
        assert_eq!(error.kind(), ErrorKind::Internal);
    }

    #[test]
    fn display_shows_code_message_and_request_id() {
        let cases = [
            (
                error("Made.Up", "The cloud disk is busy.", "eac6b301"),
                "Made.Up: The cloud disk is busy. (RequestId: eac6b301)",
            ),
            (error("Made.Up", "No id.", ""), "Made.Up: No id."),
            (
                error("Made.Up", "", "eac6b301"),
                "Made.Up (RequestId: eac6b301)",
            ),
            (error("Made.Up", "", ""), "Made.Up"),
        ];
        for (error, shown) in cases {
            assert_eq!(error.to_string(), shown);
        }
    }

    #[test]
    fn an_owned_message_is_kept_and_a_code_changes_catalog() {
        let message = String::from("decoded");
        let error = ApiError::<LegacyError>::from_parts(
            Code::parse("Made.Up"),
            Cow::Owned(message),
            "id",
            LossyFields::default(),
        );
        assert_eq!((error.message(), error.request_id()), ("decoded", "id"));
        let common: ApiError<CommonError> = error.into_catalog();
        assert_eq!(common.code(), "Made.Up");
        assert_eq!(common.to_string(), "Made.Up: decoded (RequestId: id)");
        let known = ApiError::<LegacyError>::new(Code::parse("InternalError"), "", "");
        assert_eq!(
            known.into_catalog::<CommonError>().code(),
            &CommonError::InternalError
        );
    }

    #[test]
    fn equality_needs_all_three_parts() {
        let a = error("InternalError", "ab", "c");
        assert_eq!(a, a.clone());
        assert_ne!(a, error("InternalError", "a", "bc"));
        assert_ne!(a, error("InternalError", "ab", "d"));
        assert_ne!(a, error("InvalidAction", "ab", "c"));
    }

    #[test]
    fn serializes_as_a_struct_of_strings() {
        let json = serde_json::to_string(&error("InternalError", "Oops \"x\".", "id")).unwrap();
        assert_eq!(
            json,
            r#"{"code":"InternalError","message":"Oops \"x\".","request_id":"id","kind":"Internal","advice":{"class":"ServerFault","verdict":"retry only if idempotent","retry":true,"idempotent_only":true,"re_sign":false},"status":null,"retry_after_seconds":null}"#
        );
    }

    #[test]
    fn debug_shows_code_message_and_request_id() {
        assert_eq!(
            format!(
                "{:?}",
                error("RequestLimitExceeded", "Too frequent.", "req-1")
            ),
            r#"ApiError { code: "RequestLimitExceeded", message: "Too frequent.", request_id: "req-1" }"#
        );
    }
}
