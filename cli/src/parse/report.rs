//! The JSON object `parse --json` prints, from what a response was.

use super::lookup::KindFrom;
use super::{Parsed, What, API_2_HINT};
use crate::json::{self, Report};
use std::time::SystemTime;

impl Parsed {
    /// The JSON `parse --json` prints.
    pub fn to_json(&self) -> Report<'_> {
        let advice = self.advice.map(|advice| advice.report());
        let code = match &self.what {
            What::Api { error, .. } => Some(error.code().as_str()),
            _ => None,
        };
        let action = self
            .called
            .as_ref()
            .map(|called| called.report(code, self.advice.as_ref()));
        match &self.what {
            What::Success { request_id } => Report::Success {
                request_id: request_id.as_deref(),
            },
            What::Malformed { error, api_2 } => Report::Malformed {
                reason: error.reason().name(),
                message: error.reason().to_string(),
                detail: error.detail(),
                excerpt: error.body_prefix(),
                error: self.problem().unwrap_or_default(),
                hint: api_2.then_some(API_2_HINT),
                action,
                advice,
            },
            What::Http { failure, .. } => Report::Http {
                failure,
                error: self.problem().unwrap_or_default(),
                action,
                advice,
            },
            What::Api { error, described } => {
                let (declared, also_listed_by) = if described.in_common_catalog() {
                    let (common, others) = described.declared_by.split_at(1);
                    (
                        common,
                        others.iter().map(|(catalog, _)| catalog.service).collect(),
                    )
                } else {
                    (described.declared_by.as_slice(), Vec::new())
                };
                Report::ApiError {
                    code: error.code().as_str(),
                    message: error.message(),
                    request_id: error.request_id(),
                    service: described.chosen.map(|catalog| catalog.service),
                    known: !described.declared_by.is_empty(),
                    description: described.description(),
                    kind: described.kind.name(),
                    client_side: described.client_side(),
                    status: error.http_status(),
                    retry_after_seconds: error
                        .retry_after()
                        .map(|after| after.delay(SystemTime::now()).as_secs()),
                    lossy: Some(error.lossy()).filter(|lossy| !lossy.is_empty()),
                    kind_from: match described.kind_from {
                        KindFrom::Catalogs => "catalogs",
                        KindFrom::CategoryAndWords => "category_and_words",
                        KindFrom::Disagreement => "disagreement",
                    },
                    common: described.common,
                    declared_by: declared
                        .iter()
                        .map(|(catalog, entry)| json::catalog_entry(catalog, entry))
                        .collect(),
                    also_listed_by,
                    action,
                    advice,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{parse, Called, Http};
    use crate::parse::http_input::{Header, Headers};
    use serde_json::{json, Value};
    use tc_error_catalogs::{catalog, catalogs};

    fn report(body: &[u8], http: Option<Http<'_>>, service: Option<&str>) -> Value {
        let parsed = parse(body, http, service.and_then(catalog), &catalogs());
        serde_json::to_value(parsed.to_json()).unwrap()
    }

    #[test]
    fn an_api_error_carries_its_catalogs_and_advice() {
        let body = br#"{"Response":{"Error":{"Code":"InvalidDisk.Busy","Message":"Busy."},"RequestId":"r-2"}}"#;
        let value = report(body, None, Some("cbs"));
        assert_eq!(value["outcome"], "api_error");
        assert_eq!(value["code"], "InvalidDisk.Busy");
        assert_eq!(value["service"], "cbs");
        assert_eq!(value["known"], true);
        assert_eq!(
            value["description"],
            "The cloud disk is busy. Try again later."
        );
        assert_eq!(value["kind"], "Transient");
        assert_eq!(value["client_side"], false);
        assert_eq!(value["status"], Value::Null);
        assert_eq!(value["declared_by"][0]["advice"]["verdict"], "retry");
        assert_eq!(value["kind_from"], "catalogs");
        assert_eq!(value["declared_by"][0]["service"], "cbs");
        assert_eq!(value["advice"]["class"], "Transient");
        assert_eq!(value["advice"]["retry"], true);
        assert_eq!(value["advice"]["idempotent_only"], false);
        assert_eq!(value["advice"]["retry_after_seconds"], Value::Null);

        let every = report(body, None, None);
        assert_eq!(every["service"], Value::Null);
        assert_eq!(every["declared_by"], value["declared_by"]);

        let internal =
            br#"{"Response":{"Error":{"Code":"InternalError","Message":"x"},"RequestId":"r"}}"#;
        let value = report(internal, None, None);
        assert_eq!(value["common"], true);
        assert_eq!(value["declared_by"].as_array().unwrap().len(), 1);
        assert_eq!(value["declared_by"][0]["service"], "common");
        assert!(value["also_listed_by"].as_array().unwrap().len() > 100);
        assert_eq!(value["advice"]["idempotent_only"], true);
    }

    #[test]
    fn the_action_and_the_idempotency_it_decides_are_reported() {
        let body =
            br#"{"Response":{"Error":{"Code":"InternalError","Message":"x"},"RequestId":"r"}}"#;
        let cvm = catalog("cvm").unwrap();
        let report = |action: &str, client_token: bool| {
            let called = Called::of(&cvm, action, None, client_token);
            let parsed = parse(body, None, Some(cvm), &catalogs()).with_action(called);
            serde_json::to_value(parsed.to_json()).unwrap()
        };
        let value = report("RunInstances", false);
        let action = &value["action"];
        assert_eq!(action["action"], "RunInstances");
        assert_eq!(action["version"], "2017-03-12");
        assert_eq!(action["known"], true);
        assert_eq!(action["error"], Value::Null);
        assert_eq!(action["read_only"], false);
        assert_eq!(action["takes_client_token"], true);
        assert_eq!(action["sent_client_token"], false);
        assert_eq!(action["idempotent"], false);
        assert_eq!(action["documents_code"], false);
        assert_eq!(action["retry"], false);
        assert_eq!(action["verdict"], "do not retry");
        // The advice is the runtime's, for any request.
        assert_eq!(value["advice"]["verdict"], "retry only if idempotent");
        let value = report("RunInstances", true);
        assert_eq!(value["action"]["retry"], true);
        assert_eq!(value["action"]["verdict"], "retry");
        let value = report("RunInstancez", false);
        assert_eq!(value["action"]["known"], false);
        assert_eq!(value["action"]["version"], Value::Null);
        assert!(value["action"]["error"]
            .as_str()
            .unwrap()
            .starts_with("cvm has no action"));
        assert_eq!(value["action"]["documents_code"], Value::Null);
        // Without --action, nothing is said of the request.
        let value =
            serde_json::to_value(parse(body, None, Some(cvm), &catalogs()).to_json()).unwrap();
        assert_eq!(value["action"], Value::Null);
    }

    #[test]
    fn a_success_is_its_request_id_alone() {
        let value = report(br#"{"Response":{"RequestId":"r-1"}}"#, None, None);
        assert_eq!(value, json!({"outcome": "success", "request_id": "r-1"}));
    }

    #[test]
    fn a_malformed_body_has_reason_detail_and_a_sanitized_excerpt() {
        let value = report(b"<html>\r\n\x1b[2J\xe2\x80\xae502</html>", None, None);
        assert_eq!(value["outcome"], "malformed");
        assert_eq!(value["reason"], "NotJson");
        assert_eq!(value["message"], "the body is not JSON");
        assert_eq!(value["detail"], "expected value at line 1 column 1");
        assert_eq!(
            value["excerpt"],
            "<html>\\r\\n\\u{1b}[2J\\u{202e}502</html>"
        );
        assert_eq!(value["advice"]["class"], "ServerFault");
        let value = report(b"", None, None);
        assert_eq!(value["reason"], "Empty");
    }

    #[test]
    fn an_http_failure_has_its_status_headers_and_advice() {
        let headers = [Header {
            name: "content-type".into(),
            value: b"text/html".to_vec(),
        }];
        let http = Some(Http {
            status: 502,
            headers: Headers::Given(&headers),
        });
        let value = report(b"<html>bad gateway</html>", http, None);
        assert_eq!(value["outcome"], "http");
        assert_eq!(value["status"], 502);
        assert_eq!(value["content_type"], "text/html");
        assert_eq!(value["excerpt"], "<html>bad gateway</html>");
        assert_eq!(value["request_id"], Value::Null);
        assert_eq!(value["advice"]["class"], "Transient");
        assert_eq!(value["advice"]["idempotent_only"], true);
    }
}
