//! API versions and actions as a client of CVM and TKE sees them: which codes an action
//! can return, and whether a failed request may be sent again. Through the runtime
//! renamed to `tc`, so the generated tables reach it through `$crate`, in a crate that
//! denies every warning.

#![deny(warnings, missing_docs, unused, nonstandard_style, rust_2018_idioms)]

use tc::{Action, Code, CodeTable, ErrorCode, RetryClass};

tc::tc_errors! {
    /// A few CVM codes and actions.
    pub enum CvmError {
        use common;

        "InvalidInstanceId.NotFound" => "The instance does not exist.",
        "ResourceInsufficient.SpecifiedInstanceType" => "The instance type is sold out.",
        #[alias("InvalidZone.Mismatch")]
        "InvalidParameterValue.ZoneMismatch" => "The zone does not match.",

        version "2017-03-12" {
            DescribeInstances => "InvalidInstanceId.NotFound InternalError",
            #[client_token]
            RunInstances => "ResourceInsufficient.SpecifiedInstanceType InvalidZone.Mismatch InternalError",
            TerminateInstances => "InvalidInstanceId.NotFound",
            _ => "InvalidParameter",
        }
    }
}

tc::tc_errors! {
    /// TKE across two API versions: clients still call the older one.
    pub enum TkeError {
        "FailedOperation.ClusterForbiddenToDelete" => _ / "集群禁止删除。",
        "InternalError.Db" => "db error." / "db错误。",
        "ResourceNotFound" => "The resource does not exist.",

        version "2018-05-25" {
            DeleteCluster => "FailedOperation.ClusterForbiddenToDelete InternalError.Db",
            DescribeClusters => "InternalError.Db",
            #[client_token]
            CreateCluster => "InternalError.Db",
        }
        version "2022-05-01" {
            DescribeClusters => "ResourceNotFound",
            DescribeClusterInstances => "",
        }
    }
}

/// The retry decision for an `InternalError` answer to `action`.
fn retries_internal_error(action: Action<CvmError>, with_client_token: bool) -> bool {
    let advice = Code::<CvmError>::parse("InternalError").retry_advice();
    assert_eq!(advice.class(), RetryClass::ServerFault);
    advice.should_retry(action.is_idempotent(with_client_token))
}

#[test]
fn a_server_fault_is_retried_only_for_an_idempotent_request() {
    let describe = CvmError::action("DescribeInstances").expect("declared");
    let run = CvmError::action("RunInstances").expect("declared");
    let terminate = CvmError::action("TerminateInstances").expect("declared");
    assert!(retries_internal_error(describe, false));
    assert!(retries_internal_error(run, true));
    assert!(!retries_internal_error(run, false));
    assert!(!retries_internal_error(terminate, false));
    // An action no catalog knows yet is judged by its name and token alone.
    assert!(tc::retry::is_idempotent("DescribeBrandNewThings", false));
    assert!(!tc::retry::is_idempotent("RunBrandNewThings", false));
}

#[test]
fn an_action_knows_its_codes_and_kind_of_request() {
    let run = CvmError::action_in("2017-03-12", "RunInstances").expect("declared");
    assert_eq!(run.name(), "RunInstances");
    assert_eq!(run.version(), "2017-03-12");
    assert!(run.takes_client_token());
    assert!(!run.is_read_only());
    // In the order listed; a code listed by an earlier spelling is its variant.
    assert_eq!(
        run.codes().collect::<Vec<_>>(),
        [
            CvmError::ResourceInsufficientSpecifiedInstanceType,
            CvmError::InvalidParameterValueZoneMismatch,
            CvmError::InternalError,
        ]
    );
    assert!(run.documents(CvmError::InternalError));
    assert!(!run.documents(CvmError::InvalidInstanceIdNotFound));
    assert!(run.documents_code("InvalidZone.Mismatch"));
    assert!(!run.documents_code("InternalError.Brand.New"));

    let describe = CvmError::action("DescribeInstances").expect("declared");
    assert!(describe.is_read_only() && !describe.takes_client_token());
    assert_ne!(describe, run);
    assert_eq!(
        format!("{describe:?}"),
        r#"Action { version: "2017-03-12", name: "DescribeInstances" }"#
    );
}

