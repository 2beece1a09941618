//! The seed pages import cleanly, and what the importer makes of their odd rows.

use tc::legacy::LegacyError;
use tc::ErrorCode;
use tc_errors_importer::{self as import, Header, Severity};
use tc_errors_tests::seeds::renames;

/// A seed page and the header its module was imported with (the `import` command line
/// in the README says the same).
struct Seed {
    page: &'static [u8],
    service: &'static str,
    enum_name: &'static str,
    title: &'static str,
    api_version: &'static str,
}

const SEEDS: &[Seed] = &[
    Seed {
        page: include_bytes!("../../catalogs/pages/organization.md"),
        service: "organization",
        enum_name: "OrganizationError",
        title: "Tencent Cloud Organization",
        api_version: "2018-12-25",
    },
    Seed {
        page: include_bytes!("../../catalogs/pages/emr.md"),
        service: "emr",
        enum_name: "EmrError",
        title: "Elastic MapReduce",
        api_version: "2019-01-03",
    },
    Seed {
        page: include_bytes!("../../catalogs/pages/cbs.md"),
        service: "cbs",
        enum_name: "CbsError",
        title: "Cloud Block Storage",
        api_version: "2017-03-12",
    },
    Seed {
        page: include_bytes!("../../catalogs/pages/cloudaudit.md"),
        service: "cloudaudit",
        enum_name: "CloudAuditError",
        title: "CloudAudit",
        api_version: "2019-03-19",
    },
];

#[test]
fn every_seed_page_imports_without_a_diagnostic() {
    for seed in SEEDS {
        let mut page = import::read(seed.page).unwrap();
        assert_eq!(page.diagnostics, [], "{}", seed.service);
        // As the catalogs are generated: CBS 2017-03-12 moved some codes since its page.
        for (old, new) in renames(seed.service) {
            page.rename(&old, &new).unwrap();
        }
        let header = Header::new(seed.service, Some(seed.enum_name))
            .unwrap()
            .title(seed.title)
            .api_version(seed.api_version);
        assert!(page.render(&header).starts_with("//! "), "{}", seed.service);
    }
}

#[test]
fn a_hostile_page_gives_the_module_that_the_ui_test_compiles() {
    // `ui/pass/imported_hostile.rs` is this module followed by a `main` that checks it:
    // the UI test compiles it, where rustc denies raw bidirectional characters.
    let page = import::read(include_bytes!("../fixtures/pages/hostile.md")).unwrap();
    let header = Header::new("hostile", None)
        .unwrap()
        .title("Evil\u{202e} Title");
    let module = page.render(&header);
    let compiled = include_str!("../ui/pass/imported_hostile.rs");
    assert!(
        compiled.starts_with(&module) && compiled[module.len()..].starts_with("\n// Above: "),
        "ui/pass/imported_hostile.rs no longer starts with the imported module:\n{module}"
    );
    let skipped: Vec<usize> = page
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.severity == Severity::Skipped)
        .map(|diagnostic| diagnostic.line)
        .collect();
    assert_eq!(skipped, [13], "the code with an override is skipped");
}

#[test]
fn the_legacy_page_gives_every_legacy_code() {
    let page = import::read(include_bytes!("../../catalogs/pages/legacy.html")).unwrap();
    assert!(
        !page.uses_common,
        "the legacy codes are not API 3.0's common set"
    );
    let imported: Vec<&str> = page
        .entries
        .iter()
        .map(|entry| entry.code.as_str())
        .collect();
    let legacy: Vec<&str> = LegacyError::ALL.iter().map(|code| code.code()).collect();
    assert_eq!(imported, legacy);

    // The page lists `AuthFailure` three times: one entry keeps all three texts, and the
    // two repeats are reported.
    let auth = &page.entries[2];
    assert_eq!(auth.code, "AuthFailure");
    assert!(auth
        .english
        .as_deref()
        .unwrap()
        .contains("to access the API."));
    assert_eq!(auth.docs.len(), 3, "{:?}", auth.docs);
    assert!(auth.docs[1].contains("to access the specific resource."));
    assert!(auth.docs[2].contains("the current API is working with."));
    let repeats: Vec<(usize, Severity)> = page
        .diagnostics
        .iter()
        .map(|diagnostic| (diagnostic.line, diagnostic.severity))
        .collect();
    // Line 6: the table is under "Common Error Codes", but its codes are not the
    // runtime's common set, so its rows are entries; lines 28 and 33: the repeats.
    assert_eq!(
        repeats,
        [
            (6, Severity::Note),
            (28, Severity::Note),
            (33, Severity::Note)
        ]
    );

    // The HTML is gone from descriptions; the "Error Type" column is a doc line.
    let signature = &page.entries[1];
    assert_eq!(
        signature.english.as_deref(),
        Some(LegacyError::InvalidParameterSignatureFailure.description())
    );
    assert_eq!(signature.docs, ["Error type: Authentication failed."]);
}

#[test]
fn mojibake_is_repaired_in_the_organization_page() {
    let text = String::from_utf8_lossy(SEEDS[0].page);
    assert!(text.contains("youâ€™ve"), "the seed page has the mojibake");
    // The common table of the page is the runtime's, so check the repair row by row: read
    // the page again with that table's heading made a service heading.
    let as_service = text.replace("### Common Error Codes", "### Service Error Codes");
    let page = import::read(as_service.as_bytes()).unwrap();
    let signature = page
        .entries
        .iter()
        .find(|entry| entry.code == "AuthFailure.SignatureFailure")
        .unwrap();
    assert_eq!(
        signature.english.as_deref(),
        Some(tc::CommonError::AuthFailureSignatureFailure.description())
    );
}

#[test]
fn a_page_cut_anywhere_is_read_without_a_panic() {
    let legacy: &[u8] = include_bytes!("../../catalogs/pages/legacy.html");
    let pages = SEEDS.iter().map(|seed| seed.page).chain([legacy]);
    for page in pages {
        // Every 17th byte keeps the test quick; cuts inside a UTF-8 sequence are included.
        for end in (0..page.len()).step_by(17) {
            // An error (no table, not text) is an answer too; only a panic is wrong.
            if let Ok(read) = import::read(&page[..end]) {
                for entry in &read.entries {
                    assert!(!entry.code.is_empty());
                    // A cut row may lose its text, never keep an empty one.
                    assert_ne!(entry.english.as_deref(), Some(""));
                }
            }
        }
    }
}
