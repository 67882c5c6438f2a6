//! The state machine that reads lines, once sorted into channels, into requests and responses:
//! status lines and header blocks (`curl -i`, HTTPie, raw messages), `curl -v`'s channels,
//! pseudo-headers and wget's notes. Apart because every line-by-line format ends here.

use super::channel::{info_url, redirect_limit, Channel};
use super::command::command;
use super::header_block::{fields_follow, fold, note_odd_line, push_field};
use super::lines::{almost_status_line, capped, field_line, may_start_message, pseudo_status, request_line, spaced_field_line, status_code, status_line};
use super::{Failure, OddLine, Request, Response, Transcript, BODY_KEPT, MAX_RESPONSES};
use crate::Format;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum State {
    Start,
    RequestFields,
    RequestBody,
    ResponseFields,
    ResponseBody,
}

pub(super) struct Reader {
    requests: Vec<Request>,
    pub(super) responses: Vec<Response>,
    state: State,
    /// The request that the next response answers, until a final response answers it.
    open_request: Option<usize>,
    /// Where curl -v said the next request goes.
    pending_url: Option<String>,
    /// What curl -v's connection lines say about the scheme.
    scheme: Option<&'static str>,
    pub(super) redirect_limit_hit: bool,
    bad_status_line: Option<String>,
    saw_fields: bool,
    /// `MAX_RESPONSES` reached: the responses after it, bodies included, are skipped.
    response_limit_reached: bool,
    /// The responses skipped so.
    responses_dropped: usize,
}

impl Reader {
    pub(super) fn new() -> Reader {
        Reader {
            requests: Vec::new(),
            responses: Vec::new(),
            state: State::Start,
            open_request: None,
            pending_url: None,
            scheme: None,
            redirect_limit_hit: false,
            bad_status_line: None,
            saw_fields: false,
            response_limit_reached: false,
            responses_dropped: 0,
        }
    }

    fn start_request(&mut self, mut request: Request) {
        request.url = request.url.or_else(|| self.pending_url.take());
        request.scheme = request.scheme.or(self.scheme);
        self.requests.push(request);
        self.open_request = Some(self.requests.len() - 1);
        self.state = State::RequestFields;
    }

    fn start_response(&mut self, version: Option<String>, code: u16, reason: Option<String>) {
        if self.responses.len() >= MAX_RESPONSES {
            self.response_limit_reached = true;
            self.responses_dropped = self.responses_dropped.saturating_add(1);
            self.state = State::ResponseBody;
            return;
        }
        let request = self.open_request;
        // Interim responses (1xx) leave the request open for the final one.
        if !(100..200).contains(&code) || code == 101 {
            self.open_request = None;
        }
        self.responses.push(Response {
            version,
            code,
            reason,
            fields: Vec::new(),
            fields_dropped: 0,
            odd_lines: Vec::new(),
            odd_lines_dropped: 0,
            body: String::new(),
            body_length: 0,
            request,
            fields_shown: true,
            started: None,
        });
        self.state = State::ResponseFields;
    }

    fn request_field(&mut self, line: &str) -> bool {
        let Some(request) = self.open_request.and_then(|index| self.requests.get_mut(index)) else { return false };
        if fold(&mut request.fields, line) {
            return true;
        }
        let Some((name, value)) = field_line(line) else { return false };
        if !Reader::pseudo_header(request, name, value) && !name.starts_with(':') {
            push_field(&mut request.fields, &mut request.fields_dropped, name, value);
        }
        true
    }

    /// A request pseudo-header (`:method`, `:path`, `:scheme`, `:authority` as `host`) into the
    /// request; false when `name` is none of them.
    pub(super) fn pseudo_header(request: &mut Request, name: &str, value: &str) -> bool {
        match name {
            ":method" => request.method = Some(value.to_string()),
            ":path" => request.target = Some(capped(value)),
            ":scheme" => request.scheme = if value.eq_ignore_ascii_case("https") { Some("https") } else { Some("http") },
            ":authority" => push_field(&mut request.fields, &mut request.fields_dropped, "host", value),
            _ => return false,
        }
        true
    }

