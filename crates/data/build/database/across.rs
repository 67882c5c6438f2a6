//! The checks across entries: what no entry can see alone (duplicates, one primary per code, one
//! record per vendor's label, and the codes an entry names or arrives with).

use super::entry::{status_line, Checked};
use super::schema::Kind;
use std::collections::{BTreeMap, BTreeSet};

/// Every problem between the entries, each naming its file; `entries` in the database order.
pub(super) fn check_across(entries: &[Checked]) -> Vec<String> {
    let mut errors = Vec::new();
    let mut seen = BTreeMap::new();
    for checked in entries {
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
    // Case counts: HAProxy's `sH` (a server timeout) and `SH` (the server aborted) are two states.
    let mut labels = BTreeMap::new();
    for checked in entries.iter().filter(|checked| checked.kind != Kind::Status) {
        let label = (checked.entry.label.clone().unwrap_or_default(), checked.entry.vendor.clone());
        if let Some(first) = labels.insert(label, checked.id.clone()) {
            errors.push(format!(
                "data/codes/{}.toml: label {:?} is also {first}'s: a label names one record of a vendor",
                checked.id,
                checked.entry.label.as_deref().unwrap_or_default()
            ));
        }
    }
    let codes: BTreeSet<u16> = entries.iter().filter(|checked| checked.kind == Kind::Status).map(|checked| checked.entry.code).collect();
    for checked in entries {
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
    errors
}
