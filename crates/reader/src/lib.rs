//! Explains a whole response: paste `curl -i` output (or `curl -v`, `-iL`, HTTPie, wget, DevTools'
//! copied headers, a raw message) and get each response of the chain as a step with its
//! database entry, every header field that matters read out in plain words, and the mistakes
//! worth fixing as flags. Pure Rust with no web dependencies; the Yew view and the JS export
//! (`explainResponse`) serialise these types as they are (camelCase).
//!
//! The rooms: `parse` reads the text into messages, `fields` reads header fields, `vendors`
//! recognises the CDN or proxy that answered, `analyze` puts steps and flags together. Below
//! them: `structured` (RFC 9651 structured fields), `http_date`, `url` (RFC 3986 reference
//! resolution), `problem` (problem+json members) and `mask` (secrets out of the output).
//!
//! ```
//! use http_status_reader::{explain, Severity};
//! let text = "HTTP/1.1 429 Too Many Requests\r\nDate: Mon, 01 Jan 2024 12:00:00 GMT\r\nRetry-After: 120\r\n\r\n";
//! let explanation = explain(text, None).unwrap();
//! assert_eq!(explanation.steps[0].code, 429);
//! assert_eq!(explanation.steps[0].readings[0].sentence, "Wait 2 minutes (120 seconds) before retrying: until 12:02:00 UTC, counted from the response's Date.");
//! assert!(explanation.flags.iter().all(|flag| flag.severity != Severity::Error));
//! ```
//!
//! Depends on the data crate, and on search to name the vendor records a body mentions. Must not
//! depend on the guide, the markup, the views or anything from the web.

mod chain;
mod fields;
mod http_date;
mod mask;
mod parse;
mod problem;
mod structured;
mod url;
mod vendors;

use http_status_data::text::shortened;
use serde::Serialize;

/// How much of a bad line an error message quotes back.
const QUOTED_LINE_CHARACTERS: usize = 60;

/// How the text was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Format {
    /// Status lines and header blocks: `curl -i`, `-I`, `-iL`, HTTPie, raw messages, Firefox's copy.
    StatusLines,
    /// `curl -v`: `<` response lines, `>` request lines, `*` information.
    CurlVerbose,
    /// Headers under an HTTP/2 or HTTP/3 `:status` pseudo-header, as DevTools copies them.
    PseudoHeaders,
    /// Chrome's Headers pane copied whole: General, Response Headers, Request Headers.
    DevToolsPane,
    /// wget: with `-S`, the server's lines indented by two spaces among wget's own messages;
    /// without, the status at the end of its "awaiting response..." lines.
    Wget,
}

/// What a step is in the chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Role {
    /// A 1xx response before the final one (100 Continue, 103 Early Hints).
    Interim,
    /// A proxy's answer to CONNECT (`200 Connection established`), before the server's.
    Tunnel,
    /// A redirect the client followed to the next step.
    Redirect,
    /// A final response the client answered by trying again (a 401 before credentials).
    Retried,
    /// The response the chain ended with.
    Final,
}

/// The whole analysis.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Explanation {
    pub format: Format,
    /// The chain in one line: `301 Moved Permanently → 200 OK`.
    pub summary: String,
    /// Every response in the order it came.
    pub steps: Vec<Step>,
    /// The index in `steps` of the response the chain ended with.
    pub final_step: usize,
    /// Every flag of every step, step by step, errors first within a step.
    pub flags: Vec<Flag>,
}