    fn response_field(&mut self, line: &str) -> bool {
        let Some(response) = self.responses.last_mut() else { return false };
        if fold(&mut response.fields, line) {
            // Joined to the value, and noted: a client that rejects folding sees another message.
            let name = response.fields.last().map(|field| field.name.clone()).unwrap_or_default();
            note_odd_line(response, OddLine::Folded { name });
            return true;
        }
        match field_line(line) {
            Some((name, _)) if name.starts_with(':') => true,
            Some((name, value)) => {
                push_field(&mut response.fields, &mut response.fields_dropped, name, value);
                self.saw_fields = true;
                true
            }
            // Read as the field a proxy would pass on once it removed the whitespace, and flagged.
            None => match spaced_field_line(line) {
                Some((name, value)) => {
                    push_field(&mut response.fields, &mut response.fields_dropped, name, value);
                    note_odd_line(response, OddLine::SpaceBeforeColon { name: name.to_string(), value: capped(value) });
                    self.saw_fields = true;
                    true
                }
                None => false,
            },
        }
    }

    /// A line of the header block that is not a field: kept for its flag, the fields around it
    /// read as usual.
    fn odd_response_line(&mut self, line: &str) {
        if let Some(response) = self.responses.last_mut() {
            let after = response.fields.last().map(|field| field.name.clone());
            note_odd_line(response, OddLine::NotAField { line: capped(line.trim()), after });
        }
    }

    /// A line of the body, followed by `end` bytes of line end in the text.
    fn body_line(&mut self, line: &str, end: usize) {
        if self.response_limit_reached {
            return;
        }
        if let Some(response) = self.responses.last_mut() {
            if response.body.len() < BODY_KEPT {
                response.body.push_str(line);
                response.body.push('\n');
            }
            // The line end as it was: none after a last line without one, two for CRLF.
            response.body_length = response.body_length.saturating_add(line.len() + end);
        }
    }

    /// Request pseudo-headers (`:method`, `:path`, `:authority`, `:scheme`) open a request as
    /// DevTools copies HTTP/2 request headers.
    fn pseudo_request(&mut self, line: &str) -> bool {
        let pseudo = [":method", ":path", ":authority", ":scheme"].iter().any(|name| line.trim_start().starts_with(name));
        if pseudo {
            self.start_request(Request { fields_shown: true, ..Request::default() });
            self.request_field(line.trim_start());
        }
        pseudo
    }

    /// Reads one line; `rest` is the lines after it, looked ahead into to tell a broken header
    /// line from the start of a body, and `end` the bytes of line end that followed it.
    pub(super) fn line(&mut self, channel: Channel, rest: &[&str], end: usize) {
        match channel {
            Channel::Info(info) => {
                if let Some(url) = info_url(info) {
                    self.pending_url = Some(capped(url));
                }
                if let Some(port) = info.split_once("Connected to ").and_then(|(_, after)| after.split_once(" port ")).map(|(_, port)| port.trim_start()) {
                    self.scheme = match port.split(|c: char| !c.is_ascii_digit()).next() {
                        Some("443") => Some("https"),
                        Some("80") => Some("http"),
                        _ => None,
                    };
                }
                if ["SSL connection using", "TLS handshake", "ALPN", "SSL certificate verify"].iter().any(|marker| info.contains(marker)) {
                    self.scheme = Some("https");
                }
                self.redirect_limit_hit |= redirect_limit(info);
            }
            Channel::Request(line) => {
                if let Some((method, target, version)) = request_line(line) {
                    self.start_request(Request {
                        method: Some(method),
                        target: Some(target),
                        version: Some(version),
                        fields_shown: true,
                        ..Request::default()
                    });
                } else if self.state == State::RequestFields {
                    if line.trim().is_empty() {
                        self.state = State::RequestBody;
                    } else {
                        self.request_field(line);
                    }
                }
            }
            Channel::Response(line) => {
                if let Some((version, code, reason)) = status_line(line) {
                    self.start_response(Some(version), code, reason);
                } else if self.state == State::ResponseFields {
                    if line.trim().is_empty() {
                        self.state = State::ResponseBody;
                    } else if !self.response_field(line) {
                        // The marked lines say where the header block ends: this one is in it.
                        self.odd_response_line(line);
                    }
                } else if almost_status_line(line) {
                    self.bad_status_line.get_or_insert_with(|| capped(line.trim()));
                }
            }
            Channel::Plain(line) => self.plain(line, rest, end),
            Channel::Fetch(url) => self.start_request(Request { url: Some(capped(url)), ..Request::default() }),
            Channel::StatusOnly(code, reason) => {
                let started = self.responses.len();
                let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
                self.start_response(None, code, (!reason.is_empty()).then(|| capped(&reason)));
                if let Some(response) = self.responses.get_mut(started) {
                    response.fields_shown = false;
                }
            }
            Channel::Following(location) => {
                // Without -S, wget's note is the only trace of the Location field; with it, the
                // field itself came first.
                if let Some(response) = self.responses.last_mut().filter(|response| !response.fields.iter().any(|field| field.is("location"))) {
                    push_field(&mut response.fields, &mut response.fields_dropped, "Location", location);
                }
            }
        }
    }

