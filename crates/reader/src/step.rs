//! One response as a step: its database entry and what the database says of it, the URL it
//! answered, its header fields shown masked, its problem+json body and the refinements it names.

use crate::mask;
use crate::parse::{Field, Request, Response};
use crate::problem;
use crate::vendors::Found;
use crate::{Header, Problem, StatusInfo};
use http_status_data::{self as db, Class, Entry, Kind};
use http_status_search as search;

/// The database entry for a code: the registered one, else the meaning of the vendor whose
/// fields the response carries (530 from Pantheon, not Cloudflare), else the primary one.
pub(crate) fn entry_for(code: u16, found: &[Found]) -> Option<&'static Entry> {
    // Sub-statuses and vendor errors share the number but are not what the status line says.
    let statuses = || db::entries_for(code).iter().filter(|entry| entry.kind == Kind::Status);
    statuses()
        .find(|entry| entry.is_registered())
        .or_else(|| statuses().find(|entry| found.iter().any(|found| found.database_vendor.is_some() && found.database_vendor == entry.vendor)))
        .or_else(|| statuses().next())
}

pub(crate) fn status_info(code: u16, entry: Option<&'static Entry>) -> StatusInfo {
    let class = Class::of(code);
    let summary = match (entry, class) {
        (Some(entry), _) => entry.summary.to_string(),
        (None, Some(class)) => format!("No one we know of uses {code}. As a {} code, clients read it as {}.", class.label(), class.meaning()),
        (None, None) => format!("{code} is not a valid status code: HTTP status codes run from 100 to 599."),
    };
    StatusInfo {
        entry_id: entry.map(|entry| entry.id),
        phrase: entry.map(|entry| entry.phrase),
        class: class.map(Class::label),
        vendor: entry.and_then(|entry| entry.vendor),
        registered: entry.is_some_and(Entry::is_registered),
        cacheable: entry.is_some_and(|entry| entry.cacheable),
        summary,
    }
}

/// The absolute URL a request went to, and whether its scheme was assumed.
pub(crate) fn request_url(request: &Request) -> Option<(String, bool)> {
    if let Some(url) = &request.url {
        return Some((url.clone(), false));
    }
    let target = request.target.as_deref()?;
    if target.starts_with("http://") || target.starts_with("https://") {
        return Some((target.to_string(), false));
    }
    let host = request.field("host")?.trim();
    if !target.starts_with('/') || host.is_empty() {
        return None;
    }
    // HTTP/2 and HTTP/3 run over TLS in practice. Otherwise, without TLS lines or a port,
    // HTTPS is the likely guess: it is what nearly every site and API speaks.
    let encrypted = matches!(request.version.as_deref(), Some("HTTP/2" | "HTTP/2.0" | "HTTP/3"));
    let scheme = request.scheme.unwrap_or("https");
    Some((format!("{scheme}://{host}{target}"), request.scheme.is_none() && !encrypted))
}

pub(crate) fn headers(fields: &[Field]) -> Vec<Header> {
    fields.iter().map(|field| Header { name: field.name.clone(), value: mask::field(&field.name, &field.value) }).collect()
}

pub(crate) fn problem_of(response: &Response) -> Option<Problem> {
    let content_type = response.fields.iter().find(|field| field.is("content-type"))?;
    if !content_type.value.to_ascii_lowercase().contains("problem+json") {
        return None;
    }
    let fields = problem::read(&response.body)?;
    let shown = |text: Option<String>| text.map(|text| mask::text(&text));
    Some(Problem {
        type_uri: shown(fields.type_uri),
        title: shown(fields.title),
        status: fields.status,
        detail: shown(fields.detail),
        instance: shown(fields.instance),
    })
}

/// Body text read for the records it names: an error page says what it is near its top.
const NAMING_TEXT_CHARS: usize = 16 * 1024;

/// The sub-statuses and vendor errors of the response's code named in its fields or body
/// ("HTTP Error 500.19", "no healthy upstream"), markup aside.
pub(crate) fn refinements_named(response: &Response) -> Vec<&'static str> {
    // Records of logs alone (HAProxy's cD on a 200) never reach a client, so a response cannot
    // name them. Most codes have no other (200, 304), and for them the search, the costliest
    // part of reading a response, is not made.
    let named_in_responses = |entry: &Entry| entry.code == response.code && entry.kind != Kind::Status && !entry.log_only;
    if !db::entries_for(response.code).iter().any(named_in_responses) {
        return Vec::new();
    }
    let mut text: String = response.fields.iter().map(|field| format!("{}\n", field.value)).collect();
    let mut in_tag = false;
    for character in response.body.chars().take(NAMING_TEXT_CHARS) {
        match character {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(character),
            _ => {}
        }
    }
    search::records_named_in(&text).into_iter().filter(|entry| named_in_responses(entry)).map(|entry| entry.id).collect()
}