/// One response of the chain.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    pub role: Role,
    /// `HTTP/1.1`, `HTTP/2`…; `None` where the text does not say (DevTools' `:status`).
    pub version: Option<String>,
    pub code: u16,
    /// The reason phrase as sent, if any (HTTP/2 and 3 have none).
    pub reason: Option<String>,
    pub status: StatusInfo,
    /// The request this answered, when the text shows it or the chain implies it.
    pub request: Option<RequestInfo>,
    /// Every header field as received, secrets masked.
    pub headers: Vec<Header>,
    pub readings: Vec<Reading>,
    /// The members of an `application/problem+json` body.
    pub problem: Option<Problem>,
    /// The sub-statuses and vendor errors of this code that the body or header fields name
    /// (an Envoy 503 saying `no healthy upstream` is Envoy's UH), as entry ids.
    pub refinements: Vec<&'static str>,
    /// Bytes of body after the headers (0 for none).
    pub body_length: usize,
}

/// What the database says about the code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusInfo {
    /// The entry's id (`404`, `520-cloudflare`), for `lookup` and the explainer; `None` for a
    /// code nobody we know uses.
    pub entry_id: Option<&'static str>,
    pub phrase: Option<&'static str>,
    /// `1xx` to `5xx`; `None` above 599.
    pub class: Option<&'static str>,
    /// The vendor whose own code this is (`Cloudflare`), `None` for registered codes.
    pub vendor: Option<&'static str>,
    pub registered: bool,
    /// Cacheable by default (RFC 9110 section 15.1).
    pub cacheable: bool,
    /// One sentence: the entry's summary, or what the class means for an unknown code.
    pub summary: String,
}

impl StatusInfo {
    /// The database entry, for views that show the whole explanation of the code.
    pub fn entry(&self) -> Option<&'static http_status_data::Entry> {
        self.entry_id.and_then(http_status_data::by_id)
    }
}

/// The request a step answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestInfo {
    pub method: Option<String>,
    /// The absolute URL, secrets masked.
    pub url: Option<String>,
    /// The URL's scheme was assumed (`https`) because the text does not show it.
    pub url_guessed: bool,
    /// The request's header fields, secrets masked.
    pub headers: Vec<Header>,
}

/// A header field, its value masked where it holds a secret.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Header {
    pub name: String,
    pub value: String,
}

/// A `name=value` pair: an authentication parameter or a cache directive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Parameter {
    pub name: String,
    pub value: Option<String>,
}

/// One thing the headers say, in plain words and as values.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reading {
    /// The header fields read, named as they were received: the response's, or the request's
    /// for readings about the request (`Range`, `If-None-Match`, `Expect`, `Origin`); empty
    /// for a reading about what is missing (a permanent redirect without `Cache-Control`).
    pub fields: Vec<String>,
    /// A short English explanation, fit to show as it is.
    pub sentence: String,
    pub detail: Detail,
}

/// What a time was counted from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Reference {
    /// The response's own `Date` header.
    ResponseDate,
    /// The current time given to `explain`.
    Now,
}

