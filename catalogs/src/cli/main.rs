//! `tc-errors`: explain Tencent Cloud error codes from every catalog compiled in.

#![forbid(unsafe_code)]

mod explain;

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
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Explain { code } => explain::run(&code),
    }
}
