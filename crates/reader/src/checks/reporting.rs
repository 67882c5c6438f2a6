//! Where browsers send reports (W3C Reporting API and Network Error Logging): the endpoints of
//! `Reporting-Endpoints` (a structured dictionary of names and URLs), the groups of the older
//! `Report-To` and the policies of `NEL` (each a comma-separated list of JSON objects), and the
//! names CSP, COOP, COEP and NEL send reports to. A field browsers cannot read, an endpoint that
//! is not HTTPS, or a name no field defines, and reports are silently lost.

use super::{shown, Raised};
use crate::fields::Context;
use crate::json::{Scanner, Value};
use crate::structured::{self, Bare, Member};
use crate::{mask, url, Severity};
use std::collections::HashSet;

/// A field made of comma-separated JSON objects (`{…}, {…}`), or `None` when it is not one.
fn json_objects(value: &str) -> Option<Vec<Value<'_>>> {
    let mut scanner = Scanner::new(value);
    let mut objects = Vec::new();
    loop {
        let object = scanner.value().filter(|object| matches!(object, Value::Object(_)))?;
        objects.push(object);
        if !scanner.eat(b',') {
            break;
        }
    }
    scanner.skip_whitespace();
    (!scanner.cut && scanner.position == scanner.bytes.len()).then_some(objects)
}

/// Whether a JSON number is a whole number, as written.
fn is_whole(value: &Value) -> bool {
    value.as_integer().is_some()
}

/// Whether browsers send reports to `target` (resolved against the page's URL when relative):
/// only to potentially trustworthy URLs, https or wss (Reporting API: an endpoint must be potentially trustworthy).
fn is_secure(target: &str, context: &Context) -> bool {
    // A guessed URL's scheme is a guess too, so only a URL the paste shows resolves a relative one.
    let base = context.url.filter(|_| !context.url_guessed);
    let resolved = base.and_then(|base| url::resolve(base, target)).unwrap_or_else(|| target.to_string());
    let lower = resolved.to_ascii_lowercase();
    !lower.contains(':') || lower.starts_with("https:") || lower.starts_with("wss:") || lower.starts_with('/')
}

/// The endpoints of Reporting-Endpoints, by name and URL; `None` for a field that cannot be read.
fn reporting_endpoints(value: &str) -> Option<Vec<(String, String)>> {
    structured::dictionary(value)?
        .into_iter()
        .map(|(name, member)| match member {
            Member::Item(item) => match item.bare {
                Bare::String(url) => Some((name, url)),
                _ => None,
            },
            Member::Inner(..) => None,
        })
        .collect()
}

/// The group a Report-To object defines, and its endpoints' URLs; `None` for one browsers skip.
fn report_to_group(object: &Value) -> Option<(String, Vec<String>)> {
    let group = match object.get("group") {
        None => "default".to_string(),
        Some(group) => group.as_str()?.to_string(),
    };
    is_whole(object.get("max_age")?).then_some(())?;
    let Some(Value::Array(endpoints)) = object.get("endpoints") else { return None };
    let urls: Option<Vec<String>> = endpoints.iter().map(|endpoint| endpoint.get("url").and_then(Value::as_str).map(str::to_string)).collect();
    Some((group, urls?))
}

/// What is wrong with one NEL policy, if anything (Network Error Logging, "NEL response header").
fn nel_problem(policy: &Value) -> Option<&'static str> {
    if policy.get("report_to").and_then(Value::as_str).is_none() {
        return Some("has no report_to naming where reports go");
    }
    if !policy.get("max_age").is_some_and(is_whole) {
        return Some("has no max_age in whole seconds");
    }
    if policy.get("include_subdomains").is_some_and(|value| !matches!(value, Value::Bool(_))) {
        return Some("has an include_subdomains that is not true or false");
    }
    let fraction_out_of_range = ["success_fraction", "failure_fraction"]
        .iter()
        .filter_map(|name| policy.get(name))
        .any(|value| !matches!(value, Value::Number(number) if number.parse::<f64>().is_ok_and(|fraction| (0.0..=1.0).contains(&fraction))));
    fraction_out_of_range.then_some("has a success_fraction or failure_fraction that is not a number from 0 to 1")
}

/// The names reports may be sent to: Reporting-Endpoints' endpoints and Report-To's groups.
pub(super) fn endpoint_names(context: &Context) -> HashSet<String> {
    let mut names: HashSet<String> = context
        .combined("reporting-endpoints")
        .and_then(|(_, value)| reporting_endpoints(&value))
        .unwrap_or_default()
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    if let Some((_, value)) = context.combined("report-to") {
        names.extend(json_objects(&value).unwrap_or_default().iter().filter_map(report_to_group).map(|(group, _)| group));
    }
    names
}