/// The values behind a reading, tagged by `kind` in JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Detail {
    /// `Retry-After`, as seconds and as a clock time.
    RetryAfter {
        seconds: Option<i64>,
        at: Option<i64>,
        clock: Option<String>,
        relative_to: Option<Reference>,
    },
    /// `WWW-Authenticate` (or `Proxy-Authenticate` when `proxy`).
    Challenges {
        proxy: bool,
        challenges: Vec<Challenge>,
    },
    /// `Location`, resolved against the request URL, and the method of the next request.
    Location {
        value: String,
        resolved: Option<String>,
        base_guessed: bool,
        next_method: Option<String>,
    },
    Allow {
        methods: Vec<String>,
        request_method: Option<String>,
        request_method_allowed: Option<bool>,
    },
    ContentRange {
        unit: String,
        first: Option<u64>,
        last: Option<u64>,
        complete_length: Option<u64>,
    },
    /// `Cache-Control`, `Expires`, `Age` and `Pragma` together; lifetimes in seconds.
    Freshness {
        directives: Vec<Parameter>,
        storable: bool,
        shared_storable: bool,
        lifetime: Option<i64>,
        shared_lifetime: Option<i64>,
        age: Option<i64>,
        remaining: Option<i64>,
        heuristic: bool,
        cacheable_by_default: bool,
    },
    Vary {
        fields: Vec<String>,
    },
    /// `RateLimit`/`RateLimit-Policy` (draft -07 to -10), `RateLimit-*`, `X-RateLimit-*` and vendors' own.
    RateLimit {
        limits: Vec<Limit>,
    },
    /// `Proxy-Status` (RFC 9209), one entry per intermediary.
    ProxyStatus {
        proxies: Vec<ProxyHop>,
    },
    /// `Cache-Status` (RFC 9211), one entry per cache.
    CacheStatus {
        caches: Vec<CacheHop>,
    },
    AltSvc {
        clear: bool,
        services: Vec<AltService>,
    },
    /// `Deprecation` (RFC 9745); `at` is `None` for the older `true`.
    Deprecation {
        at: Option<i64>,
        date: Option<String>,
        link: Option<String>,
    },
    /// `Sunset` (RFC 8594).
    Sunset {
        at: i64,
        date: String,
        link: Option<String>,
    },
    /// The `Access-Control-*` fields against the request's `Origin`.
    Cors {
        allow_origin: Option<String>,
        request_origin: Option<String>,
        origin_allowed: Option<bool>,
        credentials: bool,
        allow_methods: Vec<String>,
        allow_headers: Vec<String>,
        expose_headers: Vec<String>,
        max_age: Option<i64>,
    },
    /// The CDNs, proxies and servers the fields point to, and what that means for this status.
    Intermediaries {
        found: Vec<Intermediary>,
        answered_by: Option<String>,
        implication: Option<String>,
    },
    Upgrade {
        protocols: Vec<String>,
    },
    /// A request field that explains the status (`If-None-Match` for a 304, `Range` for a 206).
    RequestField {
        field: String,
        value: String,
    },
    /// A field this reads but whose value breaks its syntax.
    Unreadable {
        field: String,
        value: String,
        expected: &'static str,
    },
}

/// One authentication challenge. `realm`, `error`, `errorDescription` and `scope` repeat
/// the parameters of that name, for Bearer's sake.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Challenge {
    pub scheme: String,
    pub token68: Option<String>,
    pub parameters: Vec<Parameter>,
    pub realm: Option<String>,
    pub error: Option<String>,
    pub error_description: Option<String>,
    pub scope: Option<String>,
}

/// A rate limit: a policy's quota and window, what is left and when it resets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Limit {
    /// The policy's name (`default`), or the resource (`tokens`) for vendors' fields.
    pub policy: Option<String>,
    pub quota: Option<u64>,
    /// The window in seconds.
    pub window: Option<u64>,
    /// What the quota counts (`requests`, `content-bytes`), when said.
    pub unit: Option<String>,
    pub remaining: Option<u64>,
    pub reset_seconds: Option<i64>,
    pub reset_at: Option<i64>,
    pub reset_clock: Option<String>,
    /// Which fields said it: `RateLimit`, `RateLimit-Limit`, `X-RateLimit-Limit`…
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProxyHop {
    pub name: String,
    /// The RFC 9209 error type (`connection_timeout`).
    pub error: Option<String>,
    /// What the error type means, in words.
    pub meaning: Option<&'static str>,
    pub details: Option<String>,
    pub next_hop: Option<String>,
    pub received_status: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CacheHop {
    pub name: String,
    pub hit: bool,
    /// Why the request went forward (`uri-miss`), when it did.
    pub forward: Option<String>,
    pub forward_status: Option<i64>,
    pub ttl: Option<i64>,
    pub stored: bool,
    pub detail: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AltService {
    /// The ALPN id (`h3`).
    pub protocol: String,
    /// `HTTP/3`, when the id is one people know.
    pub protocol_name: Option<&'static str>,
    /// Another host, when not the same one.
    pub host: Option<String>,
    pub port: Option<u16>,
    /// Seconds the alternative may be remembered (24 hours when unsaid).
    pub max_age: i64,
}

/// A CDN, proxy, platform or server that a field names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Intermediary {
    /// The vendor (`Cloudflare`), or the `Server` or `Via` name when no vendor is recognised.
    pub name: String,
    /// `CDN`, `load balancer`, `proxy`, `platform`, `API gateway`, `storage` or `server`.
    pub role: &'static str,
    /// The fields that gave it away.
    pub evidence: Vec<String>,
    /// The edge location that answered (`FRA`), when a field says.
    pub location: Option<String>,
    /// Its cache's verdict (`HIT`, `MISS`, `DYNAMIC`), when a field says.
    pub cache: Option<String>,
}

/// The members of an `application/problem+json` body (RFC 9457), secrets masked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    pub type_uri: Option<String>,
    pub title: Option<String>,
    pub status: Option<i64>,
    pub detail: Option<String>,
    pub instance: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// Breaks the protocol or the client: fix it.
    Error,
    /// Works, but misleads clients or caches.
    Warning,
    /// Allowed, and better done otherwise.
    Advice,
}

