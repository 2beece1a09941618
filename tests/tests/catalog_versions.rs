//! Every API version and action of the sources (`catalogs/sources/go-sdk/`) reaches the
//! catalogs' API: each (version, action, code) triple is found again, each action with
//! its `ClientToken`; each code of each version parses to its variant, knows that version
//! and keeps its texts.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;
use tc::{CodeTable, Language};
use tc_error_catalogs::Catalog;
use tc_errors_importer::sdk::{self, Action, Service};
use tc_errors_internals::links::{self, Site};

fn sources() -> Vec<Service> {
    let sources = Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalogs/sources/go-sdk");
    let read = sdk::read_sdks(&sources.join("zh"), &sources.join("en"), u64::MAX).unwrap();
    assert!(read.not_versions.is_empty(), "{:?}", read.not_versions);
    read.services
}

fn catalog(service: &Service) -> Catalog {
    tc_error_catalogs::catalog(&service.name)
        .unwrap_or_else(|| panic!("no catalog for `{}`", service.name))
}

/// The actions of a version as the sources give them: the Chinese SDK's, and the English
/// SDK's that the Chinese SDK lacks.
fn source_actions(version: &sdk::ServiceVersion) -> Vec<&Action> {
    let chinese: Vec<&Action> = version.chinese.iter().flat_map(|s| &s.actions).collect();
    let names: HashSet<&str> = chinese.iter().map(|a| a.name.as_str()).collect();
    let english = (version.english.iter().flat_map(|s| &s.actions))
        .filter(|action| !names.contains(action.name.as_str()));
    chinese.into_iter().chain(english).collect()
}

#[test]
fn every_version_action_and_code_of_the_sources_is_found_again() {
    let (mut actions, mut triples, mut client_token) = (0, 0, 0);
    for service in sources() {
        let table: &'static CodeTable = catalog(&service).table();
        let versions: Vec<String> = service
            .versions
            .iter()
            .map(|v| v.version.to_string())
            .collect();
        assert_eq!(
            table.api_versions().collect::<Vec<_>>(),
            versions,
            "{}",
            service.name
        );
        // (code, version, action) for every triple, to compare with each code's actions.
        let mut documented: HashMap<&str, BTreeSet<(&str, &str)>> = HashMap::new();
        for (version, v) in service.versions.iter().zip(&versions) {
            let expected = source_actions(version);
            for action in &expected {
                let at = format!("{} {v} {}", service.name, action.name);
                let found = table.action_in(v, &action.name).expect(&at);
                assert_eq!(
                    (found.version(), found.name()),
                    (v.as_str(), action.name.as_str())
                );
                assert_eq!(found.takes_client_token(), action.client_token, "{at}");
                let codes: Vec<&str> = found.code_indices().map(|i| table.code(i)).collect();
                assert_eq!(codes, action.codes, "{at}");
                for code in &action.codes {
                    assert!(found.documents_code(code), "{at} {code}");
                    documented
                        .entry(code)
                        .or_default()
                        .insert((v, &action.name));
                }
                actions += 1;
                triples += action.codes.len();
                client_token += usize::from(action.client_token);
            }
            let in_catalog = table.actions().filter(|a| a.version() == v).count();
            assert_eq!(in_catalog, expected.len(), "{} {v}", service.name);
        }
        for (code, expected) in documented {
            let index = table.find(code).expect(code);
            let found: BTreeSet<(&str, &str)> = table
                .documented_by(index)
                .map(|action| (action.version(), action.name()))
                .collect();
            assert_eq!(found, expected, "{} {code}", service.name);
        }
    }
    // The counts the sources hold (SOURCE.md): 15,210 actions of the Chinese SDK with
    // 136,057 codes, and the English SDK's own.
    assert!(actions > 15_210, "{actions} actions");
    assert!(triples > 136_057, "{triples} triples");
    assert!(
        client_token > 78,
        "{client_token} actions take a ClientToken"
    );
}

#[test]
fn every_code_of_every_version_parses_to_its_variant_with_its_versions_and_texts() {
    let seeds = sdk::read_seeds(Path::new(tc_errors_tests::seeds::SEEDS_TSV), u64::MAX).unwrap();
    let mut codes = 0;
    for service in sources() {
        let table = catalog(&service).table();
        // A seed page's rows keep the page's text (`generated_catalogs.rs` checks them),
        // under the code's current spelling.
        let mut page_codes: HashSet<String> = HashSet::new();
        for seed in seeds.iter().filter(|seed| seed.service == service.name) {
            let page = tc_errors_importer::read(&seed.page).unwrap();
            page_codes.extend(page.entries.into_iter().map(|entry| entry.code));
            page_codes.extend(seed.renames.iter().map(|(_, new)| new.clone()));
        }
        for version in &service.versions {
            let v = version.version.to_string();
            let chinese: SdkOf = |version| &version.chinese;
            let english: SdkOf = |version| &version.english;
            for (sdk_of, language) in [(chinese, Language::Chinese), (english, Language::English)] {
                for code in sdk_of(version).iter().flat_map(|sdk| &sdk.table.codes) {
                    let name = &code.code;
                    let index = table.find(name).expect(name);
                    assert_eq!(table.code(index), name);
                    assert!(
                        table.code_versions(index).any(|version| version == v),
                        "{} {name} is not in {v}",
                        service.name
                    );
                    codes += 1;
                    if page_codes.contains(name) {
                        continue;
                    }
                    let newest = newest_text(&service.versions, sdk_of, name);
                    if let Some(text) = newest {
                        // The table holds the plain text (links as text and URL).
                        let site = match language {
                            Language::Chinese => Site::Chinese,
                            _ => Site::English,
                        };
                        assert_eq!(
                            table.text(index, language),
                            Some(&*links::plain(text, site)),
                            "{} {name} {language:?}",
                            service.name
                        );
                    }
                }
            }
        }
    }
    assert!(codes > 16_000, "{codes} codes");
}

/// What one SDK has of a version.
type SdkOf = fn(&sdk::ServiceVersion) -> &Option<sdk::SdkVersion>;

/// The text of `code` in the newest of `versions` whose SDK (`sdk_of`) gives it one,
/// when that text is as the catalog keeps it (no text that only repeats the code; none
/// that the importer had to clean, which its own tests cover).
fn newest_text<'a>(
    versions: &'a [sdk::ServiceVersion],
    sdk_of: SdkOf,
    code: &str,
) -> Option<&'a str> {
    let text = (versions.iter().rev())
        .filter_map(|version| sdk_of(version).as_ref())
        .flat_map(|sdk| &sdk.table.codes)
        .filter(|c| c.code == code)
        .find_map(|c| c.text.as_deref().filter(|text| *text != code))?;
    let clean = !text.chars().any(char::is_control) && !text.contains("  ");
    clean.then_some(text)
}
