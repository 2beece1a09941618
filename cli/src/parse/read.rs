//! Reading what `parse` parses: a file or standard input, never more than a limit.

use std::fmt;
use std::fs::File;
use std::io::{self, Read};

/// How many bytes `parse` reads at most unless `--max-bytes` says otherwise: 64 MiB.
///
/// Tencent documents request limits (32 KB for GET, 1 MB or, signed with TC3-HMAC-SHA256,
/// 10 MB for POST) but none for responses; list calls page their results, so real bodies
/// run from bytes to a few megabytes. 64 MiB is several times anything an API sends, and
/// small enough that a runaway input (`yes | tc-errors parse`) stops at once.
pub const DEFAULT_MAX_BYTES: u64 = 64 << 20;

/// Why there is no body to parse.
#[derive(Debug)]
pub enum ReadError {
    /// The file or standard input could not be read.
    Io {
        /// The file's name, or `standard input`.
        from: String,
        /// What failed.
        error: io::Error,
    },
    /// It holds more than the limit.
    TooLarge {
        /// The file's name, or `standard input`.
        from: String,
        /// The limit, in bytes.
        limit: u64,
    },
}

impl ReadError {
    /// The `reason` of the JSON report.
    pub fn reason(&self) -> &'static str {
        match self {
            ReadError::Io { .. } => "Io",
            ReadError::TooLarge { .. } => "TooLarge",
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io { from, error } => write!(f, "cannot read {from}: {error}"),
            ReadError::TooLarge { from, limit } => write!(
                f,
                "cannot read {from}: it is larger than the limit of {limit} bytes (raise it \
                 with --max-bytes)"
            ),
        }
    }
}

/// The name `input` is known by in messages: the file's, or `standard input`.
pub fn source_name(input: Option<&str>) -> &str {
    input
        .filter(|&input| input != "-")
        .unwrap_or("standard input")
}

/// The bytes of the file, or of standard input for `None` or `-`; read a piece at a
/// time and never more than `limit` + 1 bytes, which tells an input over the limit.
pub fn read(input: Option<&str>, limit: u64) -> Result<Vec<u8>, ReadError> {
    let path = input.filter(|&input| input != "-");
    let from = source_name(input);
    let io_error = |error| ReadError::Io {
        from: from.to_owned(),
        error,
    };
    let mut body = Vec::new();
    let bounded = limit.saturating_add(1);
    match path {
        None => io::stdin().lock().take(bounded).read_to_end(&mut body),
        Some(path) => {
            let file = File::open(path).map_err(io_error)?;
            // A file says its size: one allocation of what will be read, no growth.
            if let Ok(metadata) = file.metadata() {
                let expected = metadata.len().min(limit).saturating_add(1);
                body.reserve_exact(usize::try_from(expected).unwrap_or(0));
            }
            file.take(bounded).read_to_end(&mut body)
        }
    }
    .map_err(io_error)?;
    if u64::try_from(body.len()).map_or(true, |len| len > limit) {
        return Err(ReadError::TooLarge {
            from: from.to_owned(),
            limit,
        });
    }
    Ok(body)
}

/// A byte count: digits, then optionally `K`, `M` or `G` (or `KiB`, `MiB`, `GiB`; any
/// case) for powers of 1024.
pub fn byte_count(text: &str) -> Result<u64, String> {
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    let shift = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kib" => 10,
        "m" | "mib" => 20,
        "g" | "gib" => 30,
        _ => return Err("expected a number of bytes, such as 1048576 or 64M".into()),
    };
    number
        .parse::<u64>()
        .ok()
        .and_then(|number| number.checked_mul(1 << shift))
        .ok_or_else(|| "expected a number of bytes, such as 1048576 or 64M".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_counts_take_binary_suffixes() {
        assert_eq!(byte_count("0"), Ok(0));
        assert_eq!(byte_count("1048576"), Ok(1 << 20));
        assert_eq!(byte_count("64M"), Ok(64 << 20));
        assert_eq!(byte_count("64MiB"), Ok(64 << 20));
        assert_eq!(byte_count("2k"), Ok(2048));
        assert_eq!(byte_count("1G"), Ok(1 << 30));
        for bad in [
            "",
            "M",
            "-1",
            "1.5M",
            "1 M",
            "1T",
            "99999999999999999999",
            "17179869184G",
        ] {
            assert!(byte_count(bad).is_err(), "{bad}");
        }
        assert_eq!(DEFAULT_MAX_BYTES, byte_count("64M").unwrap());
    }
}
