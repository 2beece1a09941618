//! `tc-errors`: explain Tencent Cloud error codes from every catalog compiled in.

#![forbid(unsafe_code)]

mod explain;
mod parse;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Tencent Cloud error codes: what they mean, how to handle them.
#[derive(Parser)]
#[command(name = "tc-errors", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Show every catalog's description, kind and retryability of a code.
    ///
    /// Exit status: 0 when some catalog has the code, 1 when none has.
    Explain {
        /// The error code, such as `InvalidDisk.Busy`.
        code: String,
    },
    /// Parse an API response body: print the payload's request id, or the typed error
    /// with its description, kind and retryability.
    ///
    /// Exit status: 0 for a success, 1 for an API error, 2 for a malformed body, 3 when
    /// the body cannot be read or the service is unknown.
    Parse {
        /// The file holding the body; `-` or nothing reads standard input.
        file: Option<String>,
        /// The catalog that describes the code: a service (`cbs`, …), `common`, or
        /// `legacy` for an API 2.0 body.
        #[arg(long, default_value = "common")]
        service: String,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Explain { code } => explain::run(&code),
        Command::Parse { file, service } => parse::run(file.as_deref(), &service),
    }
}
