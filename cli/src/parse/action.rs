//! `parse --action NAME [--version V] [--client-token]`: the action the request called,
//! whether it documents the returned code, and whether the request counts as idempotent.

use super::advice::Advice;
use crate::actions;
use crate::json::ActionReport;
use crate::style::Style;
use std::io::{self, Write};
use tc_error_catalogs::Catalog;
use tc_errors::retry::{is_idempotent, is_read_only_action};
use tc_errors::Action;

/// The action a request called, as the command line names it.
#[derive(Clone, Debug)]
pub struct Called {
    /// The name given.
    pub name: String,
    /// The action in the `--service` catalog, or why it is not there.
    pub found: Result<Action, String>,
    /// Whether the request carried a `ClientToken`.
    pub client_token: bool,
}

impl Called {
    /// The action `name` of `catalog` (in `version`, or the newest that has it), called
    /// with or without a `ClientToken`.
    pub fn of(catalog: &Catalog, name: &str, version: Option<&str>, client_token: bool) -> Called {
        Called {
            name: name.to_owned(),
            found: actions::find(catalog, name, version),
            client_token,
        }
    }

    /// Whether the request counts as idempotent: the action is read-only (by its name,
    /// known to the catalog or not) or the request carried a `ClientToken`.
    pub fn is_idempotent(&self) -> bool {
        match &self.found {
            Ok(action) => action.is_idempotent(self.client_token),
            Err(_) => is_idempotent(&self.name, self.client_token),
        }
    }

    /// Why the request is idempotent or not, in a few words.
    pub fn why(&self) -> &'static str {
        match (is_read_only_action(&self.name), self.client_token) {
            (true, _) => "read-only",
            (false, true) => "sent with a ClientToken",
            (false, false) => "neither read-only nor sent with a ClientToken",
        }
    }

    /// Whether the action documents `code`; `None` when the catalog lacks the action.
    pub fn documents(&self, code: &str) -> Option<bool> {
        self.found
            .as_ref()
            .ok()
            .map(|action| action.documents_code(code))
    }

    /// Writes `action: NAME, API version V: [does not] document[s] this code;
    /// idempotent: yes (why)` after `indent` (the part on the code for an API error's
    /// `code` only); for an action the catalog lacks, why, and the idempotency by its name.
    pub fn write_line(
        &self,
        out: &mut impl Write,
        indent: &str,
        code: Option<&str>,
        style: Style,
    ) -> io::Result<()> {
        write!(out, "{indent}{} ", style.heading("action:"))?;
        match &self.found {
            Ok(action) => {
                write!(out, "{}, API version {}: ", action.name(), action.version())?;
                match code.map(|code| action.documents_code(code)) {
                    Some(true) => write!(out, "documents this code; ")?,
                    Some(false) => write!(out, "does not document this code; ")?,
                    None => {}
                }
                write!(out, "idempotent: ")?;
            }
            Err(why) => write!(out, "{why}; idempotent by its name: ")?,
        }
        let yes = if self.is_idempotent() { "yes" } else { "no" };
        writeln!(out, "{yes} ({})", self.why())
    }

    /// The `--json` fields; `code` is an API error's, whose documentation is reported,
    /// and `advice` the outcome's, which the request's idempotency settles.
    pub fn report(&self, code: Option<&str>, advice: Option<&Advice>) -> ActionReport<'_> {
        let found = self.found.as_ref().ok();
        ActionReport {
            action: &self.name,
            version: found.map(|action| action.version()),
            known: found.is_some(),
            error: self.found.as_ref().err().map(String::as_str),
            read_only: is_read_only_action(&self.name),
            takes_client_token: found.map(|action| action.takes_client_token()),
            sent_client_token: self.client_token,
            idempotent: self.is_idempotent(),
            documents_code: code.and_then(|code| self.documents(code)),
            retry: advice.map(|advice| advice.advice.should_retry(self.is_idempotent())),
            verdict: advice.map(|advice| advice.verdict().text()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tc_error_catalogs::catalog;

    #[test]
    fn idempotency_follows_the_name_and_the_token() {
        let cvm = catalog("cvm").unwrap();
        let run = Called::of(&cvm, "RunInstances", None, false);
        assert!(!run.is_idempotent());
        assert_eq!(run.why(), "neither read-only nor sent with a ClientToken");
        let run = Called::of(&cvm, "RunInstances", None, true);
        assert!(run.is_idempotent());
        let describe = Called::of(&cvm, "DescribeInstances", None, false);
        assert!(describe.is_idempotent());
        assert_eq!(describe.why(), "read-only");
        assert_eq!(
            describe.documents("InvalidInstanceId.Malformed"),
            Some(true)
        );
        assert_eq!(describe.documents("No.Such.Code"), Some(false));
        // An action the catalog lacks is judged by its name.
        let unknown = Called::of(&cvm, "DescribeBrandNewThings", None, false);
        assert!(unknown.found.is_err() && unknown.is_idempotent());
        assert_eq!(unknown.documents("InternalError"), None);
    }
}