/// Something worth fixing, with a stable id (`missing-www-authenticate`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Flag {
    pub id: &'static str,
    pub severity: Severity,
    /// The index in `steps` of the response it is about.
    pub step: usize,
    pub title: String,
    pub why: String,
    pub fix: String,
}

/// Why the text could not be read as a response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum InputProblem {
    Empty,
    /// A request, and no response after it.
    RequestOnly,
    /// Header lines without a status line.
    NoStatusLine,
    /// A line that starts like a status line but has no valid status code.
    BadStatusLine,
    Unrecognised,
}

/// The error value of `explain`: what went wrong, and a message fit to show a person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NotAResponse {
    pub reason: InputProblem,
    pub message: String,
}

/// Reads pasted text as one or more HTTP responses and explains them. `now_unix_seconds` is
/// the current time, for times the response does not anchor with its own `Date` (and for
/// whether a `Sunset` has passed); without it, those are left out. Never panics: text that is
/// not a response gets a `NotAResponse` saying what was expected.
pub fn explain(text: &str, now_unix_seconds: Option<i64>) -> Result<Explanation, NotAResponse> {
    let transcript = parse::read(text).map_err(|failure| {
        let (reason, message) = match failure {
            parse::Failure::Empty => (InputProblem::Empty, "Nothing to explain yet: paste a response, such as the output of curl -i.".to_string()),
            parse::Failure::RequestOnly(request) => (
                InputProblem::RequestOnly,
                format!("This is a request ({}), not a response: paste what came back, for example with curl -i or curl -v.", mask::text(&request)),
            ),
            parse::Failure::NoStatusLine => (
                InputProblem::NoStatusLine,
                "These look like header lines, but there is no status line: paste the first line too (such as \u{201c}HTTP/1.1 404 Not Found\u{201d}), or from DevTools the \u{201c}:status: 404\u{201d} line.".to_string(),
            ),
            parse::Failure::BadStatusLine(line) => (
                InputProblem::BadStatusLine,
                format!("\u{201c}{}\u{201d} is not a status line: after the HTTP version comes a three-digit status code, as in \u{201c}HTTP/1.1 404 Not Found\u{201d}.", shortened(&mask::text(&line), QUOTED_LINE_CHARACTERS)),
            ),
            parse::Failure::Unrecognised => (
                InputProblem::Unrecognised,
                "This does not look like an HTTP response. Paste the status line and the headers: the output of curl -i or curl -v, HTTPie, wget, or the response headers copied from the browser's DevTools.".to_string(),
            ),
        };
        NotAResponse { reason, message }
    })?;
    Ok(chain::explain(&transcript, now_unix_seconds))
}

/// Whether pasted text should switch the search box to the response view: a status line (or
/// `:status`, or DevTools' `Status Code`) followed by at least one header line. Looks at the
/// first lines only.
pub fn looks_like_response(text: &str) -> bool {
    parse::looks_like_response(text)
}
