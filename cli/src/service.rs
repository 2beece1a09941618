//! Service names on the command line (`list SERVICE`, `--service NAME`): the catalog
//! each names, an error that names the near ones for a typo, and the names that the
//! completion scripts offer.

use crate::near::near_names;
use crate::stderr::QUOTED_CHARS;
use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};
use std::ffi::OsStr;
use tc_error_catalogs::{catalog_in, catalogs, Catalog};
use tc_errors_internals::escape::shortened;

/// The catalog of `catalogs` named `name` (in any case), or the error line: the name,
/// quoted short and escaped, then the near names or, when none is near, every name.
pub fn find(catalogs: &[Catalog], name: &str) -> Result<Catalog, String> {
    catalog_in(catalogs, name).map_err(|_| {
        let quoted = shortened(name, QUOTED_CHARS);
        let names = catalogs.iter().map(|catalog| catalog.service);
        let near = near_names(name, names.clone());
        if near.is_empty() {
            let every: Vec<&str> = names.collect();
            format!(
                "no catalog named \"{quoted}\"; the catalogs are {}",
                every.join(", ")
            )
        } else {
            format!(
                "no catalog named \"{quoted}\"; near matches: {} (`tc-errors list` names \
                 every catalog)",
                near.join(", ")
            )
        }
    })
}

/// The catalogs of `catalogs` that `names` name, in the order given, without repeats;
/// every catalog when `names` is empty. The error is [`find`]'s for the first unknown
/// name.
pub fn chosen(catalogs: &[Catalog], names: &[String]) -> Result<Vec<Catalog>, String> {
    if names.is_empty() {
        return Ok(catalogs.to_vec());
    }
    let mut chosen: Vec<Catalog> = Vec::with_capacity(names.len());
    for name in names {
        let catalog = find(catalogs, name)?;
        if !chosen.iter().any(|known| known.service == catalog.service) {
            chosen.push(catalog);
        }
    }
    Ok(chosen)
}

/// How clap reads a service name: any text (an unknown name is [`find`]'s error, with
/// its near matches, and each subcommand's exit status), offering every catalog's name
/// as a possible value, which the completion scripts complete. Arguments read with it
/// hide the possible values from `--help`: there are hundreds.
#[derive(Clone, Copy, Debug)]
pub struct NameParser;

impl TypedValueParser for NameParser {
    type Value = String;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(command, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let names = catalogs()
            .into_iter()
            .map(|catalog| PossibleValue::new(catalog.service));
        Some(Box::new(names))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_names_the_near_services() {
        let error = find(&catalogs(), "cmv").unwrap_err();
        assert!(
            error.starts_with("no catalog named \"cmv\"; near matches: "),
            "{error}"
        );
        assert!(error.contains("cvm"), "{error}");
        assert!(
            error.ends_with("(`tc-errors list` names every catalog)"),
            "{error}"
        );
    }

    #[test]
    fn a_name_nothing_is_near_lists_every_catalog() {
        let error = find(&catalogs(), "nope").unwrap_err();
        assert!(
            error.starts_with("no catalog named \"nope\"; the catalogs are common, legacy, "),
            "{error}"
        );
    }

    #[test]
    fn a_long_or_hostile_name_is_quoted_short_and_escaped() {
        let long = format!("{}\u{1b}[2J{}", "x".repeat(130_000), "y".repeat(10));
        let error = find(&catalogs(), &long).unwrap_err();
        assert!(error.len() < 2_000, "{} bytes", error.len());
        assert!(error.contains('…'), "{error}");
        let error = find(&catalogs(), "cvm\u{202e}").unwrap_err();
        assert!(
            error.starts_with("no catalog named \"cvm\\u{202e}\""),
            "{error}"
        );
    }

    #[test]
    fn names_are_found_in_any_case_once_each() {
        let all = catalogs();
        assert_eq!(find(&all, "CBS").map(|c| c.service), Ok("cbs"));
        let names = ["cvm".to_owned(), "CBS".to_owned(), "cvm".to_owned()];
        let services: Vec<&str> = chosen(&all, &names)
            .unwrap()
            .iter()
            .map(|catalog| catalog.service)
            .collect();
        assert_eq!(services, ["cvm", "cbs"]);
        assert_eq!(chosen(&all, &[]).unwrap().len(), all.len());
    }
}
