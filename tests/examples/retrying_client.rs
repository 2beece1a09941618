//! A real client, end to end: `ureq` against a server on 127.0.0.1 that answers in turn
//! throttled, busy, a gateway's 502 page, a code the catalog does not know, and success.
//! The retry policy decides every attempt; the caller sleeps.
//!
//! ```sh
//! cargo run -p tc-errors-tests --example retrying_client
//! ```
//!
//! `cargo test` runs this file's test too, which checks the attempts and delays.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::thread;
use std::time::Duration;
use tc::retry::{Failure, RetryPolicy};
use tc::{parse_http_response, ResponseError, RetryClass};
use tc_error_catalogs::cbs::CbsError;

/// The replies, in order: status, extra headers, body.
const REPLIES: &[(u16, &str, &str)] = &[
    (
        200,
        "",
        r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Too frequent."},"RequestId":"r-1"}}"#,
    ),
    (
        200,
        "",
        r#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"The cloud disk is busy."},"RequestId":"r-2"}}"#,
    ),
    (
        502,
        "Content-Type: text/html\r\nRetry-After: 0\r\n",
        "<html><head><title>502 Bad Gateway</title></head></html>",
    ),
    (
        200,
        "X-TC-RequestId: r-4\r\n",
        r#"{"Response":{"Error":{"Code":"InternalError.NewBackend","Message":"New."}}}"#,
    ),
    (
        200,
        "",
        r#"{"Response":{"DiskIdSet":["disk-1"],"RequestId":"r-5"}}"#,
    ),
];

/// Serves `replies` to one request each on 127.0.0.1, then stops; returns its address
/// and the request lines it saw.
fn serve(
    replies: &'static [(u16, &'static str, &'static str)],
) -> (String, thread::JoinHandle<Vec<String>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let server = thread::spawn(move || {
        let mut seen = Vec::new();
        for &(status, headers, body) in replies {
            let (stream, _) = listener.accept().unwrap();
            stream
                .set_read_timeout(Some(Duration::from_secs(5)))
                .unwrap();
            let mut reader = BufReader::new(stream);
            let mut request_line = String::new();
            reader.read_line(&mut request_line).unwrap();
            seen.push(request_line.trim_end().to_owned());
            let mut length = 0;
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                if line == "\r\n" || line.is_empty() {
                    break;
                }
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap();
                }
            }
            let mut request_body = vec![0; length];
            reader.read_exact(&mut request_body).unwrap();
            let mut stream = reader.into_inner();
            write!(
                stream,
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n{headers}\r\n{body}",
                body.len()
            )
            .unwrap();
        }
        seen
    });
    (address, server)
}

/// A response as the parser takes it: status, headers, body.
type Reply = (u16, Vec<(String, Vec<u8>)>, Vec<u8>);

/// One call: the status, headers and body, whatever the status.
fn call(agent: &ureq::Agent, address: &str) -> Reply {
    let response = match agent
        .post(address)
        .set("X-TC-Action", "AttachDisks")
        .send_string(r#"{"DiskIds":["disk-1"]}"#)
    {
        Ok(response) | Err(ureq::Error::Status(_, response)) => response,
        Err(error) => panic!("transport: {error}"),
    };
    let status = response.status();
    let headers = response
        .headers_names()
        .into_iter()
        .filter_map(|name| {
            let value = response.header(&name)?.as_bytes().to_vec();
            Some((name, value))
        })
        .collect();
    let mut body = Vec::new();
    response
        .into_reader()
        .take(1 << 20)
        .read_to_end(&mut body)
        .unwrap();
    (status, headers, body)
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct AttachDisks {
    disk_id_set: Vec<String>,
}

/// What one failed attempt led to: the code (or `HTTP`), its class and the delay.
type Decision = (String, RetryClass, Duration);

/// Calls `address` until it succeeds, as `policy` advises, sleeping between attempts;
/// the disks attached, the request id, and each retry decided.
fn attach_disks(
    address: &str,
    policy: &RetryPolicy,
    mut jitter: impl FnMut() -> u64,
) -> Result<(Vec<String>, String, Vec<Decision>), ResponseError<CbsError>> {
    let agent = ureq::AgentBuilder::new()
        .timeout(Duration::from_secs(10))
        .build();
    let idempotent = true; // AttachDisks with a ClientToken
    let mut decided = Vec::new();
    let mut attempts = 0;
    loop {
        attempts += 1;
        let (status, headers, body) = call(&agent, address);
        let outcome = parse_http_response::<AttachDisks, CbsError>(status, &headers, &body);
        let error = match outcome {
            Ok(success) => return Ok((success.payload.disk_id_set, success.request_id, decided)),
            Err(error) => error,
        };
        let advice = error.retry_advice();
        let failure = match &error {
            ResponseError::Api(api) => Failure::api(api.code().as_str(), advice),
            ResponseError::Http(failure) => Failure::http(failure.status(), advice),
            ResponseError::Malformed(_) => Failure::http(status, advice),
        };
        let Some(delay) = policy.next_delay(attempts, &failure, idempotent, &mut jitter) else {
            return Err(error);
        };
        let code = error.code().unwrap_or("HTTP").to_owned();
        decided.push((code, advice.class(), delay));
        thread::sleep(delay);
    }
}

/// Small delays keep the run quick; a client keeps the default policy.
fn policy() -> RetryPolicy {
    RetryPolicy::default()
        .base_delay(Duration::from_millis(4))
        .max_delay(Duration::from_millis(50))
        .max_attempts(6)
        .max_throttled_attempts(6)
}

fn main() {
    let (address, server) = serve(REPLIES);
    // A fixed jitter source keeps the run reproducible; a client draws from its RNG.
    match attach_disks(&address, &policy(), || u64::MAX / 2) {
        Ok((disks, request_id, decided)) => {
            for (code, class, delay) in decided {
                println!("{code}: {class:?}, retried after {delay:?}");
            }
            println!("attached {disks:?} (request {request_id})");
        }
        Err(error) => println!("gave up: {error}"),
    }
    server.join().expect("the server stops after its replies");
}

#[test]
fn a_client_retries_as_advised_and_ends_with_the_payload() {
    let (address, server) = serve(REPLIES);
    // The jitter source is fixed, so the delays are known.
    let (disks, request_id, decided) =
        attach_disks(&address, &policy(), || u64::MAX / 2).expect("the last reply succeeds");
    assert_eq!(
        (disks, request_id),
        (vec!["disk-1".to_owned()], "r-5".to_owned())
    );
    assert_eq!(decided.len() + 1, 5, "five attempts");
    let classes: Vec<(&str, RetryClass)> =
        decided.iter().map(|(c, k, _)| (c.as_str(), *k)).collect();
    assert_eq!(
        classes,
        [
            ("RequestLimitExceeded", RetryClass::Throttled),
            ("InvalidDisk.Busy", RetryClass::Transient),
            ("HTTP", RetryClass::Transient),
            // Not in the catalog, yet classified by its category: a server fault, retried
            // because the request is idempotent.
            ("InternalError.NewBackend", RetryClass::ServerFault),
        ]
    );
    // Full jitter at half the range: half of base × 2^(attempt − 1), capped.
    let delays: Vec<Duration> = decided.iter().map(|(_, _, d)| *d).collect();
    assert_eq!(
        delays,
        [2, 4, 8, 16].map(Duration::from_millis),
        "the 502's Retry-After of 0 s is below the backoff"
    );
    let seen = server.join().unwrap();
    assert_eq!(seen.len(), 5);
    assert!(
        seen.iter().all(|line| line == "POST / HTTP/1.1"),
        "{seen:?}"
    );
}
