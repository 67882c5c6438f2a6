//! Chrome's Headers pane copied whole: the General section, then Response Headers and Request
//! Headers, with or without their titles. Apart because it is read by sections, not line by line:
//! a label's value may sit on the next line, and the response comes before its request.

use super::header_block::push_field;
use super::lines::{capped, field_line, status_code};
use super::reader::{Reader, State};
use super::{Failure, Request, Response, Transcript};
use crate::Format;

/// The General section's labels, which have spaces in them.
const PANE_LABELS: [&str; 5] = ["Request URL", "Request Method", "Status Code", "Remote Address", "Referrer Policy"];

/// A line of the Headers pane: a General label or a field, with its value (empty when the value
/// is on the next line).
pub(super) fn pane_pair(line: &str) -> Option<(&str, &str)> {
    for label in PANE_LABELS {
        if let Some(value) = line.strip_prefix(label).and_then(|rest| rest.strip_prefix(':')) {
            return Some((label, value.trim()));
        }
    }
    field_line(line)
}

fn is_pane_title(line: &str) -> Option<State> {
    let line = line.trim();
    let title = line.split(" (").next().unwrap_or(line);
    match title.to_ascii_lowercase().as_str() {
        "general" => Some(State::Start),
        "response headers" => Some(State::ResponseFields),
        "request headers" => Some(State::RequestFields),
        _ => None,
    }
}

/// Chrome's Headers pane, copied whole: a General section (`Request URL`, `Request Method`,
/// `Status Code`), then Response Headers and Request Headers, each name followed by its value
/// on the same line or, in recent versions, on the next one.
pub(super) fn is_pane(lines: &[&str]) -> bool {
    lines
        .iter()
        .take(400)
        .any(|line| is_pane_title(line).is_some() || line.trim_start().starts_with("Status Code:") || line.trim_start().starts_with("Request URL:"))
}

/// Fields that only requests carry: in a copy without section titles, the first of them shows
/// that Request Headers began (Chrome lists them after Response Headers).
fn request_only(lowercase: &str) -> bool {
    const NAMES: [&str; 16] = [
        ":method",
        ":path",
        ":scheme",
        ":authority",
        "accept",
        "accept-encoding",
        "accept-language",
        "authorization",
        "cookie",
        "host",
        "origin",
        "referer",
        "user-agent",
        "upgrade-insecure-requests",
        "if-none-match",
        "if-modified-since",
    ];
    NAMES.contains(&lowercase) || lowercase.starts_with("sec-fetch-") || lowercase.starts_with("sec-ch-ua")
}

/// The section a field belongs to when the copy left out the title that would say so: a field
/// below General is the response's, until one that only requests carry; `None` to stay.
fn untitled_section(section: State, untitled: bool, name: &str, lowercase: &str) -> Option<State> {
    let general = PANE_LABELS.contains(&name) || lowercase == ":status";
    match section {
        State::Start if !general => Some(if request_only(lowercase) { State::RequestFields } else { State::ResponseFields }),
        State::ResponseFields if untitled && request_only(lowercase) => Some(State::RequestFields),
        _ => None,
    }
}

pub(super) fn read_pane(lines: &[&str]) -> Result<Transcript, Failure> {
    let mut section = State::Start;
    let mut request = Request::default();
    let mut status: Option<(u16, Option<String>)> = None;
    let mut fields = Vec::new();
    let mut fields_dropped = 0;
    let mut saw_fields = false;
    // A section entered without its title, from the fields in it: only then may a field that
    // only requests carry start Request Headers.
    let mut untitled = false;
    let mut position = 0;
    while position < lines.len() {
        let line = lines[position].trim();
        position += 1;
        if let Some(title) = is_pane_title(line) {
            section = title;
            untitled = false;
            continue;
        }
        let Some((name, value)) = pane_pair(line) else { continue };
        let value = if value.is_empty() {
            // The value on the next line, unless that line is a name of its own.
            match lines.get(position).map(|next| next.trim()) {
                Some(next) if !next.is_empty() && is_pane_title(next).is_none() && !(next.ends_with(':') && pane_pair(next).is_some()) => {
                    position += 1;
                    next
                }
                _ => "",
            }
        } else {
            value
        };
        let lowercase = name.to_ascii_lowercase();
        if let Some(untitled_section) = untitled_section(section, untitled, name, &lowercase) {
            section = untitled_section;
            untitled = true;
        }
        match (section, lowercase.as_str()) {
            (State::Start, "request url") => request.url = Some(capped(value)),
            (State::Start, "request method") => request.method = Some(value.to_string()),
            (State::Start | State::ResponseFields, "status code" | ":status") => {
                let mut words = value.split_whitespace();
                if let Some(code) = words.next().and_then(status_code) {
                    let reason: Vec<&str> = words.take_while(|word| !word.starts_with('(')).collect();
                    status.get_or_insert((code, (!reason.is_empty()).then(|| reason.join(" "))));
                }
            }
            (State::Start, _) => {}
            (State::ResponseFields, _) => {
                saw_fields = true;
                push_field(&mut fields, &mut fields_dropped, name, value);
            }
            (_, lowercase) => {
                if !Reader::pseudo_header(&mut request, lowercase, value) && !name.starts_with(':') {
                    push_field(&mut request.fields, &mut request.fields_dropped, name, value);
                    request.fields_shown = true;
                }
            }
        }
    }
    let Some((code, reason)) = status else {
        return Err(if saw_fields { Failure::NoStatusLine } else { Failure::Unrecognised });
    };
    let response = Response {
        version: None,
        code,
        reason,
        fields,
        fields_dropped,
        odd_lines: Vec::new(),
        odd_lines_dropped: 0,
        body: String::new(),
        body_length: 0,
        request: Some(0),
        fields_shown: true,
        started: None,
    };
    Ok(Transcript {
        format: Format::DevToolsPane,
        requests: vec![request],
        responses: vec![response],
        redirect_limit_hit: false,
        responses_dropped: 0,
        cut_short: false,
    })
}
