//! A HAR file (HTTP Archive 1.2, as DevTools' "Copy all as HAR" and "Save all as HAR" write it):
//! `log.entries[]`, each a request (`method`, `url`, `httpVersion`, `headers[]`) and its response
//! (`status`, `statusText`, `httpVersion`, `headers[]`, `content`, `bodySize`, `redirectURL`).
//! Each entry with a response becomes one, answering its request; the browsers' own members
//! (Chrome's `_initiator`, `_priority`…) and HTTP/2 pseudo-headers (`:status`, `:path`) are passed
//! over, since the entry says the same in its own members.

use super::header_block::push_field;
use super::lines::{capped, status_code};
use super::{Failure, Field, Request, Response, Transcript, BODY_KEPT, MAX_RESPONSES};
use crate::http_date;
use crate::json::Scanner;
use crate::Format;
use std::borrow::Cow;

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
fn read_fields(scanner: &mut Scanner, fields: &mut Vec<Field>, dropped: &mut usize) -> Option<()> {
    let headers = scanner.elements(|scanner| {
        let (mut name, mut value) = (None, None);
        scanner.members(|scanner, member| {
            match &*member {
                "name" => name = scanner.string_or_skip()?,
                "value" => value = scanner.string_or_skip()?,
                _ => scanner.skip_value()?,
            }
            Some(())
        })?;
        Some(name.zip(value))
    })?;
    for (name, value) in headers.into_iter().flatten() {
        if !name.starts_with(':') && !name.is_empty() {
            push_field(fields, dropped, &name, &value);
        }
    }
    Some(())
}

fn read_request(scanner: &mut Scanner) -> Option<Request> {
    let mut request = Request { fields_shown: true, ..Request::default() };
    scanner.members(|scanner, member| {
        match &*member {
            "method" => request.method = scanner.string_or_skip()?.map(Cow::into_owned),
            "url" => request.url = scanner.string_or_skip()?.as_deref().map(capped),
            "httpVersion" => request.version = scanner.string_or_skip()?.as_deref().and_then(version),
            "headers" => read_fields(scanner, &mut request.fields, &mut request.fields_dropped)?,
            _ => scanner.skip_value()?,
        }
        Some(())
    })?;
    Some(request)
}

/// An entry's `response`, as written.
#[derive(Default)]
struct HarResponse<'a> {
    status: Option<i64>,
    status_text: Option<Cow<'a, str>>,
    version: Option<String>,
    fields: Vec<Field>,
    fields_dropped: usize,
    redirect_url: Option<Cow<'a, str>>,
    /// `content.text`, unless `content.encoding` says it is not the body's text (base64).
    text: Option<Cow<'a, str>>,
    body_size: Option<i64>,
    /// Chrome's `_fetchedViaServiceWorker`, and `_transferSize` of 0: not from the network.
    not_from_network: bool,
}

fn read_content<'a>(scanner: &mut Scanner<'a>, response: &mut HarResponse<'a>) -> Option<()> {
    let mut encoded = false;
    scanner.members(|scanner, member| {
        match &*member {
            "text" => response.text = scanner.string_or_skip()?,
            "encoding" => {
                scanner.skip_value()?;
                encoded = true;
            }
            _ => scanner.skip_value()?,
        }
        Some(())
    })?;
    if encoded {
        response.text = None;
    }
    Some(())
}

fn read_response<'a>(scanner: &mut Scanner<'a>) -> Option<HarResponse<'a>> {
    let mut response = HarResponse::default();
    scanner.members(|scanner, member| {
        match &*member {
            "status" => response.status = scanner.parsed_or_skip()?,
            "statusText" => response.status_text = scanner.string_or_skip()?,
            "httpVersion" => response.version = scanner.string_or_skip()?.as_deref().and_then(version),
            "headers" => read_fields(scanner, &mut response.fields, &mut response.fields_dropped)?,
            "redirectURL" => response.redirect_url = scanner.string_or_skip()?,
            "content" => read_content(scanner, &mut response)?,
            "bodySize" => response.body_size = scanner.parsed_or_skip()?,
            "_fetchedViaServiceWorker" => response.not_from_network |= scanner.parsed_or_skip()? == Some(true),
            "_transferSize" => response.not_from_network |= scanner.parsed_or_skip::<i64>()? == Some(0),
            _ => scanner.skip_value()?,
        }
        Some(())
    })?;
    Some(response)
}

