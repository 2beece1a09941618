//! `tc-errors`: explain Tencent Cloud error codes from every catalog compiled in, parse
//! API responses into their outcome and retry advice, list the catalogs, and import
//! error-code pages into catalogs.

#![forbid(unsafe_code)]

mod completions;
mod explain;
mod import;
mod import_sdk;
mod json;
mod lang;
mod list;
mod near;
mod parse;
mod service;
mod stderr;
mod stdout;
mod style;

use clap::{CommandFactory as _, Parser, Subcommand};
use std::io::IsTerminal as _;
use std::process::ExitCode;
use stderr::error_line;

/// Explain Tencent Cloud API error codes, and read API responses into their outcome and
/// whether to retry.
///
/// tc-errors knows the error codes of every Tencent Cloud service (from Tencent's SDKs
/// and error-code pages), the common codes any service may return, and the legacy API
/// 2.0 codes. `explain` says what a code means, in which catalogs, its kind and whether
/// to retry; `parse` reads a response body, or a whole HTTP response, into a success, an
/// API error, a gateway's page or a malformed body, with retry advice; `list` shows the
/// catalogs and their codes; `import` and `import-sdk` turn Tencent's error-code pages
/// and SDK tables into `tc_errors!` catalogs.
///
/// A reader that closes the pipe early (`| head`) ends any subcommand quietly, with exit
/// status 0; when standard output cannot be written otherwise, the exit status is 74.
#[derive(Parser)]
#[command(
    name = "tc-errors",
    version,
    after_help = "Examples:
  tc-errors explain InvalidDisk.Busy          what a code means, and whether to retry
  tc-errors parse response.json               a response body: its outcome and retry advice
  curl -si … | tc-errors parse --http         a whole HTTP response: status, headers, body
  tc-errors parse page.html --status 502 --header 'X-TC-RequestId: 6f2a…'
  tc-errors list cbs                          every code of a service
  tc-errors completions bash > ~/.local/share/bash-completion/completions/tc-errors"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Show the texts in one language [default: both, Chinese first when LC_ALL,
    /// LC_MESSAGES or LANG names Chinese].
    #[arg(long, global = true, value_enum)]
    lang: Option<lang::LangArg>,
    /// Colour the output: `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t)]
    color: style::ColorArg,
}

#[derive(Subcommand)]
enum Command {
    /// Show every catalog's description, kind and retry advice of a code.
    ///
    /// A code that many catalogs share is summarised: the common and legacy entries,
    /// how many services re-list the common entry with the same text, one entry for
    /// each text that several services share, the few services that word it their own
    /// way, and the names of the rest. --all shows every catalog's entry; --service
    /// shows the catalogs named; --json has every entry. For a code no catalog has, the
    /// error names the known codes a few edits away.
    ///
    /// Exit status: 0 when some catalog searched has the code, 1 when none has, 2 for a
    /// service name no catalog has.
    Explain(explain::Args),
    /// Read an API response into its outcome and what to do about it: a success's
    /// request id, or an error with its kind and retry advice.
    ///
    /// The response is a body, with --status and --header when they are known, or a
    /// whole HTTP response with --http. An API error's code is described by the
    /// --service catalog or, without it, by every catalog that declares it. Reads at
    /// most --max-bytes (64 MiB by default).
    ///
    /// Exit status: 0 for a success, 1 for an API error, 2 for a malformed body or a
    /// response that is not the API's (a gateway's page), or for bad usage; 3 when
    /// there is no response to parse: the input cannot be read, is larger than
    /// --max-bytes, or is not an HTTP response (--http), or the service is unknown.
    Parse(parse::Args),
    /// List the catalogs, or the codes and descriptions of one.
    ///
    /// Exit status: 0, or 1 when no catalog has that service name.
    List(list::Args),
    /// Turn a Tencent Cloud error-code page (Markdown or HTML) into a `tc_errors!` module.
    ///
    /// Prints the module; rows that could not be read are reported on stderr with their
    /// line numbers. Exit status: 0 when every row is in the module, 1 when the page
    /// cannot be read or a row was skipped (the module is still printed), 2 for a bad
    /// option.
    Import(import::Args),
    /// Regenerate every catalog from the Go SDKs' `errors.go` tables and the seed pages.
    ///
    /// ZH_DIR and EN_DIR hold `<service>/<vYYYYMMDD>/errors.go` (the `tencentcloud/`
    /// directories of `tencentcloud-sdk-go` and `tencentcloud-sdk-go-intl-en`). Writes one
    /// module per service, `src/services.rs` and the features of `Cargo.toml` of the
    /// catalogs crate. Exit status: 0, or 1, with nothing written, when a source cannot
    /// be read, a service's name would break the crate or the output has a symbolic link.
    ImportSdk(import_sdk::Args),
    /// Print a shell's completion script.
    ///
    /// The script completes subcommands, options, and the service names of `list` and
    /// `--service`, as of this build's catalogs. Source it, or install it where the shell looks for completions: for bash,
    /// `~/.local/share/bash-completion/completions/tc-errors`; for zsh, `_tc-errors` in a
    /// directory of `$fpath`; for fish, `~/.config/fish/completions/tc-errors.fish`.
    Completions(completions::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // clap ignores a failure to write the help or version it prints: into a pipe or
        // a file (uncoloured, as clap has it there), they go through stdout.rs.
        Err(error) if !error.use_stderr() && !std::io::stdout().is_terminal() => {
            let status = u8::try_from(error.exit_code()).unwrap_or(2);
            return stdout::print(&error.render().to_string(), ExitCode::from(status));
        }
        Err(error) if !error.use_stderr() || is_help(&error) => error.exit(),
        Err(error) => {
            error_line(one_line(&error.render().to_string()));
            return ExitCode::from(2);
        }
    };
    let shown = lang::Shown::choose(cli.lang);
    let style = style::Style::choose(cli.color);
    match cli.command {
        Command::ImportSdk(args) => import_sdk::run(&args),
        Command::Explain(args) => explain::run(&args, shown, style),
        Command::List(args) => list::run(&args, shown, style),
        Command::Parse(args) => parse::run(&args, style),
        Command::Import(args) => import::run(&args),
        Command::Completions(args) => completions::run(&args, Cli::command()),
    }
}

/// Whether clap shows the help because a subcommand or argument is missing.
fn is_help(error: &clap::Error) -> bool {
    error.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
}

/// clap's error in one line: its first paragraph without the `error:` prefix, then where
/// to look.
fn one_line(rendered: &str) -> String {
    let paragraph = rendered.split("\n\n").next().unwrap_or_default();
    let words: Vec<&str> = paragraph
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    let message = words.join(" ");
    let message = message.strip_prefix("error: ").unwrap_or(&message);
    format!("{message}; try --help")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_errors_become_one_line() {
        let error = Cli::try_parse_from(["tc-errors", "explain"]).err().unwrap();
        assert_eq!(
            one_line(&error.render().to_string()),
            "the following required arguments were not provided: <CODE>; try --help"
        );
        let error = Cli::try_parse_from(["tc-errors", "list", "--bogus"])
            .err()
            .unwrap();
        assert_eq!(
            one_line(&error.render().to_string()),
            "unexpected argument '--bogus' found; try --help"
        );
    }

    #[test]
    fn the_command_line_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
