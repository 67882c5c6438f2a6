//! Records as text: the best one in full (what the explainer shows, without its comparison
//! tables), the others one line each, best first.

use crate::page::Page;
use http_status_data::{self as db, Entry, Kind, Status};
use http_status_markup::card_face::formerly;

/// The records found, best first: the first in full, then the others under it.
pub fn records(page: &mut Page, found: &[&'static Entry], more: usize) {
    let Some((best, others)) = found.split_first() else { return };
    full(page, best);
    if !others.is_empty() || more > 0 {
        page.heading("Also matching, best first", 0);
        for other in others {
            one_line(page, other);
        }
        if more > 0 {
            page.line(page.style.dim(&format!("  \u{2026} and {more} more (--limit 0 lists them all)")));
        }
    }
}

/// Everything about one record.
fn full(page: &mut Page, entry: &'static Entry) {
    page.titled(entry.class_label(), &entry.title(), "", 0);
    if !entry.aliases.is_empty() {
        page.hanging(&formerly(entry), 0, "");
    }
    page.hanging(entry.summary, 0, "");
    page.gap();
    for (name, value) in facts(entry) {
        page.hanging(&value, 0, &format!("{name:<14}"));
    }
    let details = entry.details();
    if let Some(prose) = entry.prose() {
        section(page, "What it means", prose.explanation);
        section(page, when_heading(entry), prose.when_to_send);
        section(page, "What to do", prose.client_action);
        if !prose.causes.is_empty() {
            page.heading("Common causes", 0);
            for cause in &prose.causes {
                page.hanging(cause, 2, "\u{2022} ");
            }
        }
        page.heading(example_heading(entry, prose.example), 0);
        page.verbatim(prose.example, 2);
        let related: Vec<_> =
            details.related.iter().zip(&prose.related_notes).filter_map(|(&code, note)| db::lookup(code).map(|other| (other, note))).collect();
        if !related.is_empty() {
            page.heading("Related codes", 0);
            for (other, note) in related {
                page.hanging(note, 2, &format!("{:<5}", other.label));
            }
        }
    }
    if !details.headers.is_empty() {
        page.heading("Related headers", 0);
        page.hanging(&details.headers.join(", "), 2, "");
    }
    let namesakes: Vec<&Entry> = entry.namesakes().collect();
    if !namesakes.is_empty() {
        page.heading(&format!("Other meanings of {}", entry.code), 0);
        for other in namesakes {
            let whose = other.vendor.unwrap_or("IANA registry");
            page.hanging(&format!("{} ({whose}) \u{00b7} http-status {}", other.phrase, other.id), 2, "");
        }
    }
    let refinements: Vec<String> = entry.refinements().map(|other| format!("{} ({})", other.label, other.vendor.unwrap_or_default())).collect();
    if !refinements.is_empty() {
        page.heading(&format!("Sub-statuses and vendor errors that arrive as {}", entry.code), 0);
        page.hanging(&refinements.join(", "), 2, "");
    }
}

/// A record in one line: its title, vendor and what to type for it in full.
fn one_line(page: &mut Page, entry: &Entry) {
    let vendor = entry.vendor.map(|vendor| format!(" ({vendor})")).unwrap_or_default();
    page.titled(entry.class_label(), &entry.title(), &format!("{vendor} \u{00b7} http-status {}", entry.id), 2);
}

fn section(page: &mut Page, heading: &str, text: &str) {
    page.heading(heading, 0);
    page.paragraphs(text, 2);
}

/// The record's facts as name and value: class, registry state, vendor, what a client gets, spec.
fn facts(entry: &Entry) -> Vec<(&'static str, String)> {
    let mut facts = Vec::new();
    if let Some(class) = entry.class() {
        facts.push(("Class", format!("{} {}", class.label(), class.name())));
    }
    facts.push(("Registry", registry(entry)));
    if let Some(vendor) = entry.vendor {
        facts.push(("Vendor", vendor.to_string()));
    }
    if let Some(parent) = entry.parent() {
        let relation = if entry.kind == Kind::Substatus { "Sub-status of" } else { "Arrives as" };
        facts.push((relation, parent.title()));
    }
    if let Some(sent_as) = entry.sent_as.and_then(db::lookup) {
        facts.push(("Client gets", format!("{} by default", sent_as.title())));
    }
    if entry.log_only {
        facts.push(("Client gets", "nothing: it is written to logs only".to_string()));
    }
    if let Some(spec) = entry.details().spec {
        facts.push(("Specification", format!("{} {}", spec.title, spec.url)));
    }
    facts
}

/// The record's state in the IANA registry, or whose own it is.
fn registry(entry: &Entry) -> String {
    let deprecated = if entry.deprecated { ", deprecated in practice" } else { "" };
    match (entry.kind, entry.status, entry.expires) {
        (Kind::NotHttp, ..) => "none: not an HTTP status, reported when no response came".to_string(),
        (_, Status::Unofficial, _) => "not registered: a vendor's own".to_string(),
        (_, Status::Temporary, Some(expires)) => format!("IANA, temporary, set to expire {expires}"),
        (_, Status::Expired, Some(expires)) => format!("IANA, temporary, expired {expires}: best treated as deprecated"),
        _ => format!("IANA, {}{deprecated}", entry.status.as_str()),
    }
}

fn when_heading(entry: &Entry) -> &'static str {
    match entry.kind {
        Kind::NotHttp => "When you see it",
        _ if entry.is_registered() => "When a server sends it",
        _ => "When it is sent",
    }
}