/// One of `log.entries[]`: its request, and its response as written.
#[derive(Default)]
struct Entry<'a> {
    request: Request,
    response: Option<HarResponse<'a>>,
    started: Option<Cow<'a, str>>,
    /// Chrome's `_fromCache`: the response came from the browser's cache.
    from_cache: bool,
}

fn read_entry<'a>(scanner: &mut Scanner<'a>) -> Option<Entry<'a>> {
    let mut entry = Entry::default();
    scanner.members(|scanner, member| {
        match &*member {
            "request" => entry.request = read_request(scanner)?,
            "response" => entry.response = Some(read_response(scanner)?),
            "startedDateTime" => entry.started = scanner.string_or_skip()?,
            "_fromCache" => {
                scanner.skip_value()?;
                entry.from_cache = true;
            }
            _ => scanner.skip_value()?,
        }
        Some(())
    })?;
    Some(entry)
}

/// The response of an entry, answering request `index`; `None` for a request that got none
/// (status 0: blocked, cancelled or failed before an answer).
fn response_of(har: HarResponse, started: Option<i64>, index: usize) -> Option<Response> {
    let code = har.status.and_then(|code| status_code(&code.to_string()))?;
    let mut fields = har.fields;
    let mut fields_dropped = har.fields_dropped;
    // The browser keeps Location's target here too; it is the field where a copy dropped it.
    let redirect = har.redirect_url.filter(|url| !url.is_empty());
    if let Some(url) = redirect.filter(|_| !fields.iter().any(|field| field.is("location"))) {
        push_field(&mut fields, &mut fields_dropped, "Location", &url);
    }
    // bodySize is what came over the wire: 0 for a 304 even where content shows the cached copy.
    let text = har.text.unwrap_or_default();
    let body_length = match har.body_size {
        Some(0) => 0,
        Some(size) if text.is_empty() => usize::try_from(size).unwrap_or(0),
        _ => text.len(),
    };
    // Bytes are never fewer than characters: a text of BODY_KEPT bytes or less is kept whole.
    let body = match (text.len() > BODY_KEPT).then(|| text.char_indices().nth(BODY_KEPT)).flatten() {
        _ if body_length == 0 => String::new(),
        Some((cut, _)) => text[..cut].to_string(),
        None => text.into_owned(),
    };
    let reason = har.status_text.as_deref().map(str::trim).filter(|reason| !reason.is_empty()).map(capped);
    Some(Response {
        version: har.version,
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
        started,
    })
}

/// The entries of a HAR file; `None` when the text is not one, so it is read as other text.
pub(super) fn read_har(text: &str) -> Option<Result<Transcript, Failure>> {
    let mut scanner = Scanner::new(text);
    let mut entries = None;
    scanner.members(|scanner, member| match &*member {
        "log" => scanner.members(|scanner, member| match &*member {
            "entries" => {
                entries = Some(scanner.elements(read_entry)?);
                Some(())
            }
            _ => scanner.skip_value(),
        }),
        _ => scanner.skip_value(),
    })?;
    let mut requests = Vec::new();
    let mut responses = Vec::new();
    let mut responses_dropped = 0usize;
    for entry in entries? {
        let Some(response) = entry.response else { continue };
        if responses.len() >= MAX_RESPONSES {
            responses_dropped += 1;
            continue;
        }
        // When the request went out, for holding Date to it; none for a response the browser took
        // from its cache or a service worker, whose Date is as old as the stored copy.
        let started = (!entry.from_cache && !response.not_from_network).then_some(entry.started).flatten();
        if let Some(response) = response_of(response, started.as_deref().and_then(http_date::parse_rfc3339), requests.len()) {
            requests.push(entry.request);
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
