//! The build refuses broken data with a message naming the entry.

#[path = "../build/database/mod.rs"]
mod database;

use database::{compile, SourceFile};

const VALID_404: &str = r#"
code = 404
class = "4xx"
phrase = "Not Found"
status = "permanent"
aliases = []
keywords = ["missing"]
headers = []
cacheable = true
summary = "Nothing is at this URL."
explanation = "The server has nothing at this URL."
when_to_send = "When there is nothing to serve."
client_action = "Check the URL."
causes = ["A typo in the URL."]
example = "HTTP/1.1 404 Not Found"
spec = { title = "RFC 9110, Section 15.5.5", url = "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5" }
related = [{ code = 410, note = "410: gone for good." }]
"#;

/// 404's counterpart, so each can relate to the other.
fn valid_410() -> String {
    VALID_404
        .replace("404", "410")
        .replace("Not Found", "Gone")
        .replace("code = 410, note = \"410: gone for good.\"", "code = 404, note = \"404: maybe never there.\"")
}

/// A vendor error riding on 404, as the new kinds are written.
const VENDOR_ERROR: &str = r#"
kind = "vendor-error"
code = 404
label = "NR"
class = "4xx"
phrase = "No route configured"
status = "unofficial"
vendor = "Envoy"
signatures = ["no route"]
aliases = []
keywords = ["envoy"]
headers = []
cacheable = false
summary = "Envoy had no route for the request."
explanation = "No route matched."
when_to_send = "When no route matches."
client_action = "Check the routes."
causes = ["A missing route."]
example = "[2026-11-25T10:00:00Z] \"GET /x HTTP/1.1\" 404 NR"
related = [{ code = 404, note = "What the client receives." }]
"#;

const FAMILIES: &str = r#"
[[family]]
id = "missing"
title = "Missing"
columns = ["Exists"]
[[family.rows]]
entry = 404
cells = ["No"]
note = "Gone or never there."
[[family.rows]]
entry = "410"
cells = ["Not any more"]
note = "Gone for good."
"#;

const TODAY: &str = "2026-11-25";

fn file(name: &str, text: &str) -> SourceFile {
    SourceFile { name: name.into(), text: text.into() }
}

/// Compiles the given code files (plus a valid 404 and 410 unless replaced) and returns the errors.
fn errors_for(files: &[(&str, String)]) -> Vec<String> {
    let mut code_files = vec![file("data/codes/404.toml", VALID_404), file("data/codes/410.toml", &valid_410())];
    for (name, text) in files {
        code_files.retain(|existing| existing.name != *name);
        code_files.push(file(name, text));
    }
    match compile(&code_files, &file("data/families.toml", FAMILIES), TODAY) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    }
}

fn assert_rejected(files: &[(&str, String)], expected: &str) {
    let errors = errors_for(files);
    assert!(errors.iter().any(|error| error.contains(expected)), "expected an error containing {expected:?}, got {errors:?}");
}

fn vendor(name: &str) -> String {
    VALID_404.replace("status = \"permanent\"", &format!("status = \"unofficial\"\nvendor = \"{name}\"")).replace("spec = {", "# spec = {")
}

