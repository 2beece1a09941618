//! Standard output that stops taking bytes: a reader that goes away (`| head -c1`) ends
//! every subcommand quietly; any other failure to write (`> /dev/full`) is an error.

use super::*;
use std::io::Read as _;

/// Every subcommand that prints, with arguments that make it print something.
fn printing_runs() -> Vec<Vec<String>> {
    let busy = page(
        "busy-pipes.json",
        br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r"}}"#,
    );
    let busy = page_arg(&busy).to_owned();
    let cbs = format!("{PAGES}/cbs.md");
    let runs: [&[&str]; 14] = [
        &["explain", "InternalError"],
        &["explain", "--json", "InternalError"],
        &["explain", "--all", "InternalError"],
        &["list"],
        &["list", "cbs"],
        &["list", "--json"],
        &["parse", &busy],
        &["parse", "--json", &busy],
        &["import", &cbs, "--service", "cbs"],
        &["completions", "bash"],
        &["completions", "zsh"],
        &["completions", "fish"],
        &["list", "--help"],
        &["--version"],
    ];
    runs.iter()
        .map(|run| run.iter().map(|arg| (*arg).to_owned()).collect())
        .collect()
}

/// Runs `tc-errors` with its standard output on a pipe whose reader takes `take` bytes,
/// then closes it (`| head -c take`); with `take` 0, the reader is gone before the
/// command starts.
fn into_a_pipe_closed_after(args: &[String], take: usize) -> Output {
    let command = || {
        let mut command = Command::new(env!("CARGO_BIN_EXE_tc-errors"));
        command.args(args).stderr(Stdio::piped());
        command
    };
    if take == 0 {
        // The standard input of a process that has ended: a pipe nobody reads.
        let mut gone = Command::new("true").stdin(Stdio::piped()).spawn().unwrap();
        let unread = gone.stdin.take().unwrap();
        gone.wait().unwrap();
        return command().stdout(unread).output().unwrap();
    }
    let mut child = command().stdout(Stdio::piped()).spawn().unwrap();
    let mut reader = child.stdout.take().unwrap();
    let mut taken = vec![0; take];
    reader.read_exact(&mut taken).unwrap();
    drop(reader);
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_pipe_ends_every_subcommand_quietly() {
    for args in printing_runs() {
        let output = into_a_pipe_closed_after(&args, 0);
        assert_eq!(
            (output.status.code(), stderr(&output).as_str()),
            (Some(0), ""),
            "{args:?}"
        );
        // A short output may be in the pipe before it closes: then the command ends as
        // it would have (parse's status 1 for an API error).
        let own = tc_errors(&args.iter().map(String::as_str).collect::<Vec<_>>());
        let output = into_a_pipe_closed_after(&args, 1);
        assert_eq!(stderr(&output), "", "{args:?}");
        assert!(
            [Some(0), own.status.code()].contains(&output.status.code()),
            "{args:?}: {:?}",
            output.status
        );
    }
}

#[test]
fn a_full_disk_is_an_error() {
    for args in printing_runs() {
        let output = Command::new(env!("CARGO_BIN_EXE_tc-errors"))
            .args(&args)
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(74), "{args:?}");
        assert_eq!(
            error_line(&output),
            "tc-errors: cannot write to standard output: No space left on device (os error 28)",
            "{args:?}"
        );
    }
}
