//! One entry file (`data/codes/*.toml`): its shape, and the checks it passes on its own.

use super::schema::{Class, Kind, Status, PROSE_FIELD, PROSE_ITEM, PROSE_RECORD};
use http_status_rules::{rules_for, Example};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CodeFile {
    #[serde(default = "status_kind")]
    pub(super) kind: String,
    pub(super) code: u16,
    pub(super) label: Option<String>,
    pub(super) class: Option<String>,
    pub(super) phrase: String,
    pub(super) status: String,
    #[serde(default)]
    pub(super) deprecated: bool,
    pub(super) vendor: Option<String>,
    /// The vendor meaning most people mean when several vendors share a number.
    #[serde(default)]
    pub(super) primary: bool,
    pub(super) expires: Option<String>,
    pub(super) aliases: Vec<String>,
    pub(super) keywords: Vec<String>,
    #[serde(default)]
    pub(super) signatures: Vec<String>,
    pub(super) headers: Vec<String>,
    pub(super) cacheable: bool,
    #[serde(default)]
    pub(super) log_only: bool,
    pub(super) sent_as: Option<u16>,
    pub(super) summary: String,
    pub(super) explanation: String,
    pub(super) when_to_send: String,
    pub(super) client_action: String,
    pub(super) causes: Vec<String>,
    pub(super) example: String,
    pub(super) spec: Option<SpecFile>,
    #[serde(default)]
    pub(super) related: Vec<RelatedFile>,
}

fn status_kind() -> String {
    Kind::Status.as_str().to_string()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SpecFile {
    pub(super) title: String,
    pub(super) url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RelatedFile {
    pub(super) code: u16,
    pub(super) note: String,
}

/// A data file after the checks of its own, with its id and parsed vocabularies.
pub(super) struct Checked {
    pub(super) id: String,
    pub(super) kind: Kind,
    pub(super) status: Status,
    pub(super) entry: CodeFile,
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
pub(super) fn status_line(example: &str) -> Option<(u16, &str)> {
    let line = example.trim_start().lines().next()?;
    let rest = line.strip_prefix("HTTP/")?;
    let (_version, rest) = rest.split_once(' ')?;
    let (code, phrase) = rest.split_once(' ').unwrap_or((rest, ""));
    Some((code.parse().ok()?, phrase.trim()))
}

/// The longest summary a card shows in full.
const SUMMARY_MAX_CHARS: usize = 150;

pub(super) fn check_entry(file: &str, entry: CodeFile, today: &str) -> Result<Checked, Vec<String>> {
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
    // Every card of a width band takes the same height (styles/card.css), sized for this.
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
            let example = if entry.vendor.is_some() { Example::Vendors } else { Example::Ours };
            for rule in rules_for(code).iter().filter(|rule| rule.need.demanded_of(example)) {
                let prefix = format!("{}:", rule.field.to_ascii_lowercase());
                if !entry.example.lines().any(|line| line.trim_start().to_ascii_lowercase().starts_with(&prefix)) {
                    problem(format!("a {code} example needs its {} header", rule.field));
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