/// A report sent to a name that no field defines: browsers drop it.
pub(super) fn undefined_endpoint(raised: &mut Raised, field: &str, endpoint: &str, names: &HashSet<String>) {
    if names.contains(endpoint) {
        return;
    }
    let endpoint = mask::text(endpoint);
    raised.flag(
        "reporting-endpoint-undefined",
        field,
        Severity::Warning,
        format!("{field} reports to {endpoint}, which no field defines"),
        format!("{field} sends its reports to the endpoint {endpoint}, but neither Reporting-Endpoints nor Report-To on this response defines it, so browsers have nowhere to send them and drop them."),
        format!("Define the endpoint on the same response: Reporting-Endpoints: {endpoint}=\"https://example.com/reports\"."),
    );
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let mut insecure: Vec<(String, String)> = Vec::new();
    if let Some((name, value)) = context.combined("reporting-endpoints") {
        match reporting_endpoints(&value) {
            Some(endpoints) => insecure.extend(endpoints.into_iter().filter(|(_, url)| !is_secure(url, context)).map(|(_, url)| (name.clone(), url))),
            None => malformed(
                raised,
                "reporting-endpoints-malformed",
                "Reporting-Endpoints",
                &value,
                "is not a list of name=\"https://…\" pairs (a structured dictionary whose values are quoted URLs)",
            ),
        }
    }
    if let Some((name, value)) = context.combined("report-to") {
        match json_objects(&value).map(|objects| objects.iter().map(report_to_group).collect::<Option<Vec<_>>>()) {
            Some(Some(groups)) => {
                insecure.extend(groups.into_iter().flat_map(|(_, urls)| urls).filter(|url| !is_secure(url, context)).map(|url| (name.clone(), url)))
            }
            _ => malformed(
                raised,
                "report-to-malformed",
                "Report-To",
                &value,
                "is not a list of JSON objects each with a max_age in seconds and endpoints, each with a url",
            ),
        }
    }
    if let Some((_, value)) = context.combined("nel") {
        match json_objects(&value).map(|policies| policies.iter().find_map(nel_problem)) {
            None => malformed(raised, "nel-malformed", "NEL", &value, "is not a list of JSON objects"),
            Some(Some(problem)) => malformed(raised, "nel-malformed", "NEL", &value, problem),
            Some(None) => {
                let names = endpoint_names(context);
                let policies = json_objects(&value).unwrap_or_default();
                let mut reported: HashSet<&str> = HashSet::new();
                for group in policies.iter().filter_map(|policy| policy.get("report_to").and_then(Value::as_str)).filter(|group| reported.insert(group)) {
                    undefined_endpoint(raised, "NEL", group, &names);
                }
            }
        }
    }
    if let Some((field, url)) = insecure.first() {
        raised.flag(
            "reporting-endpoint-insecure",
            field,
            Severity::Warning,
            format!("{field} names an endpoint that is not HTTPS"),
            format!(
                "{field} sends reports to {}, which is not an https URL; browsers send reports only to secure endpoints, so these are dropped.",
                shown(field, url)
            ),
            "Receive reports at an https URL.".into(),
        );
    }
}

/// A reporting field browsers skip whole.
fn malformed(raised: &mut Raised, id: &'static str, field: &str, value: &str, problem: &str) {
    raised.flag(
        id,
        field,
        Severity::Warning,
        format!("{field} cannot be read"),
        format!("{field}: {} {problem}, so browsers skip it and send no reports.", shown(field, value)),
        match field {
            "NEL" => "Send NEL: {\"report_to\": \"default\", \"max_age\": 2592000}, naming a group or endpoint defined on the same response.".into(),
            "Report-To" => "Send Report-To: {\"group\": \"default\", \"max_age\": 2592000, \"endpoints\": [{\"url\": \"https://example.com/reports\"}]}, or move to Reporting-Endpoints.".into(),
            _ => "Send Reporting-Endpoints: default=\"https://example.com/reports\", each name followed by a quoted URL.".into(),
        },
    );
}

#[cfg(test)]
mod tests {
    use super::{json_objects, nel_problem, report_to_group, reporting_endpoints};

    #[test]
    fn reporting_fields() {
        assert_eq!(reporting_endpoints(r#"default="https://a.example/r", csp="/csp""#).map(|endpoints| endpoints.len()), Some(2));
        assert_eq!(reporting_endpoints("endpoint=123"), None);
        let groups = json_objects(r#"{"group": "a", "max_age": 1, "endpoints": [{"url": "https://a.com"}]}, {"max_age": 2, "endpoints": []}"#).unwrap();
        assert_eq!(report_to_group(&groups[1]).map(|(group, _)| group).as_deref(), Some("default"));
        assert!(json_objects(r#"{unquoted: "keys"}"#).is_none() && json_objects(r#"{"a": 1} x"#).is_none() && json_objects("[]").is_none());
        assert!(report_to_group(&json_objects(r#"{"endpoints": [{"url": "https://a.com"}]}"#).unwrap()[0]).is_none());
        let nel = |text: &str| nel_problem(&json_objects(text).unwrap()[0]);
        assert_eq!(nel(r#"{"report_to": "g", "max_age": 2592000, "include_subdomains": true, "success_fraction": 0.5}"#), None);
        assert!(nel(r#"{"max_age": 100}"#).is_some() && nel(r#"{"report_to": "a", "max_age": 1, "success_fraction": 1.5}"#).is_some());
    }
}
