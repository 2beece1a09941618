//! Standard output, which every subcommand writes through here: a reader that stops
//! early (`| head`) ends the command quietly, and any other failure to write
//! (`> /dev/full`) is an error, never a panic or a silent loss.
//!
//! Rust ignores SIGPIPE, so a closed pipe is a write error like any other; like
//! ripgrep, the command then exits with status 0 and says nothing, since whoever reads
//! has all they wanted.

use crate::stderr::error_line;
use std::io::{self, BufWriter, StdoutLock, Write};
use std::process::ExitCode;

/// The exit status when standard output cannot be written (`EX_IOERR` of sysexits.h),
/// for every subcommand: no outcome of theirs uses it.
pub const WRITE_FAILED: u8 = 74;

/// Prints `text`, then ends with `status`, or as [`write`] ends when that fails.
pub fn print(text: &str, status: ExitCode) -> ExitCode {
    write(|out| out.write_all(text.as_bytes()), status)
}

/// Runs `write_to` on standard output (locked and buffered) and flushes it, then ends
/// with `status`. When a write fails: status 0 and nothing said for a closed pipe;
/// otherwise the error line and [`WRITE_FAILED`].
pub fn write(
    write_to: impl FnOnce(&mut BufWriter<StdoutLock<'static>>) -> io::Result<()>,
    status: ExitCode,
) -> ExitCode {
    let mut out = BufWriter::new(io::stdout().lock());
    match write_to(&mut out).and_then(|()| out.flush()) {
        Ok(()) => status,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            error_line(format_args!("cannot write to standard output: {error}"));
            ExitCode::from(WRITE_FAILED)
        }
    }
}
