//! Validates the status-code data files and turns them into static Rust.
//!
//! Shared by `build.rs` (which writes the generated code into `OUT_DIR`) and by the native
//! tests (which check that broken entries are rejected with a message naming the file).

#[path = "../src/schema.rs"]
#[allow(dead_code)] // The build uses the tables' names, not every word the views use.
mod schema;
use http_status_codegen::Fields;
use http_status_rules::{required_header, Need};
use schema::{Class, Kind, Status, PROSE_FIELD, PROSE_ITEM, PROSE_RECORD};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// One data file: its path from the repository (for error messages and the entry id) and its text.
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeFile {
    #[serde(default = "status_kind")]
    kind: String,
    code: u16,
    label: Option<String>,
    class: Option<String>,
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
    #[serde(default)]
    signatures: Vec<String>,
    headers: Vec<String>,
    cacheable: bool,
    #[serde(default)]
    log_only: bool,
    sent_as: Option<u16>,
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

fn status_kind() -> String {
    Kind::Status.as_str().to_string()
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
    columns: Vec<String>,
    rows: Vec<FamilyRowFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FamilyRowFile {
    /// The entry compared: its id ("499-nginx") or, for a registered code, its number.
    entry: toml::Value,
    cells: Vec<String>,
    note: String,
}

/// A data file after the checks of its own, with its id and parsed vocabularies.
struct Checked {
    id: String,
    kind: Kind,
    status: Status,
    entry: CodeFile,
}

/// What the build writes: the static Rust of the database, and the prose file the wasm fetches
/// when a view shows it (its first line the hash both carry).
#[derive(Debug)]
pub struct Compiled {
    pub rust: String,
    pub prose: String,
}

/// Parses and validates every file, returning the generated Rust source and prose file, or every
/// problem found, each naming its file. `today` (YYYY-MM-DD) is the date registrations expire against.
pub fn compile(code_files: &[SourceFile], families_file: &SourceFile, today: &str) -> Result<Compiled, Vec<String>> {
    let mut errors = Vec::new();
    let mut entries: Vec<Checked> = Vec::new();
    for file in code_files {
        match toml::from_str::<CodeFile>(&file.text) {
            Ok(entry) => match check_entry(&file.name, entry, today) {
                Ok(checked) => entries.push(checked),
                Err(problems) => errors.extend(problems),
            },
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

    // Within a code: the registered entry, the primary vendor meaning, vendors by name, then
    // sub-statuses and vendor errors by label.
    entries.sort_by_key(|checked| {
        let entry = &checked.entry;
        (entry.code, checked.kind, entry.vendor.is_some(), !entry.primary, entry.vendor.clone(), label_order(entry.label.as_deref()))
    });
    let mut seen = BTreeMap::new();
    for checked in &entries {
        let entry = &checked.entry;
        let key = (entry.code, checked.kind, entry.vendor.clone(), entry.label.clone());
        if let Some(first) = seen.insert(key, checked.id.clone()) {
            let owner = entry.vendor.as_deref().unwrap_or("the registry");
            errors.push(format!(
                "data/codes/{}.toml: duplicate entry for {} from {owner} (also in data/codes/{first}.toml)",
                checked.id,
                entry.label.as_deref().unwrap_or(&entry.code.to_string())
            ));
        }
    }
    let mut primaries = BTreeMap::new();
    for checked in entries.iter().filter(|checked| checked.entry.primary) {
        if let Some(first) = primaries.insert(checked.entry.code, checked.id.clone()) {
            errors.push(format!("data/codes/{}.toml: only one vendor entry per code can be primary (also {first})", checked.id));
        }
    }
    // Two vendors may share a label (IIS's and ASP.NET Core's 500.0); one vendor uses it once.
    let mut labels = BTreeMap::new();
    for checked in entries.iter().filter(|checked| checked.kind != Kind::Status) {
        let label = (checked.entry.label.clone().unwrap_or_default().to_ascii_lowercase(), checked.entry.vendor.clone());
        if let Some(first) = labels.insert(label, checked.id.clone()) {
            errors.push(format!(
                "data/codes/{}.toml: label {:?} is also {first}'s: a label names one record of a vendor",
                checked.id,
                checked.entry.label.as_deref().unwrap_or_default()
            ));
        }
    }
    let codes: BTreeSet<u16> = entries.iter().filter(|checked| checked.kind == Kind::Status).map(|checked| checked.entry.code).collect();
    for checked in &entries {
        for related in &checked.entry.related {
            if !codes.contains(&related.code) {
                errors.push(format!("data/codes/{}.toml: related code {} does not exist", checked.id, related.code));
            }
        }
        // What arrives as another status shows that status's registered name, if any.
        if let Some(sent_as) = checked.entry.sent_as {
            let registered = entries.iter().find(|other| other.entry.code == sent_as && other.kind == Kind::Status && other.entry.vendor.is_none());
            let phrase = status_line(&checked.entry.example).map(|(_, phrase)| phrase).unwrap_or_default();
            match registered {
                None => errors.push(format!("data/codes/{}.toml: sent_as {sent_as} is not a registered code in the database", checked.id)),
                Some(other) if !phrase.is_empty() && phrase != other.entry.phrase && !other.entry.aliases.iter().any(|alias| alias == phrase) => errors
                    .push(format!("data/codes/{}.toml: the example's reason phrase {phrase:?} is not {sent_as}'s (\"{}\")", checked.id, other.entry.phrase)),
                Some(_) => {}
            }
        }
        if checked.kind != Kind::Status && checked.kind != Kind::NotHttp && !codes.contains(&checked.entry.code) {
            errors.push(format!("data/codes/{}.toml: it arrives with {}, which is not in the database", checked.id, checked.entry.code));
        }
    }
    let mut family_rows = Vec::new();
    for family in &families {
        match check_family(&families_file.name, family, &entries) {
            Ok(rows) => family_rows.push(rows),
            Err(problems) => errors.extend(problems),
        }
    }

    if errors.is_empty() {
        let body = prose(&entries);
        let hash = prose_hash(&body);
        Ok(Compiled { rust: generate(&entries, &families, &family_rows, &hash), prose: format!("{hash}\n{body}") })
    } else {
        Err(errors)
    }
}

/// Labels in the order a reader expects: "500.2" before "500.19", then words alphabetically.
fn label_order(label: Option<&str>) -> (Vec<u32>, String) {
    let label = label.unwrap_or_default();
    let numbers = label.split('.').map_while(|part| part.parse::<u32>().ok()).collect();
    (numbers, label.to_ascii_lowercase())
}

/// `data/codes/404.toml` → `404`, `data/codes/499-nginx.toml` → `499-nginx`: the entry's stable id.
fn entry_id(path: &str) -> String {
    let file_name = path.rsplit('/').next().unwrap_or(path);
    file_name.trim_end_matches(".toml").to_string()
}

/// Whether a date is YYYY-MM-DD.
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10 && bytes.iter().enumerate().all(|(index, byte)| if index == 4 || index == 7 { *byte == b'-' } else { byte.is_ascii_digit() })
}

/// The status code on an example's first line, if it is an HTTP status line, and its reason phrase.
fn status_line(example: &str) -> Option<(u16, &str)> {
    let line = example.trim_start().lines().next()?;
    let rest = line.strip_prefix("HTTP/")?;
    let (_version, rest) = rest.split_once(' ')?;
    let (code, phrase) = rest.split_once(' ').unwrap_or((rest, ""));
    Some((code.parse().ok()?, phrase.trim()))
}

/// The longest summary a card shows in full.
const SUMMARY_MAX_CHARS: usize = 150;

fn check_entry(file: &str, entry: CodeFile, today: &str) -> Result<Checked, Vec<String>> {
    let mut problems = Vec::new();
    let mut problem = |message: String| problems.push(format!("{file}: {message}"));
    let id = entry_id(file);
    let kind = Kind::from_name(&entry.kind);
    let status = Status::from_name(&entry.status);
    if kind.is_none() {
        problem(format!("unknown kind \"{}\" (status, substatus, vendor-error or not-http)", entry.kind));
    }
    if status.is_none() {
        problem(format!("unknown status \"{}\"", entry.status));
    }
    let kind = kind.unwrap_or(Kind::Status);
    match (kind, Class::of(entry.code)) {
        (Kind::NotHttp, _) if entry.code != 0 => problem("what is not HTTP has code 0".into()),
        (Kind::NotHttp, _) => {}
        (_, None) => problem(format!("code {} is outside 100 to 599", entry.code)),
        (_, Some(class)) if entry.class.as_deref() != Some(class.label()) => {
            problem(format!("class {:?} does not match code {} (expected \"{}\")", entry.class.as_deref().unwrap_or_default(), entry.code, class.label()))
        }
        _ => {}
    }
    if kind == Kind::NotHttp && entry.class.is_some() {
        problem("what is not HTTP has no class".into());
    }
    match (&entry.label, kind) {
        (Some(_), Kind::Status) => problem("a status code is labelled by its number: remove label".into()),
        (None, Kind::Substatus | Kind::VendorError | Kind::NotHttp) => problem(format!("a {} needs a label, what people type for it", entry.kind)),
        (Some(label), _) if label.trim().is_empty() => problem("label is empty".into()),
        _ => {}
    }
    let name_start = entry.label.clone().unwrap_or_else(|| entry.code.to_string()).to_ascii_lowercase().replace(' ', "-");
    if !id.starts_with(&name_start) {
        problem(format!("the file name should start with {name_start:?}"));
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
    let texts = [&entry.explanation, &entry.when_to_send, &entry.client_action, &entry.example]
        .into_iter()
        .chain(&entry.causes)
        .chain(entry.related.iter().map(|related| &related.note));
    if texts.into_iter().any(|text| text.contains([PROSE_RECORD, PROSE_FIELD, PROSE_ITEM])) {
        problem("the prose contains an ASCII separator character (U+001D to U+001F)".into());
    }
    if !entry.summary.trim().ends_with('.') {
        problem("summary should be one sentence ending with a full stop".into());
    }
    // Every card of a width band takes the same height (styles/http-status.css), sized for this.
    let summary_length = entry.summary.trim().chars().count();
    if summary_length > SUMMARY_MAX_CHARS {
        problem(format!("summary has {summary_length} characters; a card fits {SUMMARY_MAX_CHARS}: say it shorter"));
    }
    if entry.keywords.is_empty() {
        problem("keywords is empty: add the words people search for it by".into());
    }
    if entry.related.is_empty() {
        problem("related is empty: name at least one code people confuse with it".into());
    }
    let unofficial = status == Some(Status::Unofficial);
    match (&entry.vendor, unofficial) {
        (None, true) => problem("an unofficial code needs a vendor".into()),
        (Some(_), false) => problem("a registered code has no vendor (use status = \"unofficial\")".into()),
        _ => {}
    }
    if kind != Kind::Status && !unofficial {
        problem(format!("a {} is unofficial: set status = \"unofficial\"", entry.kind));
    }
    if entry.primary && (entry.vendor.is_none() || kind != Kind::Status) {
        problem("primary only applies to vendor status codes".into());
    }
    let temporary = matches!(status, Some(Status::Temporary | Status::Expired));
    if temporary != entry.expires.is_some() {
        problem("expires is required for, and only for, a temporary or expired registration".into());
    }
    if let Some(expires) = &entry.expires {
        if !is_date(expires) {
            problem(format!("expires {expires:?} is not a date (YYYY-MM-DD)"));
        } else if status == Some(Status::Temporary) && expires.as_str() < today {
            problem(format!("expires {expires} has passed: update the registration state (status = \"expired\", or the new date of an extension)"));
        } else if status == Some(Status::Expired) && expires.as_str() >= today {
            problem(format!("expires {expires} has not passed: the registration is still temporary"));
        }
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
        if related.code == entry.code && kind == Kind::Status {
            problem(format!("related code {} is this entry's own number (other meanings are listed automatically)", related.code));
        }
        if related.note.trim().is_empty() {
            problem(format!("related code {} needs a note", related.code));
        }
    }
    match entry.sent_as {
        Some(sent_as) if sent_as == entry.code => problem(format!("sent_as {sent_as} is the entry's own code: remove it")),
        Some(_) if entry.log_only => problem("a log-only code reaches no client, so it is not sent as another status: remove sent_as".into()),
        _ => {}
    }
    // The example: the response a client gets, or, for what never reaches one, a log line.
    let on_the_wire = entry.sent_as.unwrap_or(entry.code);
    match status_line(&entry.example) {
        Some(_) if entry.log_only => problem("a log-only code never reaches a client: its example is a log line, not an HTTP response".into()),
        Some((code, phrase)) => {
            if code != on_the_wire && kind == Kind::Status {
                problem(format!("the example's status line says {code}, the entry {on_the_wire}"));
            }
            let names: Vec<&str> = std::iter::once(entry.phrase.as_str()).chain(entry.aliases.iter().map(String::as_str)).collect();
            // Vendors' software prints what it likes (Laravel's 419 says "unknown status"); a status
            // line that carries `sent_as` is checked against that code's entry, in `compile`.
            if entry.vendor.is_none() && entry.sent_as.is_none() && !phrase.is_empty() && !names.contains(&phrase) {
                problem(format!("the example's reason phrase {phrase:?} is neither the phrase nor an alias"));
            }
            // A vendor's example shows what it really sends, which may lack an advised field.
            if let Some((header, _)) = required_header(code).filter(|&(_, need)| need == Need::Required || entry.vendor.is_none()) {
                let prefix = format!("{}:", header.to_ascii_lowercase());
                if !entry.example.lines().any(|line| line.trim_start().to_ascii_lowercase().starts_with(&prefix)) {
                    problem(format!("a {code} example needs its {header} header"));
                }
            }
        }
        None if kind == Kind::Status && !entry.log_only => problem(format!("example should start with the status line \"HTTP/1.1 {on_the_wire} …\"")),
        None => {}
    }
    match (problems.is_empty(), status) {
        (true, Some(status)) => Ok(Checked { id, kind, status, entry }),
        _ => Err(problems),
    }
}

/// A family's rows, each resolved to the entry it compares.
fn check_family(file: &str, family: &FamilyFile, entries: &[Checked]) -> Result<Vec<String>, Vec<String>> {
    let mut problems = Vec::new();
    let mut ids = Vec::new();
    let id = &family.id;
    for row in &family.rows {
        let named = match &row.entry {
            toml::Value::String(entry_id) => entries.iter().find(|checked| checked.id == *entry_id),
            toml::Value::Integer(code) => entries.iter().find(|checked| checked.kind == Kind::Status && i64::from(checked.entry.code) == *code),
            _ => None,
        };
        match named {
            Some(checked) => ids.push(checked.id.clone()),
            None => problems.push(format!("{file}: family {id}: row {} is not an entry (an id such as \"499-nginx\", or a code)", row.entry)),
        }
        if row.cells.len() != family.columns.len() {
            problems.push(format!("{file}: family {id}: row {} has {} cells for {} columns", row.entry, row.cells.len(), family.columns.len()));
        }
    }
    if problems.is_empty() {
        Ok(ids)
    } else {
        Err(problems)
    }
}

/// The prose of every entry, in database order (see `PROSE_RECORD` in src/db/schema.rs).
fn prose(entries: &[Checked]) -> String {
    let records: Vec<String> = entries
        .iter()
        .map(|Checked { id, entry, .. }| {
            let list = |items: Vec<&str>| items.iter().map(|item| item.trim()).collect::<Vec<_>>().join(&PROSE_ITEM.to_string());
            let fields = [
                id.clone(),
                entry.explanation.trim().to_string(),
                entry.when_to_send.trim().to_string(),
                entry.client_action.trim().to_string(),
                list(entry.causes.iter().map(String::as_str).collect()),
                entry.example.trim().to_string(),
                list(entry.related.iter().map(|related| related.note.as_str()).collect()),
            ];
            fields.join(&PROSE_FIELD.to_string())
        })
        .collect();
    records.join(&PROSE_RECORD.to_string())
}

/// FNV-1a, 64 bits, in hex: ties a prose file to the wasm built with it.
fn prose_hash(body: &str) -> String {
    let hash = body.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}

fn generate(entries: &[Checked], families: &[FamilyFile], family_rows: &[Vec<String>], prose_hash: &str) -> String {
    let mut out = String::from("// Generated by build.rs from data/: edit the data files, not this.\n\n");
    let _ = writeln!(out, "pub(crate) const PROSE_HASH: &str = {prose_hash:?};\n");
    out.push_str("pub(crate) static ENTRIES: &[Entry] = &[\n");
    for (index, Checked { id, kind, status, entry }) in entries.iter().enumerate() {
        let spec = match &entry.spec {
            Some(spec) => Fields::new("Spec").text("title", &spec.title).text("url", &spec.url).done(),
            None => "None".into(),
        };
        let spec = if entry.spec.is_some() { format!("Some({spec})") } else { spec };
        let related: Vec<String> = entry.related.iter().map(|related| related.code.to_string()).collect();
        let label = entry.label.clone().unwrap_or_else(|| entry.code.to_string());
        let record = Fields::new("Entry")
            .field("index", index)
            .text("id", id)
            .field("kind", format!("Kind::{kind:?}"))
            .field("code", entry.code)
            .text("label", &label)
            .text("phrase", &entry.phrase)
            .field("status", format!("Status::{status:?}"))
            .field("deprecated", entry.deprecated)
            .field("vendor", format!("{:?}", entry.vendor))
            .field("expires", format!("{:?}", entry.expires))
            .texts("aliases", &entry.aliases)
            .texts("keywords", &entry.keywords)
            .texts("signatures", &entry.signatures)
            .texts("headers", &entry.headers)
            .field("cacheable", entry.cacheable)
            .field("log_only", entry.log_only)
            .field("sent_as", format!("{:?}", entry.sent_as))
            .text("summary", &entry.summary)
            .field("spec", spec)
            .field("related", format!("&[{}]", related.join(", ")))
            .done();
        let _ = writeln!(out, "    {record},");
    }
    out.push_str("];\n\npub(crate) static FAMILIES: &[Family] = &[\n");
    for (family, ids) in families.iter().zip(family_rows) {
        let rows: Vec<String> = family
            .rows
            .iter()
            .zip(ids)
            .map(|(row, id)| Fields::new("FamilyRow").text("id", id).texts("cells", &row.cells).text("note", &row.note).done())
            .collect();
        let record = Fields::new("Family")
            .text("id", &family.id)
            .text("title", &family.title)
            .texts("columns", &family.columns)
            .field("rows", format!("&[{}]", rows.join(", ")))
            .done();
        let _ = writeln!(out, "    {record},");
    }
    out.push_str("];\n");
    out
}
