//! The database's invariants and spot facts.

use http_status_data::{self as db, Class, Kind, Status, Unresolved};
use std::collections::BTreeSet;

/// The IANA HTTP Status Code Registry as of its 2025-09-15 update: 64 assigned values.
const IANA_CODES: [u16; 64] = [
    100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406,
    407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508,
    510, 511,
];

fn standard(code: u16) -> &'static db::Entry {
    db::entries_for(code).iter().find(|entry| entry.is_registered()).unwrap_or_else(|| panic!("{code} is registered"))
}

fn vendor_entry(code: u16, vendor: &str) -> &'static db::Entry {
    db::entries_for(code)
        .iter()
        .find(|entry| entry.vendor.is_some_and(|name| name.to_lowercase().contains(vendor)))
        .unwrap_or_else(|| panic!("{code} from {vendor}"))
}

#[test]
fn every_iana_code_is_present_exactly_once() {
    let registered: Vec<u16> = db::entries().iter().filter(|entry| entry.is_registered()).map(|entry| entry.code).collect();
    assert_eq!(registered, IANA_CODES.to_vec());
}

#[test]
fn at_least_35_vendor_codes_each_with_a_vendor() {
    let vendor: Vec<_> = db::entries().iter().filter(|entry| !entry.is_registered()).collect();
    assert!(vendor.len() >= 35, "only {} vendor entries", vendor.len());
    for entry in vendor {
        assert_eq!(entry.status, Status::Unofficial, "{}", entry.id);
        assert!(entry.details().spec.is_none(), "{}", entry.id);
    }
}

#[test]
fn entries_are_in_code_order_with_the_standard_entry_first_and_unique_per_vendor() {
    let entries = db::entries();
    for pair in entries.windows(2) {
        assert!(pair[0].code <= pair[1].code, "{} before {}", pair[0].id, pair[1].id);
        assert!(pair[0].code < pair[1].code || !pair[1].is_registered(), "{} before {}", pair[0].id, pair[1].id);
    }
    let ids: BTreeSet<_> = entries.iter().map(|entry| entry.id).collect();
    assert_eq!(ids.len(), entries.len());
}

#[test]
fn vendors_that_share_a_number_get_an_entry_each() {
    assert!(vendor_entry(499, "nginx").phrase.contains("Client Closed"));
    assert!(vendor_entry(499, "esri").phrase.contains("Token"));
    assert_eq!(db::entries_for(451).len(), 2);
    assert!(db::entries_for(451)[0].is_registered());
    assert!(db::entries_for(530).len() >= 2);
    assert!(db::entries_for(420).len() >= 2);
}

#[test]
fn current_registered_names_with_former_names_as_aliases() {
    for (code, phrase, alias) in [
        (413, "Content Too Large", "Payload Too Large"),
        (413, "Content Too Large", "Request Entity Too Large"),
        (422, "Unprocessable Content", "Unprocessable Entity"),
        (416, "Range Not Satisfiable", "Requested Range Not Satisfiable"),
        (302, "Found", "Moved Temporarily"),
        (418, "(Unused)", "I'm a teapot"),
    ] {
        let entry = standard(code);
        assert_eq!(entry.phrase, phrase);
        assert!(entry.aliases.contains(&alias), "{code} should list {alias}");
    }
}

#[test]
fn registry_states() {
    assert_eq!(standard(418).status, Status::Unused);
    assert!(standard(418).prose().unwrap().explanation.to_lowercase().contains("teapot"));
    assert_eq!(standard(306).status, Status::Unused);
    assert_eq!(standard(510).status, Status::Obsoleted);
    let upload = standard(104);
    assert_eq!(upload.status, Status::Expired, "the early allocation ran out on 2026-11-13");
    assert_eq!(upload.expires, Some("2026-11-13"));
    assert!(
        upload.prose().unwrap().explanation.contains("2026-11-13") && upload.details().spec.unwrap().url.ends_with("/05/"),
        "104 states its expiry and links the registered draft"
    );
    assert!(standard(305).deprecated && standard(102).deprecated);
    let deprecated: Vec<u16> = db::entries().iter().filter(|entry| entry.deprecated && entry.is_registered()).map(|entry| entry.code).collect();
    assert_eq!(deprecated, vec![102, 305]);
}

