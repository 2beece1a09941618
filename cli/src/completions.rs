//! `tc-errors completions SHELL`.

use crate::stdout;
use std::io::Write as _;
use std::process::ExitCode;

/// The command line of `completions`, as clap reads it.
#[derive(clap::Args)]
pub struct Args {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Prints the completion script of `command` for the shell of `args`.
pub fn run(args: &Args, mut command: clap::Command) -> ExitCode {
    // clap_complete panics when its writer fails: the script is written to memory first.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "tc-errors", &mut script);
    stdout::write(|out| out.write_all(&script), ExitCode::SUCCESS)
}