#[test]
fn valid_data_compiles_to_static_rust_written_field_by_field_a_prose_file_and_its_words() {
    let files = [file("data/codes/404.toml", VALID_404), file("data/codes/410.toml", &valid_410()), file("data/codes/nr-envoy.toml", VENDOR_ERROR)];
    let compiled = compile(&files, &file("data/families.toml", FAMILIES), TODAY).expect("valid");
    let rust = &compiled.rust;
    assert!(rust.contains(r#"Entry { index: 0, id: "404", kind: Kind::Status, code: 404, label: "404", phrase: "Not Found", "#), "{rust}");
    assert!(rust.contains(r#"Entry { index: 1, id: "nr-envoy", kind: Kind::VendorError, code: 404, label: "NR", "#), "{rust}");
    assert!(rust.contains(r#"signatures: &["no route"], "#), "{rust}");
    assert!(rust.contains(r#"related: &[410], "#), "{rust}");
    assert!(rust.contains(r#"FamilyRow { id: "410", "#), "rows name their entry: {rust}");
    assert!(!rust.contains("The server has nothing at this URL."), "the prose is not in the wasm");
    // The prose file: the hash the Rust carries, then one record per entry, in the same order.
    let (hash, body) = compiled.prose.split_once('\n').unwrap();
    assert!(rust.contains(&format!("PROSE_HASH: &str = {hash:?};")));
    let records: Vec<&str> = body.split('\u{1e}').collect();
    assert_eq!(records.len(), 3);
    assert_eq!(records[0], "404\u{1f}The server has nothing at this URL.\u{1f}When there is nothing to serve.\u{1f}Check the URL.\u{1f}A typo in the URL.\u{1f}HTTP/1.1 404 Not Found\u{1f}410: gone for good.");
    // The search-words file: the same hash, then each entry's searchable prose (explanation,
    // advice, causes; not the example or the notes) as distinct words, lowercased and sorted.
    let (words_hash, words) = compiled.search_words.split_once('\n').unwrap();
    assert_eq!(words_hash, hash);
    assert_eq!(words.split('\n').next(), Some("a at check has in is nothing serve server the there this to typo url when"));
    assert_eq!(words.split('\n').count(), 3);
}

#[test]
fn separator_characters_in_the_prose_are_rejected() {
    let text = VALID_404.replace("Check the URL.", "Check\\u001f the URL.");
    assert_rejected(&[("data/codes/404.toml", text)], "data/codes/404.toml: the prose contains an ASCII separator character");
}

#[test]
fn duplicate_code_and_vendor_is_rejected() {
    assert_rejected(
        &[("data/codes/404b.toml", VALID_404.to_string())],
        "data/codes/404b.toml: duplicate entry for 404 from the registry (also in data/codes/404.toml)",
    );
}

#[test]
fn same_code_from_two_vendors_is_fine() {
    assert_eq!(errors_for(&[("data/codes/404-a.toml", vendor("A")), ("data/codes/404-b.toml", vendor("B"))]), Vec::<String>::new());
}

#[test]
fn code_outside_the_range_is_rejected() {
    let text = VALID_404.replace("code = 404", "code = 99").replace("404 Not Found", "99 Not Found");
    assert_rejected(&[("data/codes/99.toml", text)], "data/codes/99.toml: code 99 is outside 100 to 599");
}

#[test]
fn class_that_does_not_match_the_code_is_rejected() {
    let text = VALID_404.replace("class = \"4xx\"", "class = \"5xx\"");
    assert_rejected(&[("data/codes/404.toml", text)], "data/codes/404.toml: class \"5xx\" does not match code 404");
}

#[test]
fn empty_summary_explanation_keywords_or_related_are_rejected() {
    let text = VALID_404.replace("summary = \"Nothing is at this URL.\"", "summary = \"  \"");
    assert_rejected(&[("data/codes/404.toml", text)], "data/codes/404.toml: summary is empty");
    let text = VALID_404.replace("explanation = \"The server has nothing at this URL.\"", "explanation = \"\"");
    assert_rejected(&[("data/codes/404.toml", text)], "data/codes/404.toml: explanation is empty");
    let text = VALID_404.replace("keywords = [\"missing\"]", "keywords = []");
    assert_rejected(&[("data/codes/404.toml", text)], "data/codes/404.toml: keywords is empty");
    let text = VALID_404.replace("related = [{ code = 410, note = \"410: gone for good.\" }]", "");
    assert_rejected(&[("data/codes/404.toml", text)], "data/codes/404.toml: related is empty");
}

#[test]
fn a_summary_longer_than_a_card_holds_is_rejected() {
    let long = format!("{}.", "word ".repeat(31).trim_end());
    let text = VALID_404.replace("summary = \"Nothing is at this URL.\"", &format!("summary = \"{long}\""));
    assert_rejected(&[("data/codes/404.toml", text)], "data/codes/404.toml: summary has 155 characters; a card fits 150");
}

#[test]
fn related_code_that_does_not_exist_is_rejected() {
    let text = VALID_404.replace("code = 410, note", "code = 499, note");
    assert_rejected(&[("data/codes/404.toml", text)], "data/codes/404.toml: related code 499 does not exist");
}

#[test]
fn registered_code_without_a_spec_link_is_rejected() {
    let text = VALID_404.replace("spec = {", "# spec = {");
    assert_rejected(&[("data/codes/404.toml", text)], "data/codes/404.toml: a registered code needs a spec link");
}

#[test]
fn vendor_code_needs_a_vendor_and_temporary_needs_an_expiry() {
    let text = VALID_404.replace("status = \"permanent\"", "status = \"unofficial\"");
    assert_rejected(&[("data/codes/404.toml", text)], "an unofficial code needs a vendor");
    let text = VALID_404.replace("status = \"permanent\"", "status = \"temporary\"");
    assert_rejected(&[("data/codes/404.toml", text)], "expires is required for, and only for, a temporary or expired registration");
}

#[test]
fn an_expiry_in_the_past_fails_the_build_until_the_state_says_expired() {
    let temporary = |date: &str| VALID_404.replace("status = \"permanent\"", &format!("status = \"temporary\"\nexpires = \"{date}\""));
    assert_rejected(&[("data/codes/404.toml", temporary("2026-11-13"))], "data/codes/404.toml: expires 2026-11-13 has passed: update the registration state");
    assert_eq!(errors_for(&[("data/codes/404.toml", temporary("2027-01-01"))]), Vec::<String>::new());
    assert_rejected(&[("data/codes/404.toml", temporary("13/11/2026"))], "expires \"13/11/2026\" is not a date (YYYY-MM-DD)");
    let expired = |date: &str| VALID_404.replace("status = \"permanent\"", &format!("status = \"expired\"\nexpires = \"{date}\""));
    assert_eq!(errors_for(&[("data/codes/404.toml", expired("2026-11-13"))]), Vec::<String>::new());
    assert_rejected(&[("data/codes/404.toml", expired("2027-01-01"))], "expires 2027-01-01 has not passed: the registration is still temporary");
}

#[test]
fn an_example_whose_status_line_contradicts_its_entry_is_rejected() {
    let text = VALID_404.replace("example = \"HTTP/1.1 404 Not Found\"", "example = \"HTTP/1.1 410 Not Found\"");
    assert_rejected(&[("data/codes/404.toml", text)], "data/codes/404.toml: the example's status line says 410, the entry 404");
    let text = VALID_404.replace("example = \"HTTP/1.1 404 Not Found\"", "example = \"HTTP/1.1 404 Missing\"");
    assert_rejected(&[("data/codes/404.toml", text)], "the example's reason phrase \"Missing\" is neither the phrase nor an alias");
    let aliased =
        VALID_404.replace("aliases = []", "aliases = [\"Missing\"]").replace("example = \"HTTP/1.1 404 Not Found\"", "example = \"HTTP/1.1 404 Missing\"");
    assert_eq!(errors_for(&[("data/codes/404.toml", aliased)]), Vec::<String>::new(), "a former name is fine");
    let text = VALID_404.replace("example = \"HTTP/1.1 404 Not Found\"", "example = \"404 Not Found\"");
    assert_rejected(&[("data/codes/404.toml", text)], "example should start with the status line \"HTTP/1.1 404 …\"");
}

#[test]
fn a_code_sent_as_another_shows_that_status_line() {
    // nginx's 494 reaches clients as 400; here a vendor's 404 reaches them as 410.
    let sent_as_410 = vendor("nginx").replace("cacheable = true", "cacheable = true\nsent_as = 410");
    assert_rejected(&[("data/codes/404-nginx.toml", sent_as_410.clone())], "data/codes/404-nginx.toml: the example's status line says 404, the entry 410");
    let fixed = sent_as_410.replace("example = \"HTTP/1.1 404 Not Found\"", "example = \"HTTP/1.1 410 Gone\"");
    assert_eq!(errors_for(&[("data/codes/404-nginx.toml", fixed.clone())]), Vec::<String>::new());
    let bare = fixed.replace("HTTP/1.1 410 Gone", "HTTP/2 410");
    assert_eq!(errors_for(&[("data/codes/404-nginx.toml", bare)]), Vec::<String>::new(), "HTTP/2 has no reason phrase");
    // The reason phrase is the one of the status it arrives as, not the vendor's name for the code.
    let vendor_phrase = fixed.replace("HTTP/1.1 410 Gone", "HTTP/1.1 410 Not Found");
    assert_rejected(
        &[("data/codes/404-nginx.toml", vendor_phrase)],
        "data/codes/404-nginx.toml: the example's reason phrase \"Not Found\" is not 410's (\"Gone\")",
    );
    let unregistered = sent_as_410.replace("sent_as = 410", "sent_as = 418").replace("HTTP/1.1 404 Not Found", "HTTP/1.1 418 I'm a teapot");
    assert_rejected(&[("data/codes/404-nginx.toml", unregistered)], "data/codes/404-nginx.toml: sent_as 418 is not a registered code in the database");
    let own_code = vendor("nginx").replace("cacheable = true", "cacheable = true\nsent_as = 404");
    assert_rejected(&[("data/codes/404-nginx.toml", own_code)], "data/codes/404-nginx.toml: sent_as 404 is the entry's own code: remove it");
    // It still needs a status line, like every status that reaches a client.
    let no_status_line = fixed.replace("example = \"HTTP/1.1 410 Gone\"", "example = \"{\\\"error\\\": 404}\"");
    assert_rejected(
        &[("data/codes/404-nginx.toml", no_status_line)],
        "data/codes/404-nginx.toml: example should start with the status line \"HTTP/1.1 410 …\"",
    );
}

#[test]
fn examples_carry_the_header_their_status_requires() {
    let unauthorized = VALID_404.replace("404", "401").replace("Not Found", "Unauthorized");
    assert_rejected(&[("data/codes/401.toml", unauthorized.clone())], "data/codes/401.toml: a 401 example needs its WWW-Authenticate header");
    let with_challenge =
        unauthorized.replace("example = \"HTTP/1.1 401 Unauthorized\"", "example = \"\"\"\nHTTP/1.1 401 Unauthorized\nwww-authenticate: Bearer\n\"\"\"");
    assert_eq!(errors_for(&[("data/codes/401.toml", with_challenge)]), Vec::<String>::new(), "header names in any case");
    let redirect = VALID_404.replace("404", "308").replace("Not Found", "Permanent Redirect");
    assert_rejected(&[("data/codes/308.toml", redirect)], "a 308 example needs its Location header");
    let rate_limited = VALID_404.replace("404", "429").replace("Not Found", "Too Many Requests");
    assert_rejected(&[("data/codes/429.toml", rate_limited)], "a 429 example needs its Retry-After header");
    // Retry-After is advised, not required: a vendor's example shows what that vendor sends.
    let vendor_rate_limited = vendor("A").replace("404", "429").replace("Not Found", "Too Many Requests");
    assert_eq!(errors_for(&[("data/codes/429-a.toml", vendor_rate_limited)]), Vec::<String>::new());
}

#[test]
fn a_log_only_code_shows_a_log_line_not_a_response() {
    let log_only = vendor("nginx").replace("cacheable = true", "cacheable = true\nlog_only = true");
    assert_rejected(
        &[("data/codes/404-nginx.toml", log_only.clone())],
        "a log-only code never reaches a client: its example is a log line, not an HTTP response",
    );
    let with_log_line =
        log_only.replace("example = \"HTTP/1.1 404 Not Found\"", "example = \"127.0.0.1 - - [25/Nov/2026:10:00:00 +0000] \\\"GET / HTTP/1.1\\\" 404 0\"");
    assert_eq!(errors_for(&[("data/codes/404-nginx.toml", with_log_line.clone())]), Vec::<String>::new());
    let also_sent_as = with_log_line.replace("log_only = true", "log_only = true\nsent_as = 410");
    assert_rejected(
        &[("data/codes/404-nginx.toml", also_sent_as)],
        "data/codes/404-nginx.toml: a log-only code reaches no client, so it is not sent as another status: remove sent_as",
    );
}

#[test]
fn the_new_kinds_need_a_label_and_what_they_arrive_with() {
    assert_eq!(errors_for(&[("data/codes/nr-envoy.toml", VENDOR_ERROR.to_string())]), Vec::<String>::new());
    assert_rejected(&[("data/codes/nr-envoy.toml", VENDOR_ERROR.replace("label = \"NR\"\n", ""))], "data/codes/nr-envoy.toml: a vendor-error needs a label");
    assert_rejected(
        &[("data/codes/404.toml", VALID_404.replace("code = 404", "code = 404\nlabel = \"404\""))],
        "a status code is labelled by its number: remove label",
    );
    assert_rejected(&[("data/codes/nr-envoy.toml", VENDOR_ERROR.replace("vendor-error", "plugin"))], "unknown kind \"plugin\"");
    assert_rejected(&[("data/codes/no-route-envoy.toml", VENDOR_ERROR.to_string())], "data/codes/no-route-envoy.toml: the file name should start with \"nr\"");
    let on_a_missing_code = VENDOR_ERROR.replacen("code = 404", "code = 409", 1);
    assert_rejected(&[("data/codes/nr-envoy.toml", on_a_missing_code)], "data/codes/nr-envoy.toml: it arrives with 409, which is not in the database");
    assert_rejected(
        &[("data/codes/nr-envoy.toml", VENDOR_ERROR.to_string()), ("data/codes/nr-envoy-old.toml", VENDOR_ERROR.to_string())],
        "label \"NR\" is also nr-envoy's",
    );
    let istio = VENDOR_ERROR.replace("vendor = \"Envoy\"", "vendor = \"Istio\"");
    assert_eq!(
        errors_for(&[("data/codes/nr-envoy.toml", VENDOR_ERROR.to_string()), ("data/codes/nr-istio.toml", istio)]),
        Vec::<String>::new(),
        "two vendors may share a label"
    );
    let lower_case = VENDOR_ERROR.replace("label = \"NR\"", "label = \"nR\"");
    assert_eq!(
        errors_for(&[("data/codes/nr-envoy.toml", VENDOR_ERROR.to_string()), ("data/codes/nr-timeout-envoy.toml", lower_case)]),
        Vec::<String>::new(),
        "one vendor's labels may differ by case alone, as HAProxy's sH and SH do"
    );
    let not_http = VENDOR_ERROR.replace("kind = \"vendor-error\"", "kind = \"not-http\"").replace("label = \"NR\"", "label = \"0\"");
    assert_rejected(&[("data/codes/0-fetch.toml", not_http.clone())], "what is not HTTP has code 0");
    let zero = not_http.replacen("code = 404", "code = 0", 1).replace("class = \"4xx\"\n", "");
    assert_eq!(errors_for(&[("data/codes/0-fetch.toml", zero)]), Vec::<String>::new());
}

#[test]
fn unknown_fields_and_syntax_errors_name_the_file() {
    let text = format!("colour = \"blue\"\n{VALID_404}");
    assert_rejected(&[("data/codes/404.toml", text)], "data/codes/404.toml: unknown field `colour`");
    assert_rejected(&[("data/codes/404.toml", "code = ".into())], "data/codes/404.toml:");
}

#[test]
fn family_rows_must_name_an_entry_and_fit_their_columns() {
    let files = [file("data/codes/404.toml", VALID_404), file("data/codes/410.toml", &valid_410())];
    let families = FAMILIES.replace("cells = [\"No\"]", "cells = [\"No\", \"Extra\"]");
    let errors = compile(&files, &file("data/families.toml", &families), TODAY).unwrap_err();
    assert_eq!(errors, vec!["data/families.toml: family missing: row 404 has 2 cells for 1 columns".to_string()]);
    let families = FAMILIES.replace("entry = \"410\"", "entry = \"410-acme\"");
    let errors = compile(&files, &file("data/families.toml", &families), TODAY).unwrap_err();
    assert_eq!(errors, vec!["data/families.toml: family missing: row \"410-acme\" is not an entry (an id such as \"499-nginx\", or a code)".to_string()]);
}

#[test]
fn only_one_primary_vendor_entry_per_code() {
    let primary = |name: &str| vendor(name).replace("vendor = ", "primary = true\nvendor = ");
    assert_rejected(&[("data/codes/404-a.toml", primary("A")), ("data/codes/404-b.toml", primary("B"))], "only one vendor entry per code can be primary");
    let registered = VALID_404.replace("status = \"permanent\"", "status = \"permanent\"\nprimary = true");
    assert_rejected(&[("data/codes/404.toml", registered)], "primary only applies to vendor status codes");
}
