//! Validates the status-code data files and turns them into static Rust.
//!
//! Shared by `build.rs` (which writes the generated code into `OUT_DIR`) and by the native
//! tests (which check that broken entries are rejected with a message naming the file).

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// One data file: its path from the crate root (for error messages and the entry id) and its text.
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeFile {
    code: u16,
    class: String,
    phrase: String,
    status: String,
    #[serde(default)]
    deprecated: bool,
    vendor: Option<String>,
    /// The vendor meaning most people mean when several vendors share a number.
    #[serde(default)]
    primary: bool,
    expires: Option<String>,
    aliases: Vec<String>,
    keywords: Vec<String>,
    headers: Vec<String>,
    cacheable: bool,
    summary: String,
    explanation: String,
    when_to_send: String,
    client_action: String,
    causes: Vec<String>,
    example: String,
    spec: Option<SpecFile>,
    #[serde(default)]
    related: Vec<RelatedFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpecFile {
    title: String,
    url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RelatedFile {
    code: u16,
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FamiliesFile {
    family: Vec<FamilyFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FamilyFile {
    id: String,
    title: String,
    codes: Vec<u16>,
    columns: Vec<String>,
    rows: Vec<FamilyRowFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FamilyRowFile {
    code: u16,
    cells: Vec<String>,
    note: String,
}

const STATUSES: [(&str, &str); 5] =
    [("permanent", "Permanent"), ("temporary", "Temporary"), ("unused", "Unused"), ("obsoleted", "Obsoleted"), ("unofficial", "Unofficial")];

/// Parses and validates every file, returning the generated Rust source or every problem found,
/// each naming its file.
pub fn compile(code_files: &[SourceFile], families_file: &SourceFile) -> Result<String, Vec<String>> {
    let mut errors = Vec::new();
    let mut entries: Vec<(String, CodeFile)> = Vec::new();
    for file in code_files {
        match toml::from_str::<CodeFile>(&file.text) {
            Ok(entry) => {
                let problems = check_entry(&file.name, &entry);
                if problems.is_empty() {
                    entries.push((file.name.clone(), entry));
                }
                errors.extend(problems);
            }
            Err(error) => errors.push(format!("{}: {}", file.name, error.message())),
        }
    }
    let families = match toml::from_str::<FamiliesFile>(&families_file.text) {
        Ok(parsed) => parsed.family,
        Err(error) => {
            errors.push(format!("{}: {}", families_file.name, error.message()));
            Vec::new()
        }
    };

    // Registered entry first, then the primary vendor meaning, then vendors by name.
    entries.sort_by_key(|(_, entry)| (entry.code, entry.vendor.is_some(), !entry.primary, entry.vendor.clone()));
    let mut seen = BTreeMap::new();
    for (file, entry) in &entries {
        let key = (entry.code, entry.vendor.clone());
        if let Some(first) = seen.insert(key, file.clone()) {
            let owner = entry.vendor.as_deref().unwrap_or("the registry");
            errors.push(format!("{file}: duplicate entry for {} from {owner} (also in {first})", entry.code));
        }
    }
    let mut primaries = BTreeMap::new();
    for (file, entry) in entries.iter().filter(|(_, entry)| entry.primary) {
        if let Some(first) = primaries.insert(entry.code, file.clone()) {
            errors.push(format!("{file}: only one vendor entry per code can be primary (also {first})"));
        }
    }
    let known: BTreeSet<u16> = entries.iter().map(|(_, entry)| entry.code).collect();
    for (file, entry) in &entries {
        for related in &entry.related {
            if !known.contains(&related.code) {
                errors.push(format!("{file}: related code {} does not exist", related.code));
            }
        }
    }
    for family in &families {
        errors.extend(check_family(&families_file.name, family, &known));
    }

    if errors.is_empty() {
        Ok(generate(&entries, &families))
    } else {
        Err(errors)
    }
}

/// `data/codes/404.toml` → `404`, `data/codes/499-nginx.toml` → `499-nginx`: the entry's stable id.
fn entry_id(path: &str) -> String {
    let file_name = path.rsplit('/').next().unwrap_or(path);
    file_name.trim_end_matches(".toml").to_string()
}

fn check_entry(file: &str, entry: &CodeFile) -> Vec<String> {
    let mut problems = Vec::new();
    let mut problem = |message: String| problems.push(format!("{file}: {message}"));
    if !(100..=599).contains(&entry.code) {
        problem(format!("code {} is outside 100 to 599", entry.code));
    }
    let class = format!("{}xx", entry.code / 100);
    if entry.class != class {
        problem(format!("class \"{}\" does not match code {} (expected \"{class}\")", entry.class, entry.code));
    }
    if !entry_id(file).starts_with(&entry.code.to_string()) {
        problem(format!("the file name should start with its code {}", entry.code));
    }
    for (field, text) in [
        ("phrase", &entry.phrase),
        ("summary", &entry.summary),
        ("explanation", &entry.explanation),
        ("when_to_send", &entry.when_to_send),
        ("client_action", &entry.client_action),
        ("example", &entry.example),
    ] {
        if text.trim().is_empty() {
            problem(format!("{field} is empty"));
        }
    }
    if !entry.summary.trim().ends_with('.') {
        problem("summary should be one sentence ending with a full stop".into());
    }
    let status_line = format!("HTTP/1.1 {} ", entry.code);
    if !entry.example.trim_start().starts_with(&status_line) {
        problem(format!("example should start with the status line \"{status_line}…\""));
    }
    if !STATUSES.iter().any(|(name, _)| *name == entry.status) {
        problem(format!("unknown status \"{}\"", entry.status));
    }
    let unofficial = entry.status == "unofficial";
    match (&entry.vendor, unofficial) {
        (None, true) => problem("an unofficial code needs a vendor".into()),
        (Some(_), false) => problem("a registered code has no vendor (use status = \"unofficial\")".into()),
        _ => {}
    }
    if entry.primary && entry.vendor.is_none() {
        problem("primary only applies to vendor entries".into());
    }
    if (entry.status == "temporary") != entry.expires.is_some() {
        problem("expires is required for, and only for, a temporary registration".into());
    }
    match &entry.spec {
        None if !unofficial => problem("a registered code needs a spec link".into()),
        Some(spec) if spec.title.trim().is_empty() || !spec.url.starts_with("https://") => problem("spec needs a title and an https:// url".into()),
        _ => {}
    }
    if entry.code >= 400 && entry.causes.is_empty() {
        problem("an error code needs at least one common cause".into());
    }
    for related in &entry.related {
        if related.code == entry.code {
            problem(format!("related code {} is this entry's own number (other meanings are listed automatically)", related.code));
        }
        if related.note.trim().is_empty() {
            problem(format!("related code {} needs a note", related.code));
        }
    }
    problems
}

fn check_family(file: &str, family: &FamilyFile, known: &BTreeSet<u16>) -> Vec<String> {
    let mut problems = Vec::new();
    let id = &family.id;
    for code in &family.codes {
        if !known.contains(code) {
            problems.push(format!("{file}: family {id}: code {code} does not exist"));
        }
        if !family.rows.iter().any(|row| row.code == *code) {
            problems.push(format!("{file}: family {id}: code {code} has no row"));
        }
    }
    for row in &family.rows {
        if row.cells.len() != family.columns.len() {
            problems.push(format!("{file}: family {id}: row {} has {} cells for {} columns", row.code, row.cells.len(), family.columns.len()));
        }
    }
    problems
}

fn generate(entries: &[(String, CodeFile)], families: &[FamilyFile]) -> String {
    let mut out = String::from("// Generated by build.rs from data/: edit the data files, not this.\n\n");
    out.push_str("pub(crate) static ENTRIES: &[Entry] = &[\n");
    for (file, entry) in entries {
        let id = entry_id(file);
        let status = STATUSES.iter().find(|(name, _)| *name == entry.status).map(|(_, variant)| variant);
        let spec = match &entry.spec {
            Some(spec) => format!("Some(Spec {{ title: {:?}, url: {:?} }})", spec.title, spec.url),
            None => "None".into(),
        };
        let related: Vec<String> =
            entry.related.iter().map(|related| format!("Related {{ code: {}, note: {:?} }}", related.code, related.note.trim())).collect();
        let _ = writeln!(
            out,
            "    Entry {{ id: {id:?}, code: {}, phrase: {:?}, status: Status::{}, deprecated: {}, vendor: {:?}, \
             expires: {:?}, aliases: &{:?}, keywords: &{:?}, headers: &{:?}, cacheable: {}, summary: {:?}, \
             explanation: {:?}, when_to_send: {:?}, client_action: {:?}, causes: &{:?}, example: {:?}, spec: {spec}, \
             related: &[{}] }},",
            entry.code,
            entry.phrase,
            status.expect("checked in check_entry"),
            entry.deprecated,
            entry.vendor,
            entry.expires,
            entry.aliases,
            entry.keywords,
            entry.headers,
            entry.cacheable,
            entry.summary.trim(),
            entry.explanation.trim(),
            entry.when_to_send.trim(),
            entry.client_action.trim(),
            entry.causes,
            entry.example.trim(),
            related.join(", "),
        );
    }
    out.push_str("];\n\npub(crate) static FAMILIES: &[Family] = &[\n");
    for family in families {
        let rows: Vec<String> =
            family.rows.iter().map(|row| format!("FamilyRow {{ code: {}, cells: &{:?}, note: {:?} }}", row.code, row.cells, row.note)).collect();
        let _ = writeln!(
            out,
            "    Family {{ id: {:?}, title: {:?}, codes: &{:?}, columns: &{:?}, rows: &[{}] }},",
            family.id,
            family.title,
            family.codes,
            family.columns,
            rows.join(", ")
        );
    }
    out.push_str("];\n");
    out
}
