//! Every catalog compiled into this crate, behind one non-generic type, for tools that
//! search them all (the `tc-errors` binary).

use tc_errors::{CodeTable, CommonError, ErrorCode, ErrorKind, Language, RetryAdvice};

/// One code of a catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The code, such as `InvalidDisk.Busy`.
    pub code: &'static str,
    /// The catalog's description of it: the English text, else the Chinese, else `""`.
    pub description: &'static str,
    /// The English text, if the service publishes one.
    pub english: Option<&'static str>,
    /// The Chinese text, if the service publishes one.
    pub chinese: Option<&'static str>,
    /// Its kind.
    pub kind: ErrorKind,
}

impl Entry {
    /// The entry of the variant at `index` of `table`: one non-generic function for
    /// every catalog, so that listing 250 catalogs compiles this code once.
    fn at(table: &CodeTable, index: usize) -> Entry {
        let english = table.text(index, Language::English);
        let chinese = table.text(index, Language::Chinese);
        Entry {
            code: table.code(index),
            description: english.or(chinese).unwrap_or_default(),
            english,
            chinese,
            kind: table.kind(index),
        }
    }

    /// What to do about an API error with this code: the runtime's advice for its code
    /// and kind.
    pub fn retry_advice(&self) -> RetryAdvice {
        RetryAdvice::for_code(self.code, self.kind)
    }
}

/// A catalog: a service's error codes, or the common or legacy set.
#[derive(Clone, Copy, Debug)]
pub struct Catalog {
    /// The short service name, as in API endpoints (`cbs`), or `common` / `legacy`.
    pub service: &'static str,
    /// The enum's path, such as `tc_error_catalogs::cbs::CbsError`.
    pub enum_path: &'static str,
    table: &'static CodeTable,
}

impl Catalog {
    pub(crate) const fn new(
        service: &'static str,
        enum_path: &'static str,
        table: &'static CodeTable,
    ) -> Catalog {
        Catalog {
            service,
            enum_path,
            table,
        }
    }

    /// The entry with exactly this code or earlier spelling, if the catalog declares it.
    pub fn find(&self, code: &str) -> Option<Entry> {
        self.table
            .find(code)
            .map(|index| Entry::at(self.table, index))
    }

    /// Whether its codes are the SDKs' own, for failures on the client's side, which the
    /// API never sends (`tc_errors::client::ClientError`).
    pub fn is_client_side(&self) -> bool {
        self.service == "client"
    }

    /// The catalog's tables: its codes by index, its API versions and their actions
    /// ([`CodeTable::actions`] and its siblings).
    pub fn table(&self) -> &'static CodeTable {
        self.table
    }

    /// Every entry, in declaration order.
    pub fn entries(&self) -> Vec<Entry> {
        (0..self.table.len())
            .map(|index| Entry::at(self.table, index))
            .collect()
    }
}

/// Every catalog compiled in: the common set, the legacy API 2.0 set, the SDKs'
/// client-side codes, then the services in alphabetical order.
pub fn catalogs() -> Vec<Catalog> {
    let builtin = [
        Catalog::new("common", "tc_errors::CommonError", CommonError::CODE_TABLE),
        Catalog::new(
            "legacy",
            "tc_errors::legacy::LegacyError",
            tc_errors::legacy::LegacyError::CODE_TABLE,
        ),
        Catalog::new(
            "client",
            "tc_errors::client::ClientError",
            tc_errors::client::ClientError::CODE_TABLE,
        ),
    ];
    builtin
        .into_iter()
        .chain(crate::services::SERVICES.iter().copied())
        .collect()
}

/// The catalog compiled in for `service` (`common`, `legacy`, `cbs`, …), if any.
pub fn catalog(service: &str) -> Option<Catalog> {
    catalog_in(&catalogs(), service).ok()
}

/// The catalog of `catalogs` for `service` (in any case: `CBS` is `cbs`), or an error
/// that names the ones there are.
pub fn catalog_in(catalogs: &[Catalog], service: &str) -> Result<Catalog, UnknownService> {
    catalogs
        .iter()
        .find(|catalog| catalog.service.eq_ignore_ascii_case(service))
        .copied()
        .ok_or_else(|| UnknownService {
            service: service.to_owned(),
            known: catalogs.iter().map(|catalog| catalog.service).collect(),
        })
}

/// No catalog has the service name asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownService {
    service: String,
    known: Vec<&'static str>,
}

impl std::fmt::Display for UnknownService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "no catalog named {:?}; the catalogs are {}",
            self.service,
            self.known.join(", ")
        )
    }
}

impl std::error::Error for UnknownService {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_finds_its_own_entries() {
        for catalog in catalogs() {
            let entries = catalog.entries();
            assert!(!entries.is_empty(), "{}", catalog.service);
            for entry in entries {
                assert_eq!(catalog.find(entry.code), Some(entry));
            }
        }
    }

    #[test]
    fn a_catalog_is_found_by_its_service() {
        assert_eq!(
            catalog("legacy").map(|c| c.enum_path),
            Some("tc_errors::legacy::LegacyError")
        );
        assert!(catalog("nope").is_none());
        assert_eq!(catalog("CBS").map(|c| c.service), Some("cbs"));
    }

    #[test]
    fn only_the_sdks_codes_are_client_side() {
        let client: Vec<_> = catalogs()
            .into_iter()
            .filter(Catalog::is_client_side)
            .collect();
        assert_eq!(client.len(), 1);
        let network = client[0].find("ClientError.NetworkError").unwrap();
        assert_eq!(network.kind, ErrorKind::Network);
        assert!(network.retry_advice().requires_idempotent());
    }

    #[test]
    fn services_are_unique() {
        let mut services: Vec<_> = catalogs().iter().map(|c| c.service).collect();
        let count = services.len();
        services.sort_unstable();
        services.dedup();
        assert_eq!(services.len(), count);
    }
}
