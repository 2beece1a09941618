//! The storm, as a user would run it: 32 client threads share one `ureq` agent, one
//! retry policy and one retry budget, and call a loopback server that answers a seeded
//! mix: throttling with and without `Retry-After`, 503, 502 and 504 pages,
//! `InternalError`, connections closed before and after the request was read, answers
//! slower than the client's timeout, and successes (each call succeeds after at most
//! three failures). Half the calls only read (`DescribeInstances`), half are not
//! idempotent (`RunInstances`). The server counts what it received and what it carried
//! out; the test checks that no call that is not idempotent was carried out twice, that
//! no retry went beyond the budget, that every call the budget let through succeeded, and
//! that every attempt's outcome is the one the server sent, read as the library's types.
//!
//! `cargo test -p tc-errors-tests --test storm` runs the CI size (2,048 calls);
//! `STORM_CALLS=32000 cargo test -p tc-errors-tests --test storm -- --nocapture`
//! the larger run whose figures BENCHMARKS.md gives.

#[path = "support/ureq_client.rs"]
mod ureq_client;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};
use tc::retry::{Decision, Failure, JitterRng, RetryBudget, RetryPolicy, Stop, Transport};
use tc::{parse_http_response, CommonError, ResponseError};

const THREADS: usize = 32;
const CI_CALLS: usize = 2_048;
const SEED: u64 = 0x5707_2023;
/// How long the client waits for an answer; a slow answer comes later.
const CLIENT_TIMEOUT: Duration = Duration::from_millis(150);
const SLOW_ANSWER: Duration = Duration::from_millis(400);
/// The policy's cap, which also clamps the server's `Retry-After: 1`.
const MAX_DELAY: Duration = Duration::from_millis(4);

/// What the server answers to one request.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Answer {
    /// 200 with `RequestLimitExceeded`.
    Throttled,
    /// 429 with `Retry-After: 1` and `RequestLimitExceeded`.
    ThrottledRetryAfter,
    /// A 503 page.
    Unavailable,
    /// A 502 page: the gateway passed the request on.
    BadGateway,
    /// A 504 page: the gateway passed the request on.
    GatewayTimeout,
    /// 200 with `InternalError`, after carrying the request out.
    InternalError,
    /// The connection closed with the request's body unread (a reset): not carried out.
    ResetBeforeReading,
    /// The connection closed after the request was read and carried out.
    ResetAfterReading,
    /// The request carried out, the answer sent after the client's timeout.
    TooSlow,
    /// 200 with the payload.
    Success,
}

impl Answer {
    /// The failures and their weights out of 100.
    const FAILURES: [(Answer, u64); 9] = [
        (Answer::Throttled, 25),
        (Answer::ThrottledRetryAfter, 15),
        (Answer::Unavailable, 10),
        (Answer::BadGateway, 8),
        (Answer::GatewayTimeout, 8),
        (Answer::InternalError, 10),
        (Answer::ResetBeforeReading, 8),
        (Answer::ResetAfterReading, 8),
        (Answer::TooSlow, 8),
    ];

    /// Whether the server carries the request out before it answers so.
    fn carries_out(self) -> bool {
        !matches!(
            self,
            Answer::Throttled
                | Answer::ThrottledRetryAfter
                | Answer::Unavailable
                | Answer::ResetBeforeReading
        )
    }

    /// What the client should read of it.
    fn seen(self) -> Seen {
        match self {
            Answer::Throttled => Seen::Api("RequestLimitExceeded", 200),
            Answer::ThrottledRetryAfter => Seen::Api("RequestLimitExceeded", 429),
            Answer::Unavailable => Seen::Http(503),
            Answer::BadGateway => Seen::Http(502),
            Answer::GatewayTimeout => Seen::Http(504),
            Answer::InternalError => Seen::Api("InternalError", 200),
            Answer::ResetBeforeReading | Answer::ResetAfterReading | Answer::TooSlow => {
                Seen::Transport(Transport::MaybeSent)
            }
            Answer::Success => Seen::Success,
        }
    }
}

