//! The analysis as the views and the JS API receive it: the explanation, its steps and flags,
//! and why a text could not be read.

use crate::detail::{Detail, Problem};
use crate::interned::Word;
use serde::{Deserialize, Serialize};

/// How the text was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// A HAR file (DevTools' "Copy all as HAR" or "Save all as HAR"): each entry's response, with
    /// its request's method and URL.
    Har,
}

/// What a step is in the chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

impl Role {
    /// The role in a word or two, as the response view and the command line tag each step.
    pub fn label(self) -> &'static str {
        match self {
            Role::Interim => "Interim",
            Role::Tunnel => "Proxy tunnel",
            Role::Redirect => "Redirect",
            Role::Retried => "Retried",
            Role::Final => "Final",
        }
    }
}

/// The whole analysis. `D` is what each reading holds beyond its sentence: the values behind
/// it (`Detail`), or, for a reader of the JSON that only shows the sentences (the views, which
/// read it back as `Explanation<IgnoredAny>`), nothing: reading back every kind of `Detail` is a
/// third of what reading the JSON back costs in the full wasm (31 KB gzip).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Explanation<D = Detail> {
    pub format: Format,
    /// The chain in one line, `301 Moved Permanently → 200 OK`; past eight responses, how many
    /// came with each status: `450 responses: 420 × 200 OK, 30 × 304 Not Modified`.
    pub summary: String,
    /// Every response in the order it came.
    pub steps: Vec<Step<D>>,
    /// The index in `steps` of the response the chain ended with.
    pub final_step: usize,
    /// Every flag of every step, step by step, errors first within a step.
    pub flags: Vec<Flag>,
}

/// One response of the chain.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Step<D = Detail> {
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
    pub readings: Vec<Reading<D>>,
    /// The members of an `application/problem+json` body.
    pub problem: Option<Problem>,
    /// The sub-statuses and vendor errors of this code that the body or header fields name
    /// (an Envoy 503 saying `no healthy upstream` is Envoy's UH), as entry ids.
    #[serde(deserialize_with = "crate::interned::words")]
    pub refinements: Vec<Word>,
    /// Bytes of body after the headers (0 for none).
    pub body_length: usize,
}

/// What the database says about the code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusInfo {
    /// The entry's id (`404`, `520-cloudflare`), for `lookup` and the explainer; `None` for a
    /// code nobody we know uses.
    #[serde(deserialize_with = "crate::interned::optional_word")]
    pub entry_id: Option<Word>,
    #[serde(deserialize_with = "crate::interned::optional_word")]
    pub phrase: Option<Word>,
    /// `1xx` to `5xx`; `None` above 599.
    #[serde(deserialize_with = "crate::interned::optional_word")]
    pub class: Option<Word>,
    /// The vendor whose own code this is (`Cloudflare`), `None` for registered codes.
    #[serde(deserialize_with = "crate::interned::optional_word")]
    pub vendor: Option<Word>,
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Header {
    pub name: String,
    pub value: String,
}

/// One thing the headers say, in plain words and as values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reading<D = Detail> {
    /// The header fields read, named as they were received: the response's, or the request's
    /// for readings about the request (`Range`, `If-None-Match`, `Expect`, `Origin`); empty
    /// for a reading about what is missing (a permanent redirect without `Cache-Control`).
    pub fields: Vec<String>,
    /// A short English explanation, fit to show as it is.
    pub sentence: String,
    pub detail: D,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Flag {
    #[serde(deserialize_with = "crate::interned::word")]
    pub id: Word,
    /// The header field it concerns, as the response writes it or in its usual capitals; none
    /// for the status, the body or the paste as a whole. The view groups flags by it.
    pub field: Option<String>,
    pub severity: Severity,
    /// The index in `steps` of the response it is about.
    pub step: usize,
    pub title: String,
    pub why: String,
    pub fix: String,
}

/// Why the text could not be read as a response.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum InputProblem {
    Empty,
    /// A request, and no response after it.
    RequestOnly,
    /// Header lines without a status line.
    NoStatusLine,
    /// A line that starts like a status line but has no valid status code.
    BadStatusLine,
    /// A HAR file in which no request got a response.
    EmptyHar,
    Unrecognised,
}

/// The error value of `explain`: what went wrong, and a message fit to show a person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NotAResponse {
    pub reason: InputProblem,
    pub message: String,
}