#[test]
fn what_clients_actually_receive() {
    let example = |id: &str| db::by_id(id).unwrap().prose().unwrap().example;
    let statuses = || db::entries().iter().filter(|entry| entry.kind == Kind::Status);
    let log_only: Vec<&str> = statuses().filter(|entry| entry.log_only).map(|entry| entry.id).collect();
    assert_eq!(log_only, vec!["444-nginx", "460-aws-elb", "499-nginx"]);
    for id in ["444-nginx", "460-aws-elb", "499-nginx"] {
        assert!(!example(id).starts_with("HTTP/"), "{id} shows a log line");
    }
    let sent_as: Vec<(&str, u16)> = statuses().filter_map(|entry| entry.sent_as.map(|sent| (entry.id, sent))).collect();
    assert_eq!(
        sent_as,
        vec![("208", 207), ("494-nginx", 400), ("495-nginx", 400), ("496-nginx", 400), ("497-nginx", 400), ("498-esri", 200), ("499-esri", 200)]
    );
    assert!(example("494-nginx").contains("<title>400 Request Header Or Cookie Too Large</title>"));
    assert!(example("499-esri").contains(r#"{"error":{"code":499,"#));
}

#[test]
fn registered_codes_link_the_exact_section_of_their_spec() {
    assert_eq!(standard(404).details().spec.unwrap().url, "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5");
    assert_eq!(standard(404).details().spec.unwrap().title, "RFC 9110, Section 15.5.5");
    assert_eq!(standard(429).details().spec.unwrap().url, "https://www.rfc-editor.org/rfc/rfc6585.html#section-4");
    assert_eq!(standard(451).details().spec.unwrap().title, "RFC 7725, Section 3");
    for entry in db::entries().iter().filter(|entry| entry.is_registered() && entry.code != 104) {
        let spec = entry.details().spec.unwrap();
        assert!(spec.url.starts_with("https://www.rfc-editor.org/rfc/rfc") && spec.url.contains("#section-"), "{}", entry.id);
    }
}

#[test]
fn cacheable_by_default_follows_rfc_9110_and_rfc_7725() {
    let statuses = || db::entries().iter().filter(|entry| entry.kind == Kind::Status);
    let cacheable: Vec<u16> = statuses().filter(|entry| entry.cacheable).map(|entry| entry.code).collect();
    assert_eq!(cacheable, vec![200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]);
    // What rides on a status reaches caches as that status.
    for entry in db::entries().iter().filter(|entry| matches!(entry.kind, Kind::Substatus | Kind::VendorError)) {
        assert_eq!(entry.cacheable, entry.parent().is_some_and(|parent| parent.cacheable), "{} is cached as {} is", entry.id, entry.code);
    }
}

/// The header fields the build requires in our examples are among each entry's related headers.
#[test]
fn related_headers() {
    for rule in http_status_rules::RULES.iter().filter(|rule| rule.need.demanded_of(http_status_rules::Example::Ours)) {
        assert!(standard(rule.code).details().headers.contains(&rule.field), "{} should mention {}", rule.code, rule.field);
    }
}

#[test]
fn confusable_families_are_compared() {
    let family_codes: Vec<(&str, Vec<u16>)> =
        db::families().iter().map(|family| (family.id, family.rows.iter().map(|row| row.entry().code).collect())).collect();
    for codes in [vec![301, 302, 303, 307, 308], vec![401, 403, 404], vec![400, 422], vec![502, 503, 504], vec![409, 412, 428]] {
        assert!(family_codes.iter().any(|(_, family)| *family == codes), "no family for {codes:?}");
    }
    let redirects = standard(308).families().next().expect("308 is compared");
    let row = |code| redirects.rows.iter().find(|row| row.entry().code == code).unwrap();
    let method_column = redirects.columns.iter().position(|column| column.contains("GET")).unwrap();
    assert!(row(308).cells[method_column].starts_with("No"), "308 keeps the method");
    assert!(row(307).cells[method_column].starts_with("No"), "307 keeps the method");
    assert!(row(303).cells[method_column].starts_with("Yes"), "303 switches to GET");
}

#[test]
fn lookup_prefers_the_registered_entry() {
    assert_eq!(db::lookup(404).unwrap().phrase, "Not Found");
    assert!(db::lookup(451).unwrap().is_registered());
    assert_eq!(db::lookup(499).unwrap().id, "499-nginx", "the primary vendor meaning");
    assert_eq!(db::lookup(530).unwrap().id, "530-cloudflare");
    assert_eq!(db::lookup(420).unwrap().id, "420-twitter");
    assert!(db::lookup(299).is_none());
    assert_eq!(db::by_id("499-nginx").unwrap().code, 499);
}

#[test]
fn classes() {
    assert_eq!(Class::of(404), Some(Class::ClientError));
    assert_eq!(Class::of(99), None);
    assert_eq!(Class::of(600), None);
    assert_eq!(Class::ClientError.label(), "4xx");
    let informational: Vec<u16> = db::entries().iter().filter(|entry| entry.class() == Some(Class::Informational)).map(|entry| entry.code).collect();
    assert_eq!(informational, vec![100, 101, 102, 103, 104]);
}

#[test]
fn resolving_author_input() {
    assert_eq!(db::resolve(" 404\n"), Ok(db::lookup(404).unwrap()));
    assert_eq!(db::resolve("299"), Err(Unresolved::Unassigned { code: 299, class: Class::Success }));
    assert_eq!(db::resolve(" 499-esri "), Ok(db::by_id("499-esri").unwrap()));
    assert_eq!(db::resolve("999"), Err(Unresolved::OutOfRange("999".into())));
    assert_eq!(db::resolve("4044"), Err(Unresolved::OutOfRange("4044".into())));
    assert_eq!(db::resolve("099"), Err(Unresolved::OutOfRange("099".into())));
    assert_eq!(db::resolve(" abc "), Err(Unresolved::NotACode("abc".into())));
    assert_eq!(db::resolve("-1"), Err(Unresolved::NotACode("-1".into())));
    assert_eq!(db::resolve("  "), Err(Unresolved::Empty));
}

#[test]
fn json_shape_matches_the_js_contract() {
    let json = serde_json::to_value(db::lookup(404).unwrap()).unwrap();
    assert_eq!(json["code"], 404);
    assert_eq!(json["class"], "4xx");
    assert_eq!(json["registry"], "iana");
    assert_eq!(json["status"], "permanent");
    assert_eq!(json["vendor"], serde_json::Value::Null);
    assert_eq!(json["deprecated"], false);
    assert_eq!(json["cacheable"], true);
    assert_eq!(json["spec"]["title"], "RFC 9110, Section 15.5.5");
    assert!(json["related"].as_array().unwrap().iter().all(|code| code.is_u64()));
    assert!(json["aliases"].is_array() && json["headers"].is_array());
    assert_eq!(json["families"], serde_json::json!(["auth"]));
    assert_eq!(json["kind"], "status");
    assert_eq!(json["label"], "404");
    assert_eq!(json["logOnly"], false);
    assert_eq!(json["sentAs"], serde_json::Value::Null);
    let vendor = serde_json::to_value(db::by_id("499-nginx").unwrap()).unwrap();
    assert_eq!(vendor["registry"], "vendor");
    assert_eq!(vendor["status"], "unofficial");
    assert_eq!(vendor["vendor"], "nginx");
    assert_eq!(vendor["spec"], serde_json::Value::Null);
}
