//! `tc-errors explain CODE`.

use std::fmt::Write as _;
use std::process::ExitCode;
use tc_error_catalogs::{catalogs, Catalog};

/// Prints every catalog's entry for `code`; exit status 1 when no catalog has it.
pub fn run(code: &str) -> ExitCode {
    match explain(code, &catalogs()) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("tc-errors: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The text `explain` prints, or the one-line error when no catalog has the code.
pub fn explain(code: &str, catalogs: &[Catalog]) -> Result<String, String> {
    let mut text = String::new();
    for catalog in catalogs {
        if let Some(entry) = catalog.find(code) {
            let retry = if entry.is_retryable() {
                "retryable"
            } else {
                "not retryable"
            };
            // Writing to a String cannot fail.
            let _ = writeln!(
                text,
                "{code} in {} ({}):\n    {}\n    kind: {:?}, {retry}",
                catalog.service, catalog.enum_path, entry.description, entry.kind
            );
        }
    }
    if text.is_empty() {
        Err(format!("no catalog has the error code {code:?}"))
    } else {
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_common_code_is_found_in_every_catalog_that_has_it() {
        let text = explain("InvalidParameter", &catalogs()).unwrap();
        for service in ["common", "legacy", "cbs"] {
            assert!(
                text.contains(&format!("InvalidParameter in {service} (")),
                "{text}"
            );
        }
        assert!(
            text.contains("Invalid parameter\n"),
            "cbs's own wording: {text}"
        );
    }

    #[test]
    fn kind_and_retryability_are_shown() {
        let text = explain("InvalidDisk.Busy", &catalogs()).unwrap();
        assert!(text.contains("kind: Transient, retryable"), "{text}");
    }

    #[test]
    fn an_unknown_code_is_an_error() {
        let error = explain("InvalidDisk.Sleepy", &catalogs()).unwrap_err();
        assert_eq!(
            error,
            "no catalog has the error code \"InvalidDisk.Sleepy\""
        );
    }
}
