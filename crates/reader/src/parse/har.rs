//! A HAR file (HTTP Archive 1.2, as DevTools' "Copy all as HAR" and "Save all as HAR" write it):
//! `log.entries[]`, each a request (`method`, `url`, `httpVersion`, `headers[]`) and its response
//! (`status`, `statusText`, `httpVersion`, `headers[]`, `content`, `bodySize`, `redirectURL`).
//! Each entry with a response becomes one, answering its request; the browsers' own members
//! (Chrome's `_initiator`, `_priority`…) and HTTP/2 pseudo-headers (`:status`, `:path`) are passed
//! over, since the entry says the same in its own members.

use super::header_block::push_field;
use super::lines::{capped, status_code};
use super::{Failure, Request, Response, Transcript, BODY_KEPT, MAX_RESPONSES};
use crate::http_date;
use crate::json::{Scanner, Value};
use crate::Format;

/// Whether the text starts like a HAR file: a JSON object that names `log` and, after the few
/// members before them (`version`, `creator`, `pages`), `entries`. Looks at the start only, as
/// it runs on every keystroke of the search box.
pub(crate) fn is_har(text: &str) -> bool {
    const LOOKED_AT: usize = 64 * 1024;
    let start = text.trim_start_matches('\u{feff}').trim_start();
    let head = start.get(..start.len().min(LOOKED_AT)).unwrap_or(start);
    start.starts_with('{') && head.contains("\"log\"") && head.contains("\"entries\"")
}

/// `h2`, `http/2.0`, `HTTP/1.1` as HTTP writes versions; `None` where the browser did not know.
fn version(written: &str) -> Option<String> {
    let lower = written.trim().to_ascii_lowercase();
    let number = lower.strip_prefix("http/").or_else(|| lower.strip_prefix('h'))?;
    let number = number.strip_suffix(".0").filter(|major| *major != "1").unwrap_or(number);
    (!number.is_empty() && number.bytes().all(|byte| byte.is_ascii_digit() || byte == b'.')).then(|| format!("HTTP/{number}"))
}

/// The `headers[]` of a request or response, pseudo-headers left out.
fn fields_of(message: &Value, fields: &mut Vec<super::Field>, dropped: &mut usize) {
    for header in message.get("headers").map_or(&[][..], Value::as_array) {
        let (Some(name), Some(value)) = (header.get("name").and_then(Value::as_str), header.get("value").and_then(Value::as_str)) else { continue };
        if !name.starts_with(':') && !name.is_empty() {
            push_field(fields, dropped, name, value);
        }
    }
}

fn request_of(entry: &Value) -> Request {
    let mut request = Request::default();
    let Some(har) = entry.get("request") else { return request };
    request.method = har.get("method").and_then(Value::as_str).map(str::to_string);
    request.url = har.get("url").and_then(Value::as_str).map(capped);
    request.version = har.get("httpVersion").and_then(Value::as_str).and_then(version);
    fields_of(har, &mut request.fields, &mut request.fields_dropped);
    request.fields_shown = true;
    request
}

/// The response of an entry, answering request `index`; `None` for a request that got none
/// (status 0: blocked, cancelled or failed before an answer).
fn response_of(entry: &Value, index: usize) -> Option<Response> {
    let har = entry.get("response")?;
    let code = har.get("status").and_then(Value::as_integer).and_then(|code| status_code(&code.to_string()))?;
    let mut fields = Vec::new();
    let mut fields_dropped = 0;
    fields_of(har, &mut fields, &mut fields_dropped);
    // The browser keeps Location's target here too; it is the field where a copy dropped it.
    let redirect = har.get("redirectURL").and_then(Value::as_str).filter(|url| !url.is_empty());
    if let Some(url) = redirect.filter(|_| !fields.iter().any(|field| field.is("location"))) {
        push_field(&mut fields, &mut fields_dropped, "Location", url);
    }
    // bodySize is what came over the wire: 0 for a 304 even where content shows the cached copy.
    let content = har.get("content");
    let text = content.filter(|content| content.get("encoding").is_none()).and_then(|content| content.get("text")).and_then(Value::as_str).unwrap_or_default();
    let body_length = match har.get("bodySize").and_then(Value::as_integer) {
        Some(0) => 0,
        Some(size) if text.is_empty() => usize::try_from(size).unwrap_or(0),
        _ => text.len(),
    };
    // Bytes are never fewer than characters: a text of BODY_KEPT bytes or less is kept whole.
    let kept = match (text.len() > BODY_KEPT).then(|| text.char_indices().nth(BODY_KEPT)).flatten() {
        Some((cut, _)) => &text[..cut],
        None => text,
    };
    let body = if body_length == 0 { String::new() } else { kept.to_string() };
    let reason = har.get("statusText").and_then(Value::as_str).map(str::trim).filter(|reason| !reason.is_empty()).map(capped);
    Some(Response {
        version: har.get("httpVersion").and_then(Value::as_str).and_then(version),
        code,
        reason,
        fields,
        fields_dropped,
        odd_lines: Vec::new(),
        odd_lines_dropped: 0,
        body,
        body_length,
        request: Some(index),
        fields_shown: true,
        started: started(entry, har),
    })
}

/// When the request went out, for holding Date to it; `None` for a response the browser took from
/// its cache or a service worker (Chrome's `_fromCache`, `_fetchedViaServiceWorker`, or no bytes
/// transferred), whose Date is as old as the stored copy.
fn started(entry: &Value, response: &Value) -> Option<i64> {
    let cached = entry.get("_fromCache").is_some()
        || response.get("_fetchedViaServiceWorker") == Some(&Value::Bool(true))
        || response.get("_transferSize").and_then(Value::as_integer) == Some(0);
    if cached {
        return None;
    }
    entry.get("startedDateTime").and_then(Value::as_str).and_then(http_date::parse_rfc3339)
}

/// The entries of a HAR file; `None` when the text is not one, so it is read as other text.
pub(super) fn read_har(text: &str) -> Option<Result<Transcript, Failure>> {
    let mut scanner = Scanner::new(text);
    let document = scanner.value()?;
    let entries = document.get("log")?.get("entries")?.as_array();
    let mut requests = Vec::new();
    let mut responses = Vec::new();
    let mut responses_dropped = 0usize;
    for entry in entries {
        if responses.len() >= MAX_RESPONSES {
            responses_dropped += usize::from(entry.get("response").is_some());
            continue;
        }
        let index = requests.len();
        if let Some(response) = response_of(entry, index) {
            requests.push(request_of(entry));
            responses.push(response);
        }
    }
    if responses.is_empty() {
        return Some(Err(Failure::EmptyHar));
    }
    Some(Ok(Transcript { format: Format::Har, requests, responses, redirect_limit_hit: false, responses_dropped, cut_short: scanner.cut }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_as_browsers_write_them() {
        for (written, expected) in [
            ("h2", Some("HTTP/2")),
            ("http/2.0", Some("HTTP/2")),
            ("HTTP/1.1", Some("HTTP/1.1")),
            ("h3", Some("HTTP/3")),
            ("http/1.0", Some("HTTP/1.0")),
            ("", None),
            ("unknown", None),
        ] {
            assert_eq!(version(written).as_deref(), expected, "{written:?}");
        }
    }
}
