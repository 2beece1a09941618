//! A Tencent Cloud API call over `ureq` 2, as a client author writes one: the reply's
//! status, headers and body whatever the status, or, when no reply came back, how far the
//! request got ([`Transport`]). The worked client (`examples/retrying_client.rs`) and the
//! storm test (`tests/storm.rs`) include this file (`ureq` is a dev-dependency, which the
//! library cannot use); the runtime's docs of `Transport` quote its recipe.

use std::io::Read;
use tc::retry::Transport;

/// An HTTP reply, as the runtime's `parse_http_response` takes it.
#[derive(Clone, Debug)]
pub struct Reply {
    /// The status.
    pub status: u16,
    /// The headers, in order.
    pub headers: Vec<(String, Vec<u8>)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Reply {
    /// The headers as `(name, value)` pairs.
    pub fn headers(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.headers
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_slice()))
    }
}

/// Posts `body` to `url` with `headers`: the reply whatever its status (an error status
/// is a reply to parse, not a failure), or the stage a failure before any reply reached.
pub fn post(
    agent: &ureq::Agent,
    url: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Result<Reply, Transport> {
    let request = headers
        .iter()
        .fold(agent.post(url), |request, (name, value)| {
            request.set(name, value)
        });
    let response = match request.send_string(body) {
        Ok(response) | Err(ureq::Error::Status(_, response)) => response,
        Err(ureq::Error::Transport(error)) => return Err(transport(&error)),
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
    // The answer was cut short: the request was sent, and may have run.
    response
        .into_reader()
        .take(1 << 20)
        .read_to_end(&mut body)
        .map_err(|error| Transport::of_io(error.kind()))?;
    Ok(Reply {
        status,
        headers,
        body,
    })
}

/// How far a request got when `ureq` failed before any reply: not sent when resolving,
/// connecting (to the server or a proxy) or the TLS handshake failed; else as the
/// underlying I/O error says, and maybe sent when there is none.
pub fn transport(error: &ureq::Transport) -> Transport {
    match error.kind() {
        ureq::ErrorKind::Dns
        | ureq::ErrorKind::ConnectionFailed
        | ureq::ErrorKind::ProxyConnect => Transport::NotSent,
        _ => std::error::Error::source(error)
            .and_then(|source| source.downcast_ref::<std::io::Error>())
            .map_or(Transport::MaybeSent, |io| Transport::of_io(io.kind())),
    }
}
