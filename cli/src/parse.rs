//! `tc-errors parse [FILE|-] [--service NAME [--action NAME [--version V]
//! [--client-token]]] [--status N] [--header 'NAME: VALUE']… [--http] [--json]
//! [--max-bytes N]`.

mod action;
mod advice;
mod http_input;
mod lookup;
pub(crate) mod read;
mod report;
mod text;

use crate::json::{self, Report};
use crate::service;
use crate::stderr::error_line;
use crate::stdout;
use crate::style::Style;
use action::Called;
use advice::Advice;
use http_input::{split_response, Header, Headers};
use lookup::Described;
use read::{read, source_name, DEFAULT_MAX_BYTES};
use std::fmt::Write as _;
use std::process::ExitCode;
use tc_error_catalogs::{catalogs, Catalog};
use tc_errors::parse_sdk_log_line;
use tc_errors::{parse_http_response, parse_legacy_response, parse_response, ApiError};
use tc_errors::{CommonError, HttpFailure, MalformedResponse, ResponseError};

/// What a response turned out to be; each has its exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A success payload: exit status 0.
    Success = 0,
    /// An API error: exit status 1.
    ApiError = 1,
    /// Not a well-formed response, or not the API's: exit status 2.
    Malformed = 2,
}

/// The type the parsers read a success's payload into: none of it is shown.
type Ignored = serde::de::IgnoredAny;

/// Exit status when there is no response to parse: unreadable input, input over the
/// limit, a raw HTTP response that cannot be read, or an unknown service.
const CANNOT_RUN: u8 = 3;

/// The command line of `parse`, as clap reads it.
#[derive(clap::Args)]
pub struct Args {
    /// The file holding the body (with --http, the whole response), or a Tencent SDK's
    /// error line (`[TencentCloudSDKError] Code=…` from Go, `[TencentCloudSDKException]
    /// code:…` from Python or Java); `-` or nothing reads standard input.
    pub file: Option<String>,
    /// The catalog that describes the code: a service (`cbs`, …), `common`, or `legacy`
    /// for an API 2.0 body [default: every catalog that declares the code].
    #[arg(
        long,
        value_name = "NAME",
        value_parser = service::NameParser,
        hide_possible_values = true
    )]
    pub service: Option<String>,
    /// The action the request called, in the --service catalog: says whether it
    /// documents the returned code, and decides whether the request counts as idempotent
    /// for the retry advice (read-only by its name, or sent with --client-token).
    #[arg(long, value_name = "NAME", requires = "service")]
    pub action: Option<String>,
    /// The API version of --action [default: the newest that has it].
    #[arg(long, value_name = "YYYY-MM-DD", requires = "action")]
    pub version: Option<String>,
    /// The request carried a `ClientToken`, which makes it idempotent.
    #[arg(long, requires = "action")]
    pub client_token: bool,
    /// The response's HTTP status: a non-2xx status without an API error body is a
    /// failure that is not the API's (a gateway's page, a 429) [default with --header:
    /// 200].
    #[arg(
        long,
        value_name = "N",
        value_parser = http_input::status_arg,
        allow_negative_numbers = true
    )]
    pub status: Option<u16>,
    /// A response header, `Name: value` (repeatable): `X-TC-RequestId` stands in for a
    /// body without a request id; `Retry-After` is kept.
    #[arg(long = "header", value_name = "NAME: VALUE", value_parser = http_input::header_arg)]
    pub headers: Vec<Header>,
    /// Read a whole HTTP/1.x response (status line, headers, blank line, body), as
    /// `curl -si` prints it. Of several responses, the last is read: what curl prints
    /// before it (`100 Continue`, a proxy's `Connection established`, a redirect it
    /// followed with -L, an authentication challenge) is skipped. A body sent chunked
    /// (`Transfer-Encoding: chunked`, as `curl --raw` prints it) is decoded.
    #[arg(long, conflicts_with_all = ["status", "headers"])]
    pub http: bool,
    /// Print a JSON object (on standard output, whatever the outcome).
    #[arg(long)]
    pub json: bool,
    /// Read at most this many bytes; a larger input is an error (exit status 3).
    /// A number, or with a suffix K, M or G (KiB, MiB, GiB); the default is 64 MiB.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_BYTES, value_parser = read::byte_count)]
    pub max_bytes: u64,
}

/// The status and headers of a response, when they were given.
#[derive(Clone, Copy, Debug)]
pub struct Http<'a> {
    /// The status.
    pub status: u16,
    /// The headers, in order.
    pub headers: Headers<'a>,
}

impl<'a> Http<'a> {
    /// The headers as the runtime reads them.
    fn pairs(self) -> impl Iterator<Item = (&'a str, &'a [u8])> {
        self.headers.pairs()
    }
}

