//! The names a service directory gives its catalog — the module (`as_` for the keyword
//! `as`), the module's file and the cargo feature — and the check that each is clean and
//! no two services share one, so that a directory name never breaks the catalogs crate.

use std::collections::HashMap;
use std::fmt;
use tc_errors_internals::naming::is_valid_variant_name;

/// A service's module name: its own, with `_` added to a Rust keyword.
pub fn module_name(service: &str) -> String {
    if is_valid_variant_name(service) {
        service.to_owned()
    } else {
        format!("{service}_")
    }
}

/// Modules the catalogs crate has already, and the crates its code names by path: its
/// root re-exports every service module, which would shadow them.
const TAKEN_MODULES: &[&str] = &["alloc", "core", "registry", "services", "std", "tc_errors"];

/// Features every catalogs crate has: `default`, and `full`, which lists the services.
const TAKEN_FEATURES: &[&str] = &["default", "full"];

/// Why service directories cannot name catalogs; each names a directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameError {
    /// The name is not a lower-case ASCII letter followed by lower-case letters, digits
    /// and `_`, which is what a module, its file and a feature can all be.
    NotClean(String),
    /// The service's module is one the crate has already.
    TakenModule(String),
    /// The service's feature is one the crate has already.
    TakenFeature(String),
    /// Two services would share a module, its file and the registry's entry.
    SharedModule {
        /// The service that has the module first, in the order given.
        first: String,
        /// The service that would have it too.
        second: String,
        /// The module.
        module: String,
    },
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameError::NotClean(service) => write!(
                f,
                "service directory {service:?}: not a module and feature name (a lower-case \
                 ASCII letter, then lower-case letters, digits and `_`)"
            ),
            NameError::TakenModule(service) => write!(
                f,
                "service directory {service:?}: the catalogs crate has a module `{}` of its own",
                module_name(service)
            ),
            NameError::TakenFeature(service) => write!(
                f,
                "service directory {service:?}: the catalogs crate has a feature `{service}` of its own"
            ),
            NameError::SharedModule {
                first,
                second,
                module,
            } => write!(
                f,
                "service directories {first:?} and {second:?} would both be the module `{module}`"
            ),
        }
    }
}

impl std::error::Error for NameError {}

/// Checks that each service (by its directory's name) gives a clean module, file and
/// feature of its own, none of them one the crate has already: `taken_features` are the
/// features its `Cargo.toml` declares besides the generated ones.
pub fn check_names<'a>(
    services: impl IntoIterator<Item = &'a str>,
    taken_features: &[&str],
) -> Result<(), NameError> {
    let mut modules: HashMap<String, &str> = HashMap::new();
    for service in services {
        if !is_clean(service) {
            return Err(NameError::NotClean(service.to_owned()));
        }
        if TAKEN_FEATURES.contains(&service) || taken_features.contains(&service) {
            return Err(NameError::TakenFeature(service.to_owned()));
        }
        let module = module_name(service);
        if TAKEN_MODULES.contains(&module.as_str()) {
            return Err(NameError::TakenModule(service.to_owned()));
        }
        if let Some(first) = modules.insert(module.clone(), service) {
            return Err(NameError::SharedModule {
                first: first.to_owned(),
                second: service.to_owned(),
                module,
            });
        }
    }
    Ok(())
}

/// `[a-z][a-z0-9_]*`: a module name (with `_` after a keyword), a file name on any file
/// system, and a feature name.
fn is_clean(service: &str) -> bool {
    service.starts_with(|c: char| c.is_ascii_lowercase())
        && service
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(services: &[&str]) -> Result<(), NameError> {
        check_names(services.iter().copied(), &["serde"])
    }

    #[test]
    fn tencents_names_and_keywords_name_modules() {
        assert_eq!(check(&["cvm", "ai3d", "as", "type", "a_b"]), Ok(()));
        assert_eq!(module_name("as"), "as_");
        assert_eq!(module_name("cvm"), "cvm");
    }

    #[test]
    fn a_name_that_is_no_module_or_feature_is_refused() {
        for bad in [
            "a-b", "_", "__", "", "Cvm", "1a", "a.b", "a b", "ü", "../x", "a/b",
        ] {
            assert_eq!(check(&[bad]), Err(NameError::NotClean(bad.into())), "{bad}");
        }
    }

    #[test]
    fn names_the_crate_has_are_refused() {
        for feature in ["default", "full", "serde"] {
            assert_eq!(
                check(&["cvm", feature]),
                Err(NameError::TakenFeature(feature.into()))
            );
        }
        assert_eq!(check(&["std"]), Err(NameError::TakenModule("std".into())));
    }

    #[test]
    fn two_services_never_share_a_module() {
        for (first, second) in [("as", "as_"), ("type", "type_"), ("cvm", "cvm")] {
            let error = check(&["aaa", first, second]).unwrap_err();
            assert_eq!(
                error,
                NameError::SharedModule {
                    first: first.into(),
                    second: second.into(),
                    module: module_name(first),
                }
            );
            assert_eq!(
                error.to_string(),
                format!(
                    "service directories {first:?} and {second:?} would both be the module `{}`",
                    module_name(first)
                )
            );
        }
    }
}
