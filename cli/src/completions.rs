//! `tc-errors completions SHELL`.

use crate::stdout;
use clap_complete::Shell;
use std::io::Write as _;
use std::process::ExitCode;

/// The command line of `completions`, as clap reads it.
#[derive(clap::Args)]
pub struct Args {
    /// The shell.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Prints the completion script of `command` for the shell of `args`.
pub fn run(args: &Args, mut command: clap::Command) -> ExitCode {
    // clap_complete panics when its writer fails: the script is written to memory first.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, BIN, &mut script);
    match args.shell {
        Shell::Bash => script = bash_states(&script),
        Shell::Fish => fish_positionals(&command, &mut script),
        _ => {}
    }
    stdout::write(|out| out.write_all(&script), ExitCode::SUCCESS)
}

/// The command the scripts complete.
const BIN: &str = "tc-errors";

/// A bash script whose `case` arms name the states as its loop does. clap_complete
/// escapes the hyphen of a bin name as `__` in the loop but as `__subcmd__` in the
/// arms, so no arm after a subcommand ever matched and nothing past `tc-errors list`
/// completed (clap-rs/clap#6421; once fixed, nothing is replaced).
fn bash_states(script: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(script);
    let arms = BIN.replace('-', "__subcmd__");
    let states = BIN.replace('-', "__");
    text.replace(&format!("{arms}__subcmd__"), &format!("{states}__subcmd__"))
        .into_bytes()
}

/// Adds to a fish script the values of each subcommand's positional arguments (the
/// service of `list`), which clap_complete's fish scripts leave out: they complete the
/// values of options only.
fn fish_positionals(command: &clap::Command, script: &mut Vec<u8>) {
    for subcommand in command.get_subcommands() {
        for arg in subcommand.get_positionals() {
            let possible = arg.get_possible_values();
            let values: Vec<&str> = possible
                .iter()
                .filter(|value| !value.is_hide_set())
                .map(|value| value.get_name())
                .collect();
            if values.is_empty() {
                continue;
            }
            // Writing to a Vec cannot fail; the values are names of letters and digits.
            let _ = writeln!(
                script,
                "complete -c tc-errors -n \"__fish_seen_subcommand_from {}\" -f -a \"{}\"",
                subcommand.get_name(),
                values.join(" ")
            );
        }
    }
}