/// Parses the response in the file of `args` (standard input for none or `-`, at most
/// `--max-bytes`), prints what it is and what to do about it (as JSON with `--json`;
/// the text in `style`), and exits with the [`Outcome`]'s status, 2 for options that do
/// not go together, or 3 when there is no response to parse.
pub fn run(args: &Args, style: Style) -> ExitCode {
    let json = args.json;
    let catalogs = catalogs();
    let chosen = match args
        .service
        .as_deref()
        .map(|name| service::find(&catalogs, name))
    {
        None => None,
        Some(Ok(catalog)) => Some(catalog),
        Some(Err(error)) => {
            return cannot_run(json, &Report::UnknownService { error: &error }, &error);
        }
    };
    let given_http = args.http || args.status.is_some() || !args.headers.is_empty();
    if given_http && chosen.is_some_and(|catalog| catalog.service == "legacy") {
        error_line(
            "--service legacy reads an API 2.0 body alone: it takes no --status, --header \
             or --http; try --help",
        );
        return ExitCode::from(2);
    }
    let input = match read(args.file.as_deref(), args.max_bytes) {
        Ok(input) => input,
        Err(error) => {
            let (reason, error) = (error.reason(), error.to_string());
            return cannot_run(
                json,
                &Report::Unreadable {
                    reason,
                    error: &error,
                },
                &error,
            );
        }
    };
    let raw = if args.http {
        match split_response(&input) {
            Ok(raw) => Some(raw),
            Err(not_http) => {
                let from = source_name(args.file.as_deref());
                let error = format!("cannot read {from} as an HTTP response: {not_http}");
                let report = Report::Unreadable {
                    reason: "NotHttp",
                    error: &error,
                };
                return cannot_run(json, &report, &error);
            }
        }
    } else {
        None
    };
    let (body, http) = match &raw {
        Some(raw) => (
            &raw.body[..],
            Some(Http {
                status: raw.status,
                headers: Headers::Raw(raw.headers),
            }),
        ),
        None if given_http => (
            &input[..],
            Some(Http {
                status: args.status.unwrap_or(200),
                headers: Headers::Given(&args.headers),
            }),
        ),
        None => (&input[..], None),
    };
    let mut parsed = parse(body, http, chosen, &catalogs);
    if let (Some(name), Some(catalog)) = (&args.action, &chosen) {
        let version = args.version.as_deref();
        parsed = parsed.with_action(Called::of(catalog, name, version, args.client_token));
    }
    let status = ExitCode::from(parsed.outcome() as u8);
    // Printed straight from the parsed error, without building the text first.
    if json {
        return stdout::write(|out| json::write(out, &parsed.to_json()), status);
    }
    if let Some(problem) = parsed.problem() {
        error_line(problem);
    }
    stdout::write(|out| parsed.write_text(out, style), status)
}

/// Says why there is no response to parse: `report` on stdout with `json`, else the one
/// error line `error`.
fn cannot_run(json: bool, report: &Report<'_>, error: &str) -> ExitCode {
    let status = ExitCode::from(CANNOT_RUN);
    if json {
        return stdout::write(|out| json::write(out, report), status);
    }
    error_line(error);
    status
}

/// What a response said, and what to do about it.
#[derive(Debug)]
pub struct Parsed {
    /// What it was.
    pub what: What,
    /// What to do about it; `None` for a success.
    pub advice: Option<Advice>,
    /// The action the request called, when `--action` names it.
    pub called: Option<Called>,
}

/// What a response was, with an API error's code looked up in the catalogs.
#[derive(Debug)]
pub enum What {
    /// A success; API 2.0 responses carry no request id.
    Success { request_id: Option<String> },
    /// An API error, and what the catalogs say about its code.
    Api {
        error: ApiError<CommonError>,
        described: Box<Described>,
    },
    /// Not a well-formed response; `api_2` when the body reads as an API 2.0 one, which
    /// `--service legacy` parses.
    Malformed {
        error: MalformedResponse,
        api_2: bool,
    },
    /// Not the API's response: a non-2xx status without an API error body;
    /// `success_body` when the body is an API success, which such a status makes a
    /// failure.
    Http {
        failure: HttpFailure,
        success_body: bool,
    },
}

/// What the error line of a malformed body that reads as an API 2.0 one adds.
pub const API_2_HINT: &str = "it reads as an API 2.0 body: try --service legacy";