/// An attempt's outcome as the client read it, in the library's types.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Seen {
    Success,
    /// An `ApiError`: its code and HTTP status.
    Api(&'static str, u16),
    /// An `HttpFailure`: its status.
    Http(u16),
    /// No reply: how far the request got.
    Transport(Transport),
    /// Anything else (a malformed body, an unexpected code): never expected.
    Other,
}

/// The answers the server gives call `call`, attempt after attempt: up to three failures
/// drawn from the mix, then success.
fn plan(call: usize) -> Vec<Answer> {
    let mut rng = JitterRng::from_seed(SEED ^ (call as u64).wrapping_mul(0x9e37_79b9));
    let failures = match rng.next_u64() % 100 {
        0..=44 => 0,
        45..=69 => 1,
        70..=89 => 2,
        _ => 3,
    };
    let mut answers: Vec<Answer> = (0..failures)
        .map(|_| {
            let mut pick = rng.next_u64() % 100;
            Answer::FAILURES
                .iter()
                .find(|&&(_, weight)| {
                    let found = pick < weight;
                    pick = pick.saturating_sub(weight);
                    found
                })
                .map_or(Answer::Throttled, |&(answer, _)| answer)
        })
        .collect();
    answers.push(Answer::Success);
    answers
}

/// Whether call `call` only reads.
fn idempotent(call: usize) -> bool {
    call & 1 == 0
}

/// What the server saw of one call.
#[derive(Default)]
struct Received {
    requests: AtomicU32,
    carried_out: AtomicU32,
}

/// Serves the plans on 127.0.0.1, one thread per connection; returns the address and
/// what it received of each call.
fn serve(calls: usize) -> (String, Arc<Vec<Received>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://{}/", listener.local_addr().unwrap());
    let received: Arc<Vec<Received>> = Arc::new((0..calls).map(|_| Received::default()).collect());
    let log = Arc::clone(&received);
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let log = Arc::clone(&log);
            thread::spawn(move || answer(stream, &log));
        }
    });
    (address, received)
}

