//! Any bytes as an HTTP response (a status line, header lines, an empty line, the body:
//! see `RawResponse`) into `parse_http_response`: never a panic, never a success for a
//! body that carries a `Response.Error`, and the `X-TC-RequestId` header used only when
//! the body has no request id that is text; the same bytes through the CLI's reader of
//! raw responses (proxy and redirect blocks, chunked bodies), and as a transcript it must
//! read back exactly (`check_http_response` says all it checks).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    tc_errors_tests::fuzz_checks::check_http_response(input);
});
