//! One HTTP header as the HTTP-level parser reads it: [`Header`].

/// An HTTP header, a name and a value, as
/// [`parse_http_response`](crate::parse_http_response) reads it from any iterator of
/// them.
///
/// Implemented for a pair `(name, value)` whose name is text and whose value is bytes or
/// text, and for a reference to anything that is a header. So the headers can be an
/// array or slice of pairs by value or by reference (`[("Retry-After", "2")]`,
/// `&[(&str, &str)]`), a `&Vec<(String, String)>`, an iterator of `(&str, &[u8])`, or
/// with the `http` feature an `&http::HeaderMap`:
///
/// ```
/// use tc_errors::{parse_http_response, CommonError, ResponseError};
///
/// let headers: Vec<(String, String)> = vec![("Retry-After".into(), "5".into())];
/// let outcome = parse_http_response::<(), CommonError>(429, &headers, b"Too Many Requests");
/// let Err(ResponseError::Http(failure)) = outcome else { unreachable!() };
/// assert!(failure.retry_after().is_some());
/// ```
pub trait Header {
    /// The header's name, matched in any case.
    fn name(&self) -> &str;
    /// The header's value as sent; a value that is not UTF-8 is ignored.
    fn value(&self) -> &[u8];
}

impl<N: AsRef<str>, V: AsRef<[u8]>> Header for (N, V) {
    fn name(&self) -> &str {
        self.0.as_ref()
    }

    fn value(&self) -> &[u8] {
        self.1.as_ref()
    }
}

impl<H: Header + ?Sized> Header for &H {
    fn name(&self) -> &str {
        (**self).name()
    }

    fn value(&self) -> &[u8] {
        (**self).value()
    }
}