fn example_heading(entry: &Entry, example: &str) -> &'static str {
    if entry.log_only {
        "Example log line"
    } else if entry.kind == Kind::NotHttp || !example.trim_start().starts_with("HTTP/") {
        "What you see"
    } else {
        "Example response"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::style::Style;

    fn text_of(found: &[&'static Entry], more: usize) -> String {
        let mut page = Page::new(Style { enabled: false }, 80);
        records(&mut page, found, more);
        page.into_text()
    }

    #[test]
    fn the_best_record_is_shown_in_full_with_its_facts_and_prose() {
        let text = text_of(&[db::resolve("504").unwrap()], 0);
        assert!(text.starts_with("504 Gateway Timeout\nA proxy or gateway gave up waiting"), "{text}");
        assert!(text.contains("\nRegistry      IANA, permanent\n"), "{text}");
        assert!(text.contains("\nWhat it means\n  The server you reached forwards requests"), "{text}");
        assert!(text.contains("\nExample response\n  HTTP/1.1 504 Gateway Timeout\n"), "{text}");
        assert!(text.contains("\nRelated codes\n  502  502: the upstream answered badly"), "{text}");
        assert!(text.lines().all(|line| line.chars().count() <= 80 || !line.contains(' ')), "wrapped at 80:\n{text}");
    }

    #[test]
    fn a_vendor_error_says_whose_it_is_and_what_it_arrives_as() {
        let text = text_of(&[db::resolve("1020").unwrap()], 0);
        assert!(text.starts_with("1020 Access denied\n"), "{text}");
        assert!(text.contains("\nRegistry      not registered: a vendor's own\nVendor        Cloudflare\nArrives as    403 Forbidden\n"), "{text}");
    }

    #[test]
    fn other_meanings_of_the_number_say_how_to_see_them() {
        let text = text_of(&[db::resolve("499").unwrap()], 0);
        assert!(text.contains("\nOther meanings of 499\n  Token Required (Esri ArcGIS) \u{b7} http-status 499-esri\n"), "{text}");
        let not_http = text_of(&[db::resolve("ECONNREFUSED").unwrap()], 0);
        assert!(!not_http.contains("\nClass "), "what is not HTTP has no class:\n{not_http}");
    }

    #[test]
    fn the_others_follow_one_line_each_with_what_is_left_out() {
        let text = text_of(&[db::resolve("uh-envoy").unwrap(), db::lookup(503).unwrap()], 3);
        assert!(text.contains("\nAlso matching, best first\n  503 Service Unavailable \u{b7} http-status 503\n  \u{2026} and 3 more"), "{text}");
    }
}
