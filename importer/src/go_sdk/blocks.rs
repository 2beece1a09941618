//! The `version "…" { … }` blocks of a catalog module: what each API version's actions
//! document.

use super::Service;
use std::fmt::Write as _;

/// The block of each version of `service`, oldest first, as lines of its module: each
/// action by name, `#[client_token]` before one whose request takes a `ClientToken`, its
/// codes in one literal; then `_ =>` with the codes the version declares that no action
/// lists, if any.
pub fn version_blocks(service: &Service) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail. Names and codes need no escape: their readers
    // took only ASCII letters, digits, `.` and `_`.
    for version in &service.versions {
        let _ = writeln!(out, "\n        version \"{}\" {{", version.version);
        for action in version.actions() {
            if action.client_token {
                out.push_str("            #[client_token]\n");
            }
            let codes = action.codes.join(" ");
            let _ = writeln!(out, "            {} => \"{codes}\",", action.name);
        }
        let unlisted = version.unlisted();
        if !unlisted.is_empty() {
            let _ = writeln!(out, "            _ => \"{}\",", unlisted.join(" "));
        }
        out.push_str("        }\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::go_sdk::{read_actions, read_go_errors, ApiVersion, SdkVersion, ServiceVersion};

    #[test]
    fn each_version_is_a_block_of_its_actions_then_its_unlisted_codes() {
        let version = |dir: &str, errors: &str, actions: &str| ServiceVersion {
            version: ApiVersion::from_dir(dir).unwrap(),
            chinese: Some(SdkVersion {
                table: read_go_errors(errors.as_bytes()).unwrap(),
                actions: read_actions(actions.as_bytes()).unwrap(),
            }),
            english: None,
        };
        let errors = "const (\n\t// x\n\tA = \"A.B\"\n\t// y\n\tC = \"C\"\n)\n";
        let service = Service {
            name: "tke".into(),
            versions: vec![
                version("v20180525", errors, "Run ClientToken: A.B\nDescribe:\n"),
                version("v20220501", errors, "Delete: A.B C\n"),
            ],
        };
        assert_eq!(
            version_blocks(&service),
            r#"
        version "2018-05-25" {
            Describe => "",
            #[client_token]
            Run => "A.B",
            _ => "C",
        }

        version "2022-05-01" {
            Delete => "A.B C",
        }
"#
        );
    }
}
