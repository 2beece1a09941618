//! `tc-errors completions SHELL`.

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
    clap_complete::generate(
        args.shell,
        &mut command,
        "tc-errors",
        &mut std::io::stdout(),
    );
    ExitCode::SUCCESS
}
