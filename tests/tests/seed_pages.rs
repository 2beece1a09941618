//! Every row of every seed page is in its catalog, with the page's text (cleaned), in the
//! page's order.

use tc::{legacy::LegacyError, CommonError, ErrorCode};
use tc_error_catalogs::{
    cbs::CbsError, cloudaudit::CloudAuditError, emr::EmrError, organization::OrganizationError,
};
use tc_errors_importer as import;

fn page(name: &str) -> import::Page {
    let path = format!("{}/../catalogs/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    import::read(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The page's service rows are the catalog's first variants, in order, with the page's
/// descriptions; the rest of the catalog is the SDK's other codes and the common set.
fn check_service<E: ErrorCode>(name: &str) {
    let page = page(name);
    assert!(page.uses_common, "{name}");
    assert!(
        page.diagnostics.is_empty(),
        "{name}: {:?}",
        page.diagnostics
    );
    let declared = &E::ALL[..page.entries.len()];
    for (row, &variant) in page.entries.iter().zip(declared) {
        // A code Tencent renamed since is the variant's earlier spelling.
        assert_eq!(
            row.code.parse::<E>(),
            Ok(variant),
            "{name} line {}",
            row.line
        );
        assert!(
            variant.code() == row.code
                || matches!(tc::Code::<E>::parse(&row.code), tc::Code::Renamed(..)),
            "{name} line {}",
            row.line
        );
        assert_eq!(
            Some(variant.description()),
            row.english.as_deref(),
            "{name} line {}",
            row.line
        );
    }
    // After the page's rows come the codes of the SDK's table the page lacks, then the
    // common codes neither re-lists.
    let listed: Vec<&str> = page.entries.iter().map(|row| row.code.as_str()).collect();
    for &rest in &E::ALL[page.entries.len()..] {
        assert!(!listed.contains(&rest.code()), "{name}: {rest:?} twice");
    }
    for &common in CommonError::ALL {
        assert!(
            E::from_code(common.code()).is_some(),
            "{name} lacks {common}"
        );
    }
}

#[test]
fn service_pages() {
    check_service::<OrganizationError>("organization.md");
    check_service::<EmrError>("emr.md");
    check_service::<CbsError>("cbs.md");
    check_service::<CloudAuditError>("cloudaudit.md");
}

/// Counts the page's service rows by hand, independently of the importer: the table rows
/// after the service/business heading, less the header and the separator.
#[test]
fn no_row_is_lost() {
    for name in ["organization.md", "emr.md", "cbs.md", "cloudaudit.md"] {
        let path = format!("{}/../catalogs/pages/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let heading = [
            "### Service Error Codes",
            "### Business Error Codes",
            "### Business error codes",
        ]
        .into_iter()
        .find_map(|heading| text.find(heading))
        .unwrap();
        let service = &text[heading..];
        let rows = service.lines().filter(|line| line.starts_with('|')).count() - 2;
        assert_eq!(page(name).entries.len(), rows, "{name}");
    }
}

#[test]
fn the_legacy_page() {
    let page = page("legacy.html");
    let codes: Vec<&str> = page.entries.iter().map(|row| row.code.as_str()).collect();
    let declared: Vec<&str> = LegacyError::ALL.iter().map(|code| code.code()).collect();
    assert_eq!(codes, declared);
    for row in &page.entries {
        let code: LegacyError = row.code.parse().unwrap();
        if row.code != "AuthFailure" {
            assert_eq!(
                Some(code.description()),
                row.english.as_deref(),
                "line {}",
                row.line
            );
        }
    }
}
