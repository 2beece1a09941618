//! API versions and actions from the command line: which actions document a code, what
//! an action can return, and whether a failed request of it may be sent again.

use super::*;
use serde_json::Value;

const INTERNAL_ERROR: &[u8] =
    br#"{"Response":{"Error":{"Code":"InternalError","Message":"x"},"RequestId":"r"}}"#;

#[test]
fn explain_names_the_actions_of_a_service_and_lists_them_with_actions() {
    let code = "FailedOperation.ClusterForbiddenToDelete";
    let text = stdout(&tc_errors(&["explain", code, "--lang", "en"]));
    assert!(
        text.contains("\n    actions: 1 documents it: DeleteCluster\n"),
        "{text}"
    );
    let listed = stdout(&tc_errors(&["explain", code, "--actions"]));
    assert!(
        listed.ends_with("    actions: 1 documents it:\n        DeleteCluster  2018-05-25\n"),
        "{listed}"
    );
    let json: Value =
        serde_json::from_str(&stdout(&tc_errors(&["explain", code, "--json"]))).unwrap();
    let tke = &json["catalogs"][0];
    assert_eq!(tke["service"], "tke");
    assert_eq!(tke["versions"], serde_json::json!(["2018-05-25"]));
    assert_eq!(
        tke["actions"],
        serde_json::json!([{"action": "DeleteCluster", "version": "2018-05-25", "read_only": false, "client_token": false}])
    );
}

#[test]
fn list_shows_a_services_actions_and_an_actions_codes() {
    let output = tc_errors(&["list", "tke", "--actions"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.starts_with("tke: API versions 2018-05-25, "), "{text}");
    assert!(
        text.lines()
            .any(|line| line.starts_with("DeleteCluster ") && line.contains("2018-05-25")),
        "{text}"
    );

    let output = tc_errors(&["list", "cvm", "--action", "RunInstances", "--lang", "en"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(
        text.starts_with("RunInstances in cvm, API version 2017-03-12: takes a ClientToken; "),
        "{text}"
    );
    let json: Value = serde_json::from_str(&stdout(&tc_errors(&[
        "list",
        "cvm",
        "--action",
        "RunInstances",
        "--json",
    ])))
    .unwrap();
    assert_eq!(json["client_token"], true);
    assert_eq!(
        text.lines().count(),
        json["codes"].as_array().unwrap().len() + 1
    );

    let old = tc_errors(&[
        "list",
        "tke",
        "--action",
        "DescribeClusters",
        "--version",
        "2018-05-25",
    ]);
    assert!(
        stdout(&old).starts_with("DescribeClusters in tke, API version 2018-05-25: read-only; ")
    );
}

#[test]
fn what_a_service_lacks_is_one_error_line() {
    let output = tc_errors(&["list", "cvm", "--action", "RunInstance"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(error_line(&output)
        .starts_with("tc-errors: cvm has no action \"RunInstance\"; near matches: RunInstances"),);
    let output = tc_errors(&[
        "list",
        "cvm",
        "--action",
        "RunInstances",
        "--version",
        "2020-01-01",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        error_line(&output),
        "tc-errors: cvm has no API version \"2020-01-01\"; its versions are 2017-03-12"
    );
    let output = tc_errors(&["list", "common", "--actions"]);
    assert_eq!(output.status.code(), Some(1));
    // --version needs --action, --actions a service, --action of parse a --service.
    for args in [
        &["list", "cvm", "--version", "2017-03-12"][..],
        &["list", "--actions"],
        &["list", "cvm", "--actions", "--action", "RunInstances"],
        &["parse", "--action", "RunInstances"],
        &["parse", "--service", "cvm", "--client-token"],
    ] {
        let output = tc_errors(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(error_line(&output).ends_with("; try --help"), "{args:?}");
    }
}

#[test]
fn parse_retries_a_server_fault_only_for_an_idempotent_request() {
    let advice = |args: &[&str]| {
        let mut all = vec!["parse", "--service", "cvm", "--json"];
        all.extend_from_slice(args);
        let output = tc_errors_with_input(&all, INTERNAL_ERROR);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
        // The advice is the runtime's for any request; the action settles it.
        assert_eq!(json["advice"]["verdict"], "retry only if idempotent");
        json["action"]["retry"].as_bool().unwrap()
    };
    assert!(advice(&["--action", "DescribeInstances"]));
    assert!(advice(&["--action", "RunInstances", "--client-token"]));
    assert!(!advice(&["--action", "RunInstances"]));

    let output = tc_errors_with_input(
        &["parse", "--service", "cvm", "--action", "RunInstances"],
        INTERNAL_ERROR,
    );
    let text = stdout(&output);
    assert!(
        text.contains("\n    action: RunInstances, API version 2017-03-12: does not document this code; idempotent: no"),
        "{text}"
    );
    assert!(
        text.contains("\n    advice: do not retry (ServerFault): "),
        "{text}"
    );
}