    fn plain(&mut self, line: &str, rest: &[&str], end: usize) {
        // Most of a long paste is body: a line that starts no message is body, unless it is curl's
        // message below.
        if self.state == State::ResponseBody && !may_start_message(line) && !redirect_limit(line) {
            self.body_line(line, end);
            return;
        }
        // curl's own message, not the last response's body.
        if redirect_limit(line) {
            self.redirect_limit_hit = true;
            return;
        }
        if let Some((version, code, reason)) = status_line(line) {
            self.start_response(Some(version), code, reason);
            return;
        }
        if self.responses.is_empty() && almost_status_line(line) {
            self.bad_status_line.get_or_insert_with(|| capped(line.trim()));
        }
        if self.state != State::ResponseFields && self.state != State::RequestFields {
            if let Some((method, target, version)) = request_line(line) {
                self.start_request(Request { method: Some(method), target: Some(target), version: Some(version), fields_shown: true, ..Request::default() });
                return;
            }
        }
        match self.state {
            State::ResponseFields => {
                if line.trim().is_empty() {
                    self.state = State::ResponseBody;
                } else if !self.response_field(line) {
                    if request_line(line).is_none() && fields_follow(rest) {
                        self.odd_response_line(line);
                    } else {
                        // A line that is not a field where fields should be, and no field after
                        // it: the blank line before the body was lost in the copy.
                        self.state = State::ResponseBody;
                        self.body_line(line, end);
                    }
                }
            }
            State::RequestFields => {
                if let Some(code) = pseudo_status(line) {
                    self.start_response(None, code, None);
                } else if line.trim().is_empty() || !self.request_field(line) {
                    self.state = State::RequestBody;
                }
            }
            State::ResponseBody | State::RequestBody | State::Start => {
                if let Some(code) = pseudo_status(line) {
                    self.start_response(None, code, None);
                } else if self.state == State::ResponseBody {
                    self.body_line(line, end);
                } else if !self.pseudo_request(line) && self.state == State::Start {
                    self.start_line(line, rest.first().copied());
                }
            }
        }
    }

    /// Before any message: a command line, Chrome's old `status: 200` first field, or text to
    /// skip (a prompt, a note).
    fn start_line(&mut self, line: &str, next: Option<&str>) {
        if self.requests.is_empty() {
            if let Some(request) = command(line) {
                self.start_request(request);
                self.state = State::Start;
                return;
            }
        }
        if let Some((name, value)) = field_line(line.trim()) {
            self.saw_fields = true;
            let next_is_field = next.is_some_and(|next| field_line(next.trim()).is_some());
            if name.eq_ignore_ascii_case("status") && next_is_field {
                if let Some(code) = value.split_whitespace().next().and_then(status_code) {
                    self.start_response(None, code, None);
                }
            }
        }
    }

    pub(super) fn finish(mut self, format: Format) -> Result<Transcript, Failure> {
        if self.responses.is_empty() {
            if let Some(line) = self.bad_status_line {
                return Err(Failure::BadStatusLine(line));
            }
            if let Some(request) = self.requests.iter().find(|request| request.target.is_some()) {
                let method = request.method.as_deref().unwrap_or("GET");
                return Err(Failure::RequestOnly(format!("{method} {}", request.target.as_deref().unwrap_or_default())));
            }
            return Err(if self.saw_fields { Failure::NoStatusLine } else { Failure::Unrecognised });
        }
        // DevTools shows response headers above request headers: a request that only comes
        // after the responses, answered by none of them, is theirs.
        if self.responses.iter().all(|response| response.request.is_none()) {
            if let Some(last) = self.requests.len().checked_sub(1) {
                self.responses[0].request = Some(last);
            }
        }
        for response in &mut self.responses {
            if response.body.trim().is_empty() {
                response.body_length = 0;
                response.body.clear();
            }
        }
        Ok(Transcript {
            format,
            requests: self.requests,
            responses: self.responses,
            redirect_limit_hit: self.redirect_limit_hit,
            responses_dropped: self.responses_dropped,
            cut_short: false,
        })
    }
}
