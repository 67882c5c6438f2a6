//! A record's page: everything the explainer says, as plain semantic HTML that reads without
//! JavaScript (and is what link previews and search engines read). Every text from the data goes
//! through `escape` (or `rich`, which escapes too).

use crate::page::Page;
use crate::paths::{record_path, up_to_root};
use http_status_data::{self as db, Entry, Kind};
use http_status_markup::facts::registry_fact;
use http_status_markup::{escape, rich};
use std::fmt::Write as _;

/// The page of `entry`.
pub fn record_page(entry: &Entry) -> Page {
    let path = record_path(entry);
    Page { title: Some(entry.title()), description: description(entry), content: article(entry, &up_to_root(&path)), path }
}

/// What a link preview shows: who defines it, and the summary (without its backticks).
fn description(entry: &Entry) -> String {
    let summary = entry.summary.replace('`', "");
    match entry.vendor {
        Some(vendor) => format!("{vendor}: {summary}"),
        None => summary,
    }
}

/// A link to another record's page, from a page `root` below the app's root.
pub fn record_link(entry: &Entry, root: &str) -> String {
    format!(r#"<a href="{root}{}">{}</a>"#, escape(&record_path(entry)), escape(&entry.title()))
}

fn kind_words(entry: &Entry) -> String {
    let class = entry.class().map_or(String::new(), |class| format!(" · {}", class.label()));
    match entry.kind {
        Kind::Status if entry.vendor.is_none() => format!("HTTP status code{class}"),
        Kind::Status => format!("Vendor status code{class}"),
        Kind::Substatus => format!("Sub-status{class}"),
        Kind::VendorError => format!("Vendor error{class}"),
        Kind::NotHttp => "Client error without an HTTP status".to_string(),
    }
}

/// Paragraphs, one per line of the data.
fn paragraphs(text: &str) -> String {
    text.lines().filter(|line| !line.trim().is_empty()).map(|line| format!("<p>{}</p>", rich(line))).collect()
}

fn article(entry: &Entry, root: &str) -> String {
    let mut html = format!(r#"<article class="record {}" aria-labelledby="record-title">"#, entry.class_label());
    let _ = write!(html, r#"<p class="kind">{}</p>"#, escape(&kind_words(entry)));
    let phrase = entry.phrase_after_label().map_or(String::new(), |phrase| format!(" {}", escape(phrase)));
    let _ = write!(html, r#"<h1 id="record-title"><span class="code">{}</span>{phrase}</h1>"#, escape(entry.label));
    let _ = write!(html, r#"<p class="summary">{}</p>"#, rich(entry.summary));
    html.push_str(&facts(entry, root));
    if let Some(prose) = entry.prose() {
        for (heading, text) in [("What it means", prose.explanation), ("When to send it", prose.when_to_send), ("What to do about it", prose.client_action)] {
            if !text.trim().is_empty() {
                let _ = write!(html, "<h2>{heading}</h2>{}", paragraphs(text));
            }
        }
        if !prose.causes.is_empty() {
            let causes: String = prose.causes.iter().map(|cause| format!("<li>{}</li>", rich(cause))).collect();
            let _ = write!(html, "<h2>Common causes</h2><ul>{causes}</ul>");
        }
        if !prose.example.trim().is_empty() {
            let _ = write!(html, "<h2>Example response</h2><pre><code>{}</code></pre>", escape(prose.example));
        }
    }
    let headers = entry.details().headers;
    if !headers.is_empty() {
        let items: String = headers.iter().map(|header| format!("<li><code>{}</code></li>", escape(header))).collect();
        let _ = write!(html, "<h2>Related headers</h2><ul>{items}</ul>");
    }
    html.push_str(&related(entry, root));
    html.push_str("</article>");
    html
}

/// The facts list: names, registry, vendor, the code it arrives with, what a client receives,
/// the specification.
fn facts(entry: &Entry, root: &str) -> String {
    let mut html = String::from(r#"<dl class="facts">"#);
    let mut fact = |term: &str, value: String| {
        let _ = write!(html, "<dt>{term}</dt><dd>{value}</dd>");
    };
    if !entry.aliases.is_empty() {
        fact("Also called", entry.aliases.iter().map(|alias| escape(alias)).collect::<Vec<_>>().join(", "));
    }
    fact("Registry", escape(&registry_fact(entry)));
    if let Some(vendor) = entry.vendor {
        fact("Vendor", escape(vendor));
    }
    if let Some(parent) = entry.parent() {
        fact("Arrives as", record_link(parent, root));
    }
    if let Some(sent_as) = entry.sent_as.and_then(db::lookup) {
        fact("A client receives", format!("{} by default", record_link(sent_as, root)));
    }
    if entry.log_only {
        fact("A client receives", "Nothing: it is written to logs only".to_string());
    }
    let spec = entry.details().spec.map_or_else(
        || "None: a vendor\u{2019}s own, not in the IANA registry".to_string(),
        |spec| format!(r#"<a href="{}" rel="noopener">{}</a>"#, escape(spec.url), escape(spec.title)),
    );
    fact("Specification", spec);
    html.push_str("</dl>");
    html
}

/// Related codes with the note on each, other meanings of the number, and what arrives with it.
fn related(entry: &Entry, root: &str) -> String {
    let mut html = String::new();
    let notes = entry.prose().map(|prose| prose.related_notes.as_slice()).unwrap_or_default();
    let related: String = entry
        .details()
        .related
        .iter()
        .enumerate()
        .filter_map(|(position, &code)| db::lookup(code).map(|other| (other, notes.get(position))))
        .map(|(other, note)| match note {
            Some(note) => format!("<li>{}: {}</li>", record_link(other, root), rich(note)),
            None => format!("<li>{}</li>", record_link(other, root)),
        })
        .collect();
    if !related.is_empty() {
        let _ = write!(html, "<h2>Related codes</h2><ul>{related}</ul>");
    }
    let list = |entries: Vec<&Entry>| -> String { entries.into_iter().map(|other| format!("<li>{}</li>", record_link(other, root))).collect() };
    let namesakes = list(entry.namesakes().collect());
    if !namesakes.is_empty() {
        let _ = write!(html, "<h2>Other meanings of {}</h2><ul>{namesakes}</ul>", entry.code);
    }
    let refinements = list(entry.refinements().collect());
    if !refinements.is_empty() {
        let _ = write!(html, "<h2>Sub-statuses and vendor errors that arrive as {}</h2><ul>{refinements}</ul>", entry.code);
    }
    html
}