/// Parses `body`, with the status and headers of `http` when given, and looks an API
/// error's code up in `chosen` or, without it, in every catalog of `catalogs`. A body
/// that is no JSON object but holds an SDK's error line is read as that line (a line
/// that cannot be read is malformed, with no advice); the `legacy` catalog selects the
/// API 2.0 parser (body only); every other choice, the API 3.0 parsers.
pub fn parse(
    body: &[u8],
    http: Option<Http<'_>>,
    chosen: Option<Catalog>,
    catalogs: &[Catalog],
) -> Parsed {
    // The parsers need a catalog type only to carry the code; its text is looked up in
    // the catalogs below. The legacy error moves over without a copy of its text.
    let legacy = chosen.is_some_and(|catalog| catalog.service == "legacy");
    let parsed = if let Some(line) = sdk_log_line(body, http) {
        match parse_sdk_log_line::<CommonError>(line) {
            Ok(error) => Err(ResponseError::Api(error)),
            Err(error) => {
                return Parsed {
                    what: What::Malformed {
                        error,
                        api_2: false,
                    },
                    advice: None,
                    called: None,
                }
            }
        }
    } else if legacy {
        parse_legacy_response::<Ignored>(body)
            .map(|_| None)
            .map_err(ResponseError::into_catalog)
    } else if let Some(http) = http {
        parse_http_response::<Ignored, CommonError>(http.status, http.pairs(), body)
            .map(|success| Some(success.request_id))
    } else {
        parse_response::<Ignored, CommonError>(body).map(|success| Some(success.request_id))
    };
    let retry_after = http.and_then(|http| advice::retry_after(http.pairs()));
    let error = match parsed {
        Ok(request_id) => {
            return Parsed {
                what: What::Success { request_id },
                advice: None,
                called: None,
            }
        }
        Err(error) => error,
    };
    // The runtime's advice for what is not an API error; an API error's comes from the
    // kind the catalogs give its code.
    let runtime_advice = error.retry_advice();
    let (what, advice, retry_after) = match error {
        ResponseError::Api(error) => {
            let described = Described::of(error.code().as_str(), chosen, catalogs);
            let advice = described.advice;
            let described = Box::new(described);
            (What::Api { error, described }, advice, retry_after)
        }
        ResponseError::Malformed(error) => {
            // The API 2.0 parser reads it as a success or an error.
            let api_2 = !legacy
                && !matches!(
                    parse_legacy_response::<Ignored>(body),
                    Err(ResponseError::Malformed(_))
                );
            let what = What::Malformed { error, api_2 };
            (what, runtime_advice, retry_after)
        }
        ResponseError::Http(failure) => {
            let retry_after = failure.retry_after().or(retry_after);
            let success_body = parse_response::<Ignored, CommonError>(body).is_ok();
            let what = What::Http {
                failure,
                success_body,
            };
            (what, runtime_advice, retry_after)
        }
    };
    Parsed {
        what,
        advice: Some(Advice {
            advice,
            retry_after,
            idempotent: None,
        }),
        called: None,
    }
}

/// `body` as an SDK's error line: text, without a status or headers, that is not a JSON
/// object and holds the bracket every SDK's line starts with.
fn sdk_log_line<'a>(body: &'a [u8], http: Option<Http<'_>>) -> Option<&'a str> {
    let text = std::str::from_utf8(body).ok().filter(|_| http.is_none())?;
    let json = text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .starts_with('{');
    (!json && text.contains("[TencentCloudSDK")).then_some(text)
}

impl Parsed {
    /// The response to a request of the action `called`, which decides whether the
    /// request counts as idempotent for the advice.
    pub fn with_action(mut self, called: Called) -> Parsed {
        if let Some(advice) = &mut self.advice {
            advice.idempotent = Some(called.is_idempotent());
        }
        self.called = Some(called);
        self
    }

    /// What the response was.
    pub fn outcome(&self) -> Outcome {
        match self.what {
            What::Success { .. } => Outcome::Success,
            What::Api { .. } => Outcome::ApiError,
            What::Malformed { .. } | What::Http { .. } => Outcome::Malformed,
        }
    }

    /// The error line for a response that is not the API's answer: a malformed body, or
    /// a failure of what is in front of the API.
    pub fn problem(&self) -> Option<String> {
        match &self.what {
            What::Malformed { error, api_2 } if *api_2 => Some(format!("{error}; {API_2_HINT}")),
            What::Malformed { error, .. } => Some(error.to_string()),
            What::Http {
                failure,
                success_body: true,
            } => {
                let mut line = format!("HTTP {}", failure.status());
                if let Some(content_type) = failure.content_type() {
                    let _ = write!(line, " ({content_type})");
                }
                line.push_str(
                    " with an API success body: a status that is not 2xx is a failure, \
                     whatever the body",
                );
                if !failure.excerpt().is_empty() {
                    let _ = write!(line, "; the body starts with: {}", failure.excerpt());
                }
                Some(line)
            }
            What::Http { failure, .. } => Some(failure.to_string()),
            What::Success { .. } | What::Api { .. } => None,
        }
    }
}