/// Reads one request's head byte by byte, so that a body left unread stays in the
/// socket (closing it then resets the connection), and answers it by its call's plan.
fn answer(mut stream: TcpStream, log: &[Received]) {
    let mut head = Vec::new();
    let mut byte = [0];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&head);
    let header = |name: &str| {
        head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name)
                .then(|| value.trim().to_owned())
        })
    };
    let call: usize = header("X-Call-Id").and_then(|id| id.parse().ok()).unwrap();
    let length: usize = header("Content-Length").map_or(0, |n| n.parse().unwrap());
    let seen = &log[call];
    let attempt = seen.requests.fetch_add(1, Ordering::SeqCst) as usize;
    let plan = plan(call);
    let answer = plan[attempt.min(plan.len() - 1)];
    if answer == Answer::ResetBeforeReading {
        return;
    }
    let mut body = vec![0; length];
    if stream.read_exact(&mut body).is_err() {
        return;
    }
    if answer.carries_out() {
        seen.carried_out.fetch_add(1, Ordering::SeqCst);
    }
    let error = |code: &str| {
        format!(
            r#"{{"Response":{{"Error":{{"Code":"{code}","Message":"m"}},"RequestId":"r-{call}"}}}}"#
        )
    };
    let page = |title: &str| format!("<html><title>{title}</title></html>");
    let (status, headers, body) = match answer {
        Answer::Throttled => (200, "", error("RequestLimitExceeded")),
        Answer::ThrottledRetryAfter => (429, "Retry-After: 1\r\n", error("RequestLimitExceeded")),
        Answer::Unavailable => (503, "", page("503 Service Unavailable")),
        Answer::BadGateway => (502, "", page("502 Bad Gateway")),
        Answer::GatewayTimeout => (504, "", page("504 Gateway Timeout")),
        Answer::InternalError => (200, "", error("InternalError")),
        Answer::ResetAfterReading | Answer::ResetBeforeReading => return,
        Answer::TooSlow => {
            thread::sleep(SLOW_ANSWER);
            (
                200,
                "",
                format!(r#"{{"Response":{{"RequestId":"r-{call}"}}}}"#),
            )
        }
        Answer::Success => (
            200,
            "",
            format!(r#"{{"Response":{{"RequestId":"r-{call}"}}}}"#),
        ),
    };
    // The client may be gone (a slow answer): nothing to do about it.
    let _ = write!(
        stream,
        "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n{headers}\r\n{body}",
        body.len()
    );
}

/// How one call went, as its client saw it.
struct Call {
    seen: Vec<Seen>,
    /// The delay of each retry, after the attempt it follows.
    delays: Vec<Duration>,
    /// `None` for a success.
    stop: Option<Stop>,
}

/// Makes call `call` until it succeeds or the policy stops it.
fn make_call(
    agent: &ureq::Agent,
    address: &str,
    policy: &RetryPolicy,
    call: usize,
    rng: &mut JitterRng,
) -> Call {
    let action = if idempotent(call) {
        "DescribeInstances"
    } else {
        "RunInstances"
    };
    let id = call.to_string();
    let headers = [("X-TC-Action", action), ("X-Call-Id", id.as_str())];
    let mut attempts = policy.attempts();
    let (mut seen, mut delays) = (Vec::new(), Vec::new());
    loop {
        let failed: Result<ResponseError<CommonError>, Transport> =
            match ureq_client::post(agent, address, &headers, "{}") {
                Ok(reply) => {
                    match parse_http_response::<(), CommonError>(
                        reply.status,
                        reply.headers(),
                        &reply.body,
                    ) {
                        Ok(_) => {
                            seen.push(Seen::Success);
                            attempts.succeeded();
                            return Call {
                                seen,
                                delays,
                                stop: None,
                            };
                        }
                        Err(error) => Ok(error),
                    }
                }
                Err(transport) => Err(transport),
            };
        let failure = match &failed {
            Ok(error) => error.failure(),
            Err(transport) => Failure::from(*transport),
        };
        seen.push(match &failed {
            Ok(ResponseError::Api(error)) => match error.code().as_str() {
                "RequestLimitExceeded" => {
                    Seen::Api("RequestLimitExceeded", error.http_status().unwrap_or(0))
                }
                "InternalError" => Seen::Api("InternalError", error.http_status().unwrap_or(0)),
                _ => Seen::Other,
            },
            Ok(ResponseError::Http(failure)) => Seen::Http(failure.status()),
            Ok(_) => Seen::Other,
            Err(transport) => Seen::Transport(*transport),
        });
        match attempts.failed(&failure, idempotent(call), &mut || rng.next_u64()) {
            Decision::Retry(delay) => {
                delays.push(delay);
                thread::sleep(delay);
            }
            Decision::Stop(stop) => {
                return Call {
                    seen,
                    delays,
                    stop: Some(stop),
                }
            }
        }
    }
}

#[test]
fn a_storm_of_failures_neither_repeats_a_purchase_nor_breaks_the_budget() {
    let calls: usize = std::env::var("STORM_CALLS").map_or(CI_CALLS, |n| n.parse().unwrap());
    let (address, received) = serve(calls);
    let budget = RetryBudget::new();
    let policy = RetryPolicy::default()
        .base_delay(Duration::from_millis(1))
        .max_delay(MAX_DELAY)
        .max_attempts(4)
        .max_throttled_attempts(4)
        .budget(budget.clone());
    let agent = ureq::AgentBuilder::new()
        .timeout_connect(Duration::from_secs(5))
        .timeout_read(CLIENT_TIMEOUT)
        .timeout_write(CLIENT_TIMEOUT)
        .build();

    let started = Instant::now();
    let made: Vec<(usize, Call)> = thread::scope(|scope| {
        let threads: Vec<_> = (0..THREADS)
            .map(|thread| {
                let (agent, address, policy) = (&agent, &address, &policy);
                scope.spawn(move || {
                    let mut rng = JitterRng::from_seed(SEED + thread as u64);
                    (thread..calls)
                        .step_by(THREADS)
                        .map(|call| (call, make_call(agent, address, policy, call, &mut rng)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        threads
            .into_iter()
            .flat_map(|t| t.join().expect("no client panics"))
            .collect()
    });
    let wall = started.elapsed();
    assert_eq!(made.len(), calls);

    let (mut attempts, mut retries, mut succeeded) = (0, 0, 0);
    let (mut out_of_budget, mut resends_prevented) = (0, 0);
    for (call, made) in &made {
        let plan = plan(*call);
        let got = &received[*call];
        // Every attempt reached the server, and read as what the server sent.
        let expected: Vec<Seen> = plan
            .iter()
            .take(made.seen.len())
            .map(|a| a.seen())
            .collect();
        assert_eq!(made.seen, expected, "call {call}: {plan:?}");
        assert_eq!(
            got.requests.load(Ordering::SeqCst) as usize,
            made.seen.len(),
            "call {call}"
        );
        // A call that is not idempotent is carried out at most once.
        if !idempotent(*call) {
            assert!(
                got.carried_out.load(Ordering::SeqCst) <= 1,
                "call {call}: {plan:?}"
            );
        }
        // The server's Retry-After is honoured, within the policy's cap.
        for (answer, delay) in plan.iter().zip(&made.delays) {
            if *answer == Answer::ThrottledRetryAfter {
                assert_eq!(*delay, MAX_DELAY, "call {call}");
            }
        }
        attempts += made.seen.len();
        retries += made.delays.len();
        // Every call succeeds, unless the budget refused a retry or the request may
        // have run and is not idempotent.
        match made.stop {
            None => succeeded += 1,
            Some(Stop::OutOfBudget { .. }) => out_of_budget += 1,
            Some(Stop::NotIdempotent) => {
                let last = plan[made.seen.len() - 1];
                assert!(!idempotent(*call), "call {call}");
                assert!(
                    matches!(
                        last,
                        Answer::BadGateway
                            | Answer::GatewayTimeout
                            | Answer::InternalError
                            | Answer::ResetBeforeReading
                            | Answer::ResetAfterReading
                            | Answer::TooSlow
                    ),
                    "call {call}: {last:?}"
                );
                resends_prevented += 1;
            }
            Some(other) => panic!("call {call} stopped: {other} ({plan:?})"),
        }
    }
    // Every call whose failures any request may retry (throttling, 503) succeeded,
    // unless the budget said no.
    let patient = made
        .iter()
        .filter(|(call, _)| {
            plan(*call).iter().all(|answer| {
                matches!(
                    answer,
                    Answer::Throttled
                        | Answer::ThrottledRetryAfter
                        | Answer::Unavailable
                        | Answer::Success
                )
            })
        })
        .filter(|(_, made)| !matches!(made.stop, None | Some(Stop::OutOfBudget { .. })))
        .count();
    assert_eq!(patient, 0);

    // No retry beyond the budget: each was paid for, and the tokens add up.
    let stats = budget.stats();
    assert_eq!(stats.granted, retries as u64);
    assert_eq!(stats.refused, out_of_budget);
    assert!(
        stats.taken <= u64::from(budget.capacity()) + stats.returned,
        "{stats:?}"
    );
    assert_eq!(
        u64::from(budget.available()),
        u64::from(budget.capacity()) + stats.returned - stats.taken
    );
    assert!(
        out_of_budget > 0,
        "the storm never emptied the budget: {stats:?}"
    );
    println!(
        "storm: {calls} calls from {THREADS} threads, {attempts} attempts, {retries} retries, \
         {out_of_budget} refused by the budget, {resends_prevented} resends prevented, \
         {succeeded} succeeded, in {wall:.2?} (budget: {stats:?})"
    );
}
