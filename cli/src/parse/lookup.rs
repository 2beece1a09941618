//! Which catalogs describe an API error's code, and the kind and retry advice they give
//! it: the catalog of `--service`, or without it every API 3.0 catalog.

use crate::explain::declaring;
use tc_error_catalogs::{Catalog, Entry};
use tc_errors::{ErrorKind, RetryAdvice};

/// Where the kind comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindFrom {
    /// The catalog of `--service`, the common set, or every catalog that declares the
    /// code, which agree.
    Catalogs,
    /// No catalog searched declares the code: its category and words.
    CategoryAndWords,
    /// The services that declare it give it different kinds: its category and words,
    /// as for a code nobody declares, rather than one service's pick.
    Disagreement,
}

/// What the catalogs say about a code.
#[derive(Clone, Debug)]
pub struct Described {
    /// The catalog of `--service`; `None` when every catalog was searched.
    pub chosen: Option<Catalog>,
    /// The catalogs searched that declare the code, with their entries, the common set
    /// first.
    pub declared_by: Vec<(Catalog, Entry)>,
    /// Whether the code is one of the common codes any service may return.
    pub common: bool,
    /// Its kind.
    pub kind: ErrorKind,
    /// Where the kind comes from.
    pub kind_from: KindFrom,
    /// What to do about it, by its kind.
    pub advice: RetryAdvice,
}

impl Described {
    /// Looks `code` up in `chosen`, or without it in every catalog of `catalogs` but
    /// the legacy API 2.0 one (whose codes an API 3.0 body does not carry).
    pub fn of(code: &str, chosen: Option<Catalog>, catalogs: &[Catalog]) -> Described {
        let declared_by: Vec<(Catalog, Entry)> = match chosen {
            Some(catalog) => catalog
                .find(code)
                .map(|entry| (catalog, entry))
                .into_iter()
                .collect(),
            None => declaring(code, catalogs)
                .filter(|(catalog, _)| catalog.service != "legacy")
                .map(|(catalog, entry)| (*catalog, entry))
                .collect(),
        };
        // The common set is API 3.0's: an API 2.0 code is not one of them.
        let legacy = chosen.is_some_and(|catalog| catalog.service == "legacy");
        let common =
            !legacy && declaring(code, catalogs).any(|(catalog, _)| catalog.service == "common");
        let first = declared_by.first().map(|(_, entry)| entry);
        let agree = declared_by
            .iter()
            .all(|(_, entry)| first.is_none_or(|first| first.kind == entry.kind));
        let (kind, kind_from) = match first {
            // The common set's kind is the one every catalog shares for its codes.
            Some(entry) if agree || declared_by[0].0.service == "common" => {
                (entry.kind, KindFrom::Catalogs)
            }
            Some(_) => (ErrorKind::of_code(code), KindFrom::Disagreement),
            None => (ErrorKind::of_code(code), KindFrom::CategoryAndWords),
        };
        // The declared spelling: a renamed code's advice is its current name's.
        let canonical = first.map_or(code, |entry| entry.code);
        Described {
            chosen,
            common,
            kind,
            kind_from,
            advice: RetryAdvice::for_code(canonical, kind),
            declared_by,
        }
    }

    /// The description to show as the code's: the chosen catalog's, the common set's,
    /// or the one declaring catalog's; `None` when several services word it.
    pub fn description(&self) -> Option<&'static str> {
        match self.declared_by.as_slice() {
            [(_, entry), ..] if self.chosen.is_some() || self.in_common_catalog() => {
                Some(entry.description)
            }
            [(_, entry)] => Some(entry.description),
            _ => None,
        }
    }

    /// Whether the code is one of the SDKs' own (the `client` catalog declares it), which
    /// the API never sends.
    pub fn client_side(&self) -> bool {
        self.declared_by
            .iter()
            .any(|(catalog, _)| catalog.is_client_side())
    }

    /// Whether the common set is among the catalogs that declare it (always first).
    pub fn in_common_catalog(&self) -> bool {
        self.declared_by
            .first()
            .is_some_and(|(catalog, _)| catalog.service == "common")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tc_error_catalogs::{catalog, catalogs};
    use tc_errors::RetryClass;

    #[test]
    fn without_a_service_every_catalog_is_searched() {
        let all = catalogs();
        let busy = Described::of("InvalidDisk.Busy", None, &all);
        let services: Vec<&str> = busy.declared_by.iter().map(|(c, _)| c.service).collect();
        assert_eq!(services, ["cbs"]);
        assert_eq!(
            (busy.kind, busy.kind_from),
            (ErrorKind::Transient, KindFrom::Catalogs)
        );
        assert_eq!(busy.advice.class(), RetryClass::Transient);
        assert!(!busy.common);
        assert_eq!(
            busy.description(),
            Some("The cloud disk is busy. Try again later.")
        );
    }

    #[test]
    fn a_common_code_says_so_and_takes_the_common_kind() {
        let all = catalogs();
        let internal = Described::of("InternalError", None, &all);
        assert!(internal.common && internal.in_common_catalog());
        assert_eq!(internal.declared_by[0].0.service, "common");
        assert!(internal.declared_by.len() > 100);
        assert!(internal
            .declared_by
            .iter()
            .all(|(c, _)| c.service != "legacy"));
        assert_eq!(internal.kind, ErrorKind::Internal);
        assert!(internal.advice.requires_idempotent());
        assert_eq!(internal.description(), Some("Internal error."));
        // With a service, only that catalog is read, but the code is still common.
        let cbs = Described::of("InternalError", catalog("cbs"), &all);
        assert_eq!(cbs.declared_by.len(), 1);
        assert!(cbs.common && !cbs.in_common_catalog());
        let legacy = Described::of("InternalError", catalog("legacy"), &all);
        assert!(!legacy.common);
    }

    #[test]
    fn services_that_disagree_leave_the_kind_to_category_and_words() {
        let all = catalogs();
        let code = "FailedOperation.InnerError";
        let described = Described::of(code, None, &all);
        assert!(described.declared_by.len() > 1);
        let kinds: Vec<ErrorKind> = described.declared_by.iter().map(|(_, e)| e.kind).collect();
        assert!(kinds.iter().any(|&kind| kind != kinds[0]), "{kinds:?}");
        assert_eq!(described.kind_from, KindFrom::Disagreement);
        assert_eq!(described.kind, ErrorKind::of_code(code));
        assert_eq!(described.description(), None);
    }

    #[test]
    fn a_code_nobody_declares_is_classified_by_its_words() {
        let all = catalogs();
        let described = Described::of("RequestLimitExceeded.Brand.New", None, &all);
        assert!(described.declared_by.is_empty());
        assert_eq!(described.kind_from, KindFrom::CategoryAndWords);
        assert_eq!(described.advice.class(), RetryClass::Throttled);
    }
}
