//! No crate of the workspace may use `unsafe`, and no later change may quietly allow it.
//!
//! The guarantee is the workspace lint `unsafe_code = "forbid"`: cargo passes it to rustc
//! for every target of every package that inherits the workspace's lints — library,
//! binaries, tests, benches, examples — and writes it into each published manifest. This
//! test checks that it stays so for every package cargo lists, including packages added
//! later, and that every library and binary root also says `#![forbid(unsafe_code)]`,
//! so that the promise is visible in the source itself.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// `cargo metadata` of the workspace's own packages.
fn metadata() -> Value {
    let output = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--no-deps",
            "--format-version",
            "1",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("cargo metadata is JSON")
}

/// Whether `manifest` has `workspace = true` in its `[lints]` table.
fn inherits_workspace_lints(manifest: &str) -> bool {
    table_lines(manifest, "[lints]").any(|line| is_assignment(line, "workspace", "true"))
}

/// Whether `manifest` forbids `unsafe_code` for the workspace.
fn forbids_unsafe_for_the_workspace(manifest: &str) -> bool {
    table_lines(manifest, "[workspace.lints.rust]")
        .any(|line| is_assignment(line, "unsafe_code", "\"forbid\""))
}

/// The lines of the TOML table `header`, up to the next table.
fn table_lines<'a>(manifest: &'a str, header: &'a str) -> impl Iterator<Item = &'a str> {
    manifest
        .lines()
        .map(str::trim)
        .skip_while(move |line| *line != header)
        .skip(1)
        .take_while(|line| !line.starts_with('['))
}

fn is_assignment(line: &str, key: &str, value: &str) -> bool {
    line.split_once('=')
        .is_some_and(|(k, v)| k.trim() == key && v.trim() == value)
}

#[test]
fn the_workspace_forbids_unsafe_code() {
    let metadata = metadata();
    let root = metadata["workspace_root"]
        .as_str()
        .expect("a workspace root");
    let root_manifest = std::fs::read_to_string(Path::new(root).join("Cargo.toml"))
        .expect("the workspace manifest");
    assert!(
        forbids_unsafe_for_the_workspace(&root_manifest),
        "Cargo.toml: [workspace.lints.rust] must say unsafe_code = \"forbid\""
    );

    let packages = metadata["packages"].as_array().expect("packages");
    assert!(packages.len() >= 4, "{} packages", packages.len());
    let mut roots = 0;
    for package in packages {
        let manifest_path = package["manifest_path"].as_str().expect("a manifest path");
        let manifest = std::fs::read_to_string(manifest_path).expect("a manifest");
        assert!(
            inherits_workspace_lints(&manifest),
            "{manifest_path}: needs `[lints]` with `workspace = true`"
        );
        for target in package["targets"].as_array().expect("targets") {
            let kinds = target["kind"].as_array().expect("target kinds");
            let is_root = kinds
                .iter()
                .any(|kind| matches!(kind.as_str(), Some("lib" | "proc-macro" | "bin")));
            if !is_root {
                continue;
            }
            let src_path = target["src_path"].as_str().expect("a source path");
            let source = std::fs::read_to_string(src_path).expect("a crate root");
            assert!(
                source.contains("#![forbid(unsafe_code)]"),
                "{src_path}: needs #![forbid(unsafe_code)]"
            );
            roots += 1;
        }
    }
    assert!(roots >= 5, "{roots} library and binary roots");
}

#[test]
fn the_manifest_checks_read_tables() {
    let inherits = "[package]\nname = \"x\"\n\n[lints]\nworkspace = true\n";
    assert!(inherits_workspace_lints(inherits));
    assert!(!inherits_workspace_lints(
        "[lints]\n\n[dependencies]\nworkspace = true\n"
    ));
    assert!(!inherits_workspace_lints("[lints]\nworkspace = false\n"));
    let root = "[workspace.lints.rust]\nunsafe_code = \"forbid\"\nmissing_docs = \"warn\"\n";
    assert!(forbids_unsafe_for_the_workspace(root));
    assert!(!forbids_unsafe_for_the_workspace(
        "[workspace.lints.rust]\nunsafe_code = \"deny\"\n"
    ));
}
