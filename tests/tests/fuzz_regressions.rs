//! Inputs the fuzzers in `fuzz/` found, kept as regressions: each is read again by the
//! target that found it, and what that target checks is checked here too. The `http`,
//! `go_sdk`, `sdk_names` and `sdk_log` targets' checks live in the test library
//! (`fuzz_checks`), and their seeds are replayed with their findings.

use serde::de::IgnoredAny;
use std::path::PathBuf;
use tc::{parse_legacy_response, parse_response, ResponseError};
use tc_error_catalogs::cbs::CbsError;
use tc_errors_importer as import;

/// Every finding of one fuzz target.
fn findings(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let findings = files("regressions", target);
    assert!(!findings.is_empty(), "no findings of {target}");
    findings
}

/// The files of `fuzz/KIND/TARGET`, none when it does not exist.
fn files(kind: &str, target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz")
        .join(kind)
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    entries
        .map(|file| {
            let path = file.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            (path, bytes)
        })
        .collect()
}

/// The seeds of one fuzz target and its findings, if any.
fn seeds_and_findings(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let inputs = [files("seeds", target), files("regressions", target)].concat();
    assert!(!inputs.is_empty(), "no seeds of {target}");
    inputs
}

#[test]
fn importer() {
    for (_, page) in findings("importer") {
        // Any answer will do, but a page read must give a module that is Rust.
        if let Ok(page) = import::read(&page) {
            let header = import::Header::new("fuzz", Some("FuzzError")).unwrap();
            tc_errors_tests::module::check_module(&page.render(&header.title("Title \u{202e}")));
        }
    }
}

#[test]
fn api3() {
    for (path, body) in findings("api3") {
        match parse_response::<IgnoredAny, CbsError>(&body) {
            Err(ResponseError::Malformed(error)) => {
                let text = error.to_string();
                assert!(text.chars().count() < 400, "{}: {text}", path.display());
            }
            other => panic!("{}: {other:?}", path.display()),
        }
    }
}

#[test]
fn api2() {
    for (path, body) in findings("api2") {
        // A body whose skipped field holds a number beyond `f64`: still a success.
        assert!(
            parse_legacy_response::<IgnoredAny>(&body).is_ok(),
            "{}",
            path.display()
        );
    }
}

#[test]
fn sdk_log() {
    for (path, input) in seeds_and_findings("sdk_log") {
        eprintln!("{}", path.display());
        tc_errors_tests::fuzz_checks::check_sdk_log_line(&input);
    }
}

#[test]
fn http() {
    for (path, input) in seeds_and_findings("http") {
        eprintln!("{}", path.display());
        tc_errors_tests::fuzz_checks::check_http_response(&input);
    }
}

#[test]
fn go_sdk_actions() {
    // The distilled `actions.txt` of every version are seeds too, as for `go_sdk`.
    let mut inputs = seeds_and_findings("go_sdk_actions");
    let sources = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../catalogs/sources/go-sdk");
    go_files(&sources, "actions.txt", &mut inputs);
    assert!(inputs.len() > 452, "{} inputs", inputs.len());
    for (path, input) in inputs {
        eprintln!("{}", path.display());
        tc_errors_tests::fuzz_checks::check_go_actions(&input);
    }
}

/// Every file called `name` under `dir`, at any depth.
fn go_files(dir: &std::path::Path, name: &str, found: &mut Vec<(PathBuf, Vec<u8>)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            go_files(&path, name, found);
        } else if path.file_name().is_some_and(|file| file == name) {
            let bytes = std::fs::read(&path).unwrap();
            found.push((path, bytes));
        }
    }
}

#[test]
fn go_sdk() {
    // The real files the catalogs come from are seeds too (the fuzz run passes their
    // directory as a second corpus), so they are checked here as well.
    let mut inputs = seeds_and_findings("go_sdk");
    let sources = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../catalogs/sources/go-sdk");
    go_files(&sources, "errors.go", &mut inputs);
    // 296 files of the Chinese SDK and 156 of the English one, as `SOURCE.md` says.
    assert!(inputs.len() > 398, "{} inputs", inputs.len());
    for (path, input) in inputs {
        eprintln!("{}", path.display());
        tc_errors_tests::fuzz_checks::check_go_errors(&input);
    }
}

#[test]
fn sdk_names() {
    for (path, input) in seeds_and_findings("sdk_names") {
        eprintln!("{}", path.display());
        tc_errors_tests::fuzz_checks::check_sdk_names(&input);
    }
}
