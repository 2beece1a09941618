//! Every catalog of `tc-error-catalogs` is its sources imported: regenerating from
//! `catalogs/sources/go-sdk/` and `catalogs/pages/` changes no file, and the generated
//! catalogs behave at scale.

use std::path::{Path, PathBuf};
use tc::ErrorCode;
use tc::{Code, Language};
use tc_error_catalogs::catalogs;
use tc_errors_importer::go_sdk::GoTable;
use tc_errors_importer::sdk;
use tc_errors_internals::links::{self, Site};

fn catalogs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalogs")
}

fn services() -> Vec<sdk::Service> {
    let sources = catalogs_dir().join("sources/go-sdk");
    let read = sdk::read_sdks(&sources.join("zh"), &sources.join("en"), u64::MAX).unwrap();
    assert_eq!(read.not_versions, Vec::<PathBuf>::new());
    read.services
}

#[test]
fn every_generated_file_is_its_sources_imported() {
    let dir = catalogs_dir();
    let seeds = sdk::read_seeds(&dir.join("pages/seeds.tsv"), u64::MAX).unwrap();
    let cargo_toml = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let services = services();
    assert!(services.len() >= 250, "{} services", services.len());
    let files = sdk::generate(&services, &seeds, &cargo_toml).unwrap();
    for (path, contents) in &files {
        let on_disk = std::fs::read_to_string(dir.join(path)).unwrap_or_default();
        assert!(
            on_disk == *contents,
            "{} is not its sources imported: run `cargo run -- import-sdk catalogs/sources/go-sdk/zh catalogs/sources/go-sdk/en`",
            path.display()
        );
    }
    // No module is left over from a service the SDK dropped.
    let modules = std::fs::read_dir(dir.join("src/services")).unwrap().count();
    assert_eq!(modules, services.len());
}

#[test]
fn every_code_of_every_catalog_round_trips_with_the_sources_texts() {
    let services = services();
    let by_name: std::collections::HashMap<&str, &sdk::Service> =
        services.iter().map(|s| (s.name.as_str(), s)).collect();
    let mut codes = 0;
    for catalog in catalogs() {
        for entry in catalog.entries() {
            codes += 1;
            let found = catalog.find(entry.code).expect("a code finds itself");
            assert_eq!(found, entry, "{} {}", catalog.service, entry.code);
        }
        let Some(service) = by_name.get(catalog.service) else {
            continue;
        };
        // Each code of the newest version's Chinese table has its Chinese text (unless
        // it only repeats the code), in the catalog that declares it; so has each code of
        // the English table of a version only the English SDK has.
        let newest = service.versions.last().expect("a service has a version");
        match &newest.chinese {
            Some(chinese) => assert_texts(&catalog, &chinese.table, Site::Chinese),
            None => {
                let english = newest.english.as_ref().expect("a version is in an SDK");
                assert_texts(&catalog, &english.table, Site::English)
            }
        }
    }
    assert!(codes > 15_000, "{codes} codes");
}

/// Every code of `table` is in `catalog`, with the table's text in the language of
/// `site`, as plain text (unless the text only repeats the code, or needed cleaning).
fn assert_texts(catalog: &tc_error_catalogs::Catalog, table: &GoTable, site: Site) {
    let text = |entry: &tc_error_catalogs::Entry| match site {
        Site::Chinese => entry.chinese,
        Site::English => entry.english,
    };
    for code in &table.codes {
        let entry = catalog
            .find(&code.code)
            .expect("every SDK code is declared");
        let expected = code
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty() && *t != code.code);
        if let (Some(expected), false) = (
            expected,
            expected.is_some_and(|t| t.chars().any(char::is_control) || t.contains("  ")),
        ) {
            assert_eq!(
                text(&entry),
                Some(&*links::plain(expected, site)),
                "{} {}",
                catalog.service,
                code.code
            );
        }
    }
}

#[test]
fn the_seed_services_keep_every_page_row_and_the_renames() {
    use tc_error_catalogs::cbs::CbsError;
    for old in [
        "AutoSnapshotPolicyOutOfQuota",
        "ZoneNotMatch",
        "InvalidDisk.NotSupportRefund",
        "InvalidDisk.RepeatRefund",
    ] {
        let code: Code<CbsError> = Code::parse(old);
        assert!(matches!(code, Code::Renamed(..)), "{old}");
        assert_eq!(code.as_str(), old);
    }
    let busy = CbsError::InvalidDiskBusy;
    assert_eq!(
        busy.description_in(Language::English),
        Some("The cloud disk is busy. Try again later.")
    );
    assert!(busy.description_in(Language::Chinese).is_some());
    assert!(CbsError::ALL.len() > 77);
}
