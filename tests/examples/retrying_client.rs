//! A real client, end to end: `ureq` against a server on 127.0.0.1 that answers in turn
//! throttled, throttled again with a 429 that says `Retry-After: 1`, busy, a gateway's
//! 502 page, a code the catalog does not know, and success. Each outcome turns itself
//! into the policy's `Failure` (a reply through `ResponseError::failure`, a failure before
//! any reply through `Transport`); the policy decides every attempt, against a budget the
//! whole client shares; the caller sleeps.
//!
//! ```sh
//! cargo run -p tc-errors-tests --example retrying_client
//! ```
//!
//! `cargo test` runs this file's test too, which checks the attempts and delays.

#[path = "../tests/support/ureq_client.rs"]
mod ureq_client;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::thread;
use std::time::Duration;
use tc::retry::{Decision, Failure, RetryBudget, RetryPolicy, Transport};
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
        429,
        "Retry-After: 1\r\n",
        r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Slow down."},"RequestId":"r-2"}}"#,
    ),
    (
        200,
        "",
        r#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"The cloud disk is busy."},"RequestId":"r-3"}}"#,
    ),
    (
        502,
        "Content-Type: text/html\r\nRetry-After: 0\r\n",
        "<html><head><title>502 Bad Gateway</title></head></html>",
    ),
    (
        200,
        "X-TC-RequestId: r-5\r\n",
        r#"{"Response":{"Error":{"Code":"InternalError.NewBackend","Message":"New."}}}"#,
    ),
    (
        200,
        "",
        r#"{"Response":{"DiskIdSet":["disk-1"],"RequestId":"r-6"}}"#,
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

#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct AttachDisks {
    disk_id_set: Vec<String>,
}

/// What one failed attempt led to: the code (or `HTTP`, or the transport stage), its
/// class and the delay.
type Decided = (String, RetryClass, Duration);

/// Calls `address` until it succeeds, as `policy` decides, sleeping between attempts;
/// the disks attached, the request id, and each retry decided.
fn attach_disks(
    address: &str,
    policy: &RetryPolicy,
    mut jitter: impl FnMut() -> u64,
) -> Result<(Vec<String>, String, Vec<Decided>), String> {
    let agent = ureq::AgentBuilder::new()
        .timeout(Duration::from_secs(10))
        .build();
    let headers = [("X-TC-Action", "AttachDisks")];
    let idempotent = true; // AttachDisks with a ClientToken
    let mut decided = Vec::new();
    let mut attempts = policy.attempts();
    loop {
        let body = r#"{"DiskIds":["disk-1"]}"#;
        // A reply parses into a success or an error; no reply is a transport failure.
        let failed: Result<ResponseError<CbsError>, Transport> =
            match ureq_client::post(&agent, address, &headers, body) {
                Ok(reply) => match parse_http_response::<AttachDisks, CbsError>(
                    reply.status,
                    reply.headers(),
                    &reply.body,
                ) {
                    Ok(success) => {
                        attempts.succeeded();
                        return Ok((success.payload.disk_id_set, success.request_id, decided));
                    }
                    Err(error) => Ok(error),
                },
                Err(transport) => Err(transport),
            };
        // Either turns itself into the policy's `Failure`, with status and Retry-After.
        let failure = match &failed {
            Ok(error) => error.failure(),
            Err(transport) => Failure::from(*transport),
        };
        match attempts.failed(&failure, idempotent, &mut jitter) {
            Decision::Retry(delay) => {
                let what = match &failed {
                    Ok(error) => error.code().unwrap_or("HTTP").to_owned(),
                    Err(transport) => format!("{transport:?}"),
                };
                decided.push((what, failure.advice().class(), delay));
                thread::sleep(delay);
            }
            Decision::Stop(why) => {
                return Err(match failed {
                    Ok(error) => format!("{error}: {why}"),
                    Err(transport) => format!("no reply ({transport:?}): {why}"),
                })
            }
        }
    }
}

/// Small delays keep the run quick; a client keeps the default policy. The maximum delay
/// lets a server's `Retry-After: 1` be honoured; the budget is shared by every call of
/// the client (one call here).
fn policy(budget: &RetryBudget) -> RetryPolicy {
    RetryPolicy::default()
        .base_delay(Duration::from_millis(4))
        .max_delay(Duration::from_secs(2))
        .max_attempts(6)
        .max_throttled_attempts(6)
        .budget(budget.clone())
}

fn main() {
    let (address, server) = serve(REPLIES);
    let budget = RetryBudget::new();
    // A fixed jitter source keeps the run reproducible; a client draws from its RNG.
    match attach_disks(&address, &policy(&budget), || u64::MAX / 2) {
        Ok((disks, request_id, decided)) => {
            for (code, class, delay) in decided {
                println!("{code}: {class:?}, retried after {delay:?}");
            }
            println!("attached {disks:?} (request {request_id})");
        }
        Err(error) => println!("gave up: {error}"),
    }
    println!(
        "retry budget: {} of {} tokens",
        budget.available(),
        budget.capacity()
    );
    server.join().expect("the server stops after its replies");
}

#[test]
fn a_client_retries_as_advised_and_ends_with_the_payload() {
    let (address, server) = serve(REPLIES);
    let budget = RetryBudget::new();
    // The jitter source is fixed, so the delays are known.
    let (disks, request_id, decided) =
        attach_disks(&address, &policy(&budget), || u64::MAX / 2).expect("the last reply succeeds");
    assert_eq!(
        (disks, request_id),
        (vec!["disk-1".to_owned()], "r-6".to_owned())
    );
    assert_eq!(decided.len() + 1, 6, "six attempts");
    let classes: Vec<(&str, RetryClass)> =
        decided.iter().map(|(c, k, _)| (c.as_str(), *k)).collect();
    assert_eq!(
        classes,
        [
            ("RequestLimitExceeded", RetryClass::Throttled),
            ("RequestLimitExceeded", RetryClass::Throttled),
            ("InvalidDisk.Busy", RetryClass::Transient),
            ("HTTP", RetryClass::Transient),
            // Not in the catalog, yet classified by its category: a server fault, retried
            // because the request is idempotent.
            ("InternalError.NewBackend", RetryClass::ServerFault),
        ]
    );
    // Full jitter at half the range: half of base × 2^(attempt − 1), capped; the 429's
    // Retry-After of 1 s (an API error body, with its status and header kept) is a floor.
    let delays: Vec<Duration> = decided.iter().map(|(_, _, d)| *d).collect();
    assert!(delays[1] >= Duration::from_secs(1), "{delays:?}");
    assert_eq!(
        delays,
        [
            Duration::from_millis(2),
            Duration::from_secs(1),
            Duration::from_millis(8),
            Duration::from_millis(16),
            Duration::from_millis(32)
        ],
        "the 502's Retry-After of 0 s is below the backoff"
    );
    // Five retries of 5 tokens; the success gave the last one back.
    assert_eq!(budget.available(), 500 - 4 * 5);
    let seen = server.join().unwrap();
    assert_eq!(seen.len(), 6);
    assert!(
        seen.iter().all(|line| line == "POST / HTTP/1.1"),
        "{seen:?}"
    );
}