#[test]
fn unknown_versions_and_actions_are_none() {
    assert!(CvmError::action("RunInstance").is_none());
    assert!(CvmError::action("").is_none());
    assert!(CvmError::action_in("2017-03-13", "RunInstances").is_none());
    assert!(CvmError::action_in("", "").is_none());
    assert!(CvmError::action_in("not a version at all", "RunInstances").is_none());
    // The codes no action lists are no action.
    assert_eq!(CvmError::actions().count(), 3);
    assert!(tc::CommonError::action("RunInstances").is_none());
    assert_eq!(tc::CommonError::api_versions().len(), 0);
}

#[test]
fn a_code_knows_its_versions_and_the_actions_that_document_it() {
    assert_eq!(
        TkeError::api_versions().collect::<Vec<_>>(),
        ["2018-05-25", "2022-05-01"]
    );
    let forbidden = TkeError::FailedOperationClusterForbiddenToDelete;
    assert_eq!(forbidden.versions().collect::<Vec<_>>(), ["2018-05-25"]);
    assert_eq!(
        TkeError::ResourceNotFound.versions().collect::<Vec<_>>(),
        ["2022-05-01"]
    );
    let db: Vec<(&str, &str)> = TkeError::InternalErrorDb
        .documented_by()
        .map(|action| (action.version(), action.name()))
        .collect();
    assert_eq!(
        db,
        [
            ("2018-05-25", "CreateCluster"),
            ("2018-05-25", "DeleteCluster"),
            ("2018-05-25", "DescribeClusters"),
        ]
    );
    // Without a version, the newest that has the action.
    let describe = TkeError::action("DescribeClusters").expect("declared");
    assert_eq!(describe.version(), "2022-05-01");
    assert_eq!(
        describe.codes().collect::<Vec<_>>(),
        [TkeError::ResourceNotFound]
    );
    assert_eq!(
        TkeError::action("DeleteCluster").unwrap().version(),
        "2018-05-25"
    );
    // A version's codes that no action lists still count for the code's versions.
    assert_eq!(
        CvmError::InvalidParameter.versions().collect::<Vec<_>>(),
        ["2017-03-12"]
    );
    assert_eq!(CvmError::InvalidParameter.documented_by().count(), 0);
    assert_eq!(CvmError::RequestLimitExceeded.versions().count(), 0);
}

#[test]
fn the_type_erased_table_answers_the_same() {
    let table: &'static CodeTable = TkeError::CODE_TABLE;
    let versions: Vec<&str> = table.api_versions().collect();
    assert_eq!(versions, ["2018-05-25", "2022-05-01"]);
    let delete = table
        .action_in("2018-05-25", "DeleteCluster")
        .expect("declared");
    let codes: Vec<&str> = delete.code_indices().map(|i| table.code(i)).collect();
    assert_eq!(
        codes,
        [
            "FailedOperation.ClusterForbiddenToDelete",
            "InternalError.Db"
        ]
    );
    let typed = TkeError::action_in("2018-05-25", "DeleteCluster").expect("declared");
    assert_eq!(typed.erase(), delete);
    assert!(std::ptr::eq(delete.table(), table));

    let db = table.find("InternalError.Db").expect("declared");
    assert!(delete.documents_index(db));
    assert_eq!(table.code_versions(db).count(), 1);
    let listing: Vec<String> = table
        .actions()
        .map(|action| format!("{} {}", action.version(), action.name()))
        .collect();
    assert_eq!(
        listing,
        [
            "2018-05-25 CreateCluster",
            "2018-05-25 DeleteCluster",
            "2018-05-25 DescribeClusters",
            "2022-05-01 DescribeClusterInstances",
            "2022-05-01 DescribeClusters",
        ]
    );
    assert_eq!(table.documented_by(db).count(), 3);
    assert!(table.action("DescribeClusterInstances").is_some());
    assert!(table.action("Nothing").is_none());
    // Past the end of the table: nothing, and no panic.
    assert_eq!(table.code_versions(usize::MAX).count(), 0);
    assert_eq!(table.documented_by(usize::MAX).count(), 0);
}
