//! A service's API versions and actions on the command line: the action that `--action
//! NAME [--version V]` names, and actions by name over the versions that have them.

use crate::near::near_matches;
use crate::stderr::QUOTED_CHARS;
use std::collections::BTreeMap;
use tc_error_catalogs::Catalog;
use tc_errors::retry::is_read_only_action;
use tc_errors::Action;
use tc_errors_internals::escape::shortened;

/// How many actions a line names before `and N more`.
pub const NAMED_ACTIONS: usize = 5;

/// An action by name, over the versions of its catalog that have it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    /// The action's name, such as `RunInstances`.
    pub name: &'static str,
    /// The versions that have it, oldest first.
    pub versions: Vec<&'static str>,
    /// The versions in which its request takes a `ClientToken`.
    pub client_token: Vec<&'static str>,
}

impl Named {
    /// Whether the action only reads, by its name.
    pub fn is_read_only(&self) -> bool {
        is_read_only_action(self.name)
    }

    /// What `list --actions` says of it: `read-only`, `ClientToken` (with the versions
    /// when not every version takes one), both, or nothing.
    pub fn traits(&self) -> String {
        let mut traits = Vec::new();
        if self.is_read_only() {
            traits.push("read-only".to_owned());
        }
        if self.client_token == self.versions {
            traits.push("ClientToken".to_owned());
        } else if !self.client_token.is_empty() {
            traits.push(format!("ClientToken in {}", self.client_token.join(", ")));
        }
        traits.join(", ")
    }
}

/// `actions` by name, in name order, each with its versions in the order met (the
/// catalogs' order is oldest first).
pub fn by_name(actions: impl Iterator<Item = Action>) -> Vec<Named> {
    let mut named: BTreeMap<&'static str, Named> = BTreeMap::new();
    for action in actions {
        let entry = named.entry(action.name()).or_insert_with(|| Named {
            name: action.name(),
            versions: Vec::new(),
            client_token: Vec::new(),
        });
        entry.versions.push(action.version());
        if action.takes_client_token() {
            entry.client_token.push(action.version());
        }
    }
    named.into_values().collect()
}

/// The actions of `catalog` that document `code` (exactly or as an earlier spelling), by
/// name; none for a code the catalog does not declare.
pub fn documenting(catalog: &Catalog, code: &str) -> Vec<Named> {
    let table = catalog.table();
    match table.find(code) {
        Some(index) => by_name(table.documented_by(index)),
        None => Vec::new(),
    }
}

/// The API versions of `catalog`, oldest first, or the error line of a catalog that
/// declares none (the common and legacy sets, a service without action data).
pub fn versions(catalog: &Catalog) -> Result<Vec<&'static str>, String> {
    let versions: Vec<&str> = catalog.table().api_versions().collect();
    if versions.is_empty() {
        return Err(format!(
            "the {} catalog declares no API versions or actions",
            catalog.service
        ));
    }
    Ok(versions)
}

/// The action `name` of `catalog`, in `version` or else in the newest version that has
/// it; the error line says what the catalog has instead.
pub fn find(catalog: &Catalog, name: &str, version: Option<&str>) -> Result<Action, String> {
    let table = catalog.table();
    let service = catalog.service;
    let quoted = shortened(name, QUOTED_CHARS);
    let versions = versions(catalog)?;
    let found = match version {
        Some(version) => table.action_in(version, name),
        None => table.action(name),
    };
    if let Some(action) = found {
        return Ok(action);
    }
    if let Some(version) = version.filter(|&version| !versions.contains(&version)) {
        return Err(format!(
            "{service} has no API version \"{}\"; its versions are {}",
            shortened(version, QUOTED_CHARS),
            versions.join(", ")
        ));
    }
    let named = by_name(table.actions());
    if let Some(elsewhere) = named.iter().find(|action| action.name == name) {
        return Err(format!(
            "{service}'s API version {} has no action \"{quoted}\"; it is in {}",
            version.unwrap_or_default(),
            elsewhere.versions.join(", ")
        ));
    }
    let mut message = format!("{service} has no action \"{quoted}\"");
    let near = near_matches(name, named.iter().map(|action| action.name));
    if !near.is_empty() {
        message.push_str(&format!("; near matches: {}", near.join(", ")));
    }
    message.push_str(&format!(
        " (`tc-errors list {service} --actions` lists them)"
    ));
    Err(message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tc_error_catalogs::catalog;

    fn tke() -> Catalog {
        catalog("tke").expect("the tke catalog")
    }

    #[test]
    fn an_action_is_found_in_the_newest_version_that_has_it() {
        let tke = tke();
        let newest = tke.table().api_versions().last().unwrap();
        let describe = find(&tke, "DescribeClusters", None).unwrap();
        assert_eq!(describe.version(), newest);
        let old = find(&tke, "DescribeClusters", Some("2018-05-25")).unwrap();
        assert_eq!(old.version(), "2018-05-25");
    }

    #[test]
    fn what_is_not_there_is_an_error_that_says_what_is() {
        let tke = tke();
        let error = find(&tke, "DescribeClusters", Some("2019-01-01")).unwrap_err();
        assert!(
            error.starts_with(
                "tke has no API version \"2019-01-01\"; its versions are 2018-05-25, "
            ),
            "{error}"
        );
        let error = find(&tke, "DescribeClusterz", None).unwrap_err();
        assert!(
            error.starts_with(
                "tke has no action \"DescribeClusterz\"; near matches: DescribeClusters"
            ),
            "{error}"
        );
        assert!(
            error.ends_with("(`tc-errors list tke --actions` lists them)"),
            "{error}"
        );
        let only_old = by_name(tke.table().actions())
            .into_iter()
            .find(|action| action.versions == ["2018-05-25"])
            .expect("an action only the old version has");
        let newest = tke.table().api_versions().last().unwrap();
        let error = find(&tke, only_old.name, Some(newest)).unwrap_err();
        assert_eq!(
            error,
            format!(
                "tke's API version {newest} has no action \"{}\"; it is in 2018-05-25",
                only_old.name
            )
        );
        let common = catalog("common").unwrap();
        assert_eq!(
            find(&common, "RunInstances", None).unwrap_err(),
            "the common catalog declares no API versions or actions"
        );
    }

    #[test]
    fn actions_by_name_carry_their_versions_and_client_token() {
        let cvm = catalog("cvm").unwrap();
        let named = by_name(cvm.table().actions());
        let run = named
            .iter()
            .find(|action| action.name == "RunInstances")
            .unwrap();
        assert_eq!(run.traits(), "ClientToken");
        let describe = named
            .iter()
            .find(|action| action.name == "DescribeInstances")
            .unwrap();
        assert_eq!(describe.traits(), "read-only");
        assert!(named.windows(2).all(|pair| pair[0].name < pair[1].name));
        let split = Named {
            name: "CreateThing",
            versions: vec!["2018-05-25", "2022-05-01"],
            client_token: vec!["2022-05-01"],
        };
        assert_eq!(split.traits(), "ClientToken in 2022-05-01");
    }

    #[test]
    fn the_actions_that_document_a_code_are_named_once() {
        let tke = tke();
        let forbidden = documenting(&tke, "FailedOperation.ClusterForbiddenToDelete");
        assert!(!forbidden.is_empty());
        assert!(forbidden
            .iter()
            .all(|action| action.versions == ["2018-05-25"]));
        assert!(documenting(&tke, "No.Such.Code").is_empty());
    }
}
