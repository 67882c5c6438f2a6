//! The build refuses broken data with a message naming the entry.

#[path = "../build/database.rs"]
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
"#;

const FAMILIES: &str = r#"
[[family]]
id = "missing"
title = "Missing"
codes = [404]
columns = ["Exists"]
[[family.rows]]
code = 404
cells = ["No"]
note = "Gone or never there."
"#;

fn file(name: &str, text: &str) -> SourceFile {
    SourceFile { name: name.into(), text: text.into() }
}

/// Compiles the given code files (plus a valid 404 unless replaced) and returns the errors.
fn errors_for(files: &[(&str, String)]) -> Vec<String> {
    let mut code_files = vec![file("data/codes/404.toml", VALID_404)];
    for (name, text) in files {
        code_files.retain(|existing| existing.name != *name);
        code_files.push(file(name, text));
    }
    match compile(&code_files, &file("data/families.toml", FAMILIES)) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    }
}

fn assert_rejected(files: &[(&str, String)], expected: &str) {
    let errors = errors_for(files);
    assert!(errors.iter().any(|error| error.contains(expected)), "expected an error containing {expected:?}, got {errors:?}");
}

#[test]
fn valid_data_compiles_to_static_rust() {
    let rust = compile(&[file("data/codes/404.toml", VALID_404)], &file("data/families.toml", FAMILIES)).expect("valid");
    assert!(rust.contains("Entry { id: \"404\", code: 404, phrase: \"Not Found\""), "{rust}");
    assert!(rust.contains("Family { id: \"missing\""), "{rust}");
}

#[test]
fn duplicate_code_and_vendor_is_rejected() {
    let twin = VALID_404.to_string();
    assert_rejected(&[("data/codes/404b.toml", twin)], "data/codes/404b.toml: duplicate entry for 404 from the registry (also in data/codes/404.toml)");
}

#[test]
fn same_code_from_two_vendors_is_fine() {
    let vendor =
        |name: &str| VALID_404.replace("status = \"permanent\"", &format!("status = \"unofficial\"\nvendor = \"{name}\"")).replace("spec = {", "# spec = {");
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
fn empty_summary_or_explanation_is_rejected() {
    let text = VALID_404.replace("summary = \"Nothing is at this URL.\"", "summary = \"  \"");
    assert_rejected(&[("data/codes/404.toml", text)], "data/codes/404.toml: summary is empty");
    let text = VALID_404.replace("explanation = \"The server has nothing at this URL.\"", "explanation = \"\"");
    assert_rejected(&[("data/codes/404.toml", text)], "data/codes/404.toml: explanation is empty");
}

#[test]
fn related_code_that_does_not_exist_is_rejected() {
    let text = format!("{VALID_404}\n[[related]]\ncode = 499\nnote = \"Not here.\"\n");
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
    assert_rejected(&[("data/codes/404.toml", text)], "expires is required for, and only for, a temporary registration");
}

#[test]
fn unknown_fields_and_syntax_errors_name_the_file() {
    let text = format!("colour = \"blue\"\n{VALID_404}");
    assert_rejected(&[("data/codes/404.toml", text)], "data/codes/404.toml: unknown field `colour`");
    assert_rejected(&[("data/codes/404.toml", "code = ".into())], "data/codes/404.toml:");
}

#[test]
fn family_rows_must_fit_their_columns() {
    let families = FAMILIES.replace("cells = [\"No\"]", "cells = [\"No\", \"Extra\"]");
    let errors = compile(&[file("data/codes/404.toml", VALID_404)], &file("data/families.toml", &families)).unwrap_err();
    assert_eq!(errors, vec!["data/families.toml: family missing: row 404 has 2 cells for 1 columns".to_string()]);
}

#[test]
fn only_one_primary_vendor_entry_per_code() {
    let vendor = |name: &str| {
        VALID_404.replace("status = \"permanent\"", &format!("status = \"unofficial\"\nvendor = \"{name}\"\nprimary = true")).replace("spec = {", "# spec = {")
    };
    assert_rejected(&[("data/codes/404-a.toml", vendor("A")), ("data/codes/404-b.toml", vendor("B"))], "only one vendor entry per code can be primary");
    let registered = VALID_404.replace("status = \"permanent\"", "status = \"permanent\"\nprimary = true");
    assert_rejected(&[("data/codes/404.toml", registered)], "primary only applies to vendor entries");
}
