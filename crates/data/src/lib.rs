//! The status-code database: every registered code, the vendor codes people meet, and what is
//! read as one (IIS sub-statuses, vendor errors that ride on a code, fetch's 0).
//!
//! The entries live in `data/` and are compiled into the static tables below by `build.rs`,
//! so nothing is parsed at runtime. Entries are sorted by code; within a code, the registered
//! entry first, then the vendor meaning most people mean (nginx's 499), then vendors by name,
//! then sub-statuses and vendor errors by label. Lookups rely on that order.
//!
//! The ground floor: depends on serde alone (the rules and codegen crates only at build time).
//! Must not depend on any other `http-status-*` crate or on anything from the web.

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

mod prose;
mod schema;
mod search_words;
pub mod text;

pub use prose::{load_prose, prose_loaded, Prose, ProseError};
pub use schema::{Class, Kind, Status};
pub use search_words::{load_search_words, search_words_loaded};

/// The prose file of this build, for tools and tests that have no file to fetch (the
/// `prose-text` feature); the wasm fetches `http-status-prose.txt` instead.
#[cfg(feature = "prose-text")]
pub const PROSE_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/prose.txt"));

/// The words of the prose for search, likewise (`http-status-search-words.txt`).
#[cfg(feature = "prose-text")]
pub const SEARCH_WORDS_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/search-words.txt"));
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Spec {
    pub title: &'static str,
    pub url: &'static str,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    /// Its place in `entries()`, where its prose is in the prose file.
    pub index: u16,
    /// Stable id: "404", "499-nginx", "500.19-iis", "h12-heroku".
    pub id: &'static str,
    pub kind: Kind,
    /// The HTTP status it is, or arrives with; 0 for what is not HTTP at all.
    pub code: u16,
    /// What people type and the views show as its code: "404", "500.19", "H12", "0".
    pub label: &'static str,
    pub phrase: &'static str,
    pub status: Status,
    /// Registered but deprecated in practice (305, 102).
    pub deprecated: bool,
    pub vendor: Option<&'static str>,
    /// The end date of a temporary registration.
    pub expires: Option<&'static str>,
    /// Former and alternative names.
    pub aliases: &'static [&'static str],
    /// Heuristically cacheable by default (RFC 9110 section 15.1, and 451 by RFC 7725).
    pub cacheable: bool,
    /// No client ever receives it: it exists in logs only (nginx's 444 and 499).
    pub log_only: bool,
    /// The status a client gets by default when it is not `code` (nginx's 494 arrives as 400).
    pub sent_as: Option<u16>,
    /// One sentence, shown on cards and badges; the rest of the prose is in `prose()`.
    pub summary: &'static str,
}

/// What search, the explainer and the JSON read about an entry beyond what its badge and card
/// show. A table of its own beside `ENTRIES`, so that the small wasm of badges and cards, which
/// never reads it, does not carry it.
#[derive(Debug, PartialEq, Eq)]
pub struct Details {
    pub keywords: &'static [&'static str],
    /// Text that identifies the entry inside a pasted log line or error page.
    pub signatures: &'static [&'static str],
    pub headers: &'static [&'static str],
    pub spec: Option<Spec>,
    /// Codes people confuse with this one (how each differs is in the prose).
    pub related: &'static [u16],
}

impl Entry {
    /// Its keywords, signatures, headers, spec and related codes.
    pub fn details(&self) -> &'static Details {
        &DETAILS[usize::from(self.index)]
    }

    /// The class of the status it is or arrives with; none for what is not HTTP.
    pub fn class(&self) -> Option<Class> {
        Class::of(self.code)
    }

    /// "4xx", or "other" for what is not HTTP: the views' colour class.
    pub fn class_label(&self) -> &'static str {
        self.class().map_or("other", Class::label)
    }

    /// Registered with IANA (in any state), as opposed to a vendor's own code or record: the
    /// `registry` of the JSON ("iana" or "vendor") and the browser's IANA and Vendor filters.
    pub fn is_registered(&self) -> bool {
        self.vendor.is_none()
    }

    /// "404 Not Found", "500.19 Configuration data is invalid"; a log phrase is its own label,
    /// said once ("upstream timed out").
    pub fn title(&self) -> String {
        match self.phrase_after_label() {
            Some(phrase) => format!("{} {}", self.label, phrase),
            None => self.label.to_string(),
        }
    }

    /// The phrase, unless it only repeats the label, as the log phrases' do.
    pub fn phrase_after_label(&self) -> Option<&'static str> {
        (!self.phrase.eq_ignore_ascii_case(self.label)).then_some(self.phrase)
    }

    /// The status line a client receives: "HTTP/1.1 404 Not Found"; a sub-status or vendor
    /// error gives its code's registered line ("HTTP/1.1 500 Internal Server Error").
    pub fn status_line(&self) -> String {
        match self.kind {
            Kind::Status => format!("HTTP/1.1 {} {}", self.code, self.phrase),
            _ => lookup(self.code).filter(|parent| parent.kind == Kind::Status).map_or_else(|| self.title(), |parent| parent.status_line()),
        }
    }

    /// The comparison tables this entry belongs to.
    pub fn families(&self) -> impl Iterator<Item = &'static Family> + '_ {
        FAMILIES.iter().filter(move |family| family.rows.iter().any(|row| row.id == self.id))
    }

    /// Other status codes with the same number (other vendors, or the registered meaning).
    pub fn namesakes(&self) -> impl Iterator<Item = &'static Entry> + '_ {
        entries_for(self.code).iter().filter(move |other| other.id != self.id && other.kind == Kind::Status && self.kind == Kind::Status)
    }

    /// The sub-statuses and vendor errors that arrive with this status code.
    pub fn refinements(&self) -> impl Iterator<Item = &'static Entry> + '_ {
        let registered = self.kind == Kind::Status && lookup(self.code) == Some(self);
        entries_for(self.code).iter().filter(move |other| registered && matches!(other.kind, Kind::Substatus | Kind::VendorError))
    }

    /// The registered code a sub-status or vendor error arrives with.
    pub fn parent(&self) -> Option<&'static Entry> {
        matches!(self.kind, Kind::Substatus | Kind::VendorError).then(|| lookup(self.code)).flatten().filter(|parent| parent.kind == Kind::Status)
    }
}

/// The JS and JSON shape of an entry: camelCase, `related` as bare codes with the notes beside.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct EntryJson {
    id: &'static str,
    kind: &'static str,
    code: u16,
    label: &'static str,
    phrase: &'static str,
    class: Option<&'static str>,
    registry: &'static str,
    status: &'static str,
    deprecated: bool,
    vendor: Option<&'static str>,
    expires: Option<&'static str>,
    aliases: &'static [&'static str],
    keywords: &'static [&'static str],
    signatures: &'static [&'static str],
    summary: &'static str,
    explanation: Option<&'static str>,
    when_to_send: Option<&'static str>,
    client_action: Option<&'static str>,
    causes: Option<&'static [&'static str]>,
    spec: Option<Spec>,
    headers: &'static [&'static str],
    related: &'static [u16],
    related_notes: Option<Vec<RelatedNote>>,
    cacheable: bool,
    log_only: bool,
    sent_as: Option<u16>,
    example: Option<&'static str>,
    families: Vec<&'static str>,
}

#[derive(Serialize)]
struct RelatedNote {
    code: u16,
    note: &'static str,
}

/// The JSON of an entry, its prose `null` until the prose has loaded (see `prose()`).
impl Serialize for Entry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let prose = self.prose();
        let details = self.details();
        EntryJson {
            id: self.id,
            kind: self.kind.as_str(),
            code: self.code,
            label: self.label,
            phrase: self.phrase,
            class: self.class().map(Class::label),
            registry: if self.is_registered() { "iana" } else { "vendor" },
            status: self.status.as_str(),
            deprecated: self.deprecated,
            vendor: self.vendor,
            expires: self.expires,
            aliases: self.aliases,
            keywords: details.keywords,
            signatures: details.signatures,
            summary: self.summary,
            explanation: prose.map(|prose| prose.explanation),
            when_to_send: prose.map(|prose| prose.when_to_send),
            client_action: prose.map(|prose| prose.client_action),
            causes: prose.map(|prose| prose.causes.as_slice()),
            spec: details.spec,
            headers: details.headers,
            related: details.related,
            related_notes: prose.map(|prose| details.related.iter().zip(&prose.related_notes).map(|(&code, &note)| RelatedNote { code, note }).collect()),
            cacheable: self.cacheable,
            log_only: self.log_only,
            sent_as: self.sent_as,
            example: prose.map(|prose| prose.example),
            families: self.families().map(|family| family.id).collect(),
        }
        .serialize(serializer)
    }
}

/// Codes people confuse, compared column by column.
#[derive(Debug, PartialEq, Eq)]
pub struct Family {
    pub id: &'static str,
    pub title: &'static str,
    pub columns: &'static [&'static str],
    pub rows: &'static [FamilyRow],
}

#[derive(Debug, PartialEq, Eq)]
pub struct FamilyRow {
    /// The entry compared ("499-nginx").
    pub id: &'static str,
    pub cells: &'static [&'static str],
    pub note: &'static str,
}

impl FamilyRow {
    pub fn entry(&self) -> &'static Entry {
        by_id(self.id).expect("build.rs checks that every row names an entry")
    }
}

include!(concat!(env!("OUT_DIR"), "/database.rs"));

/// Every entry in code order (see the module's doc for the order within a code).
pub fn entries() -> &'static [Entry] {
    ENTRIES
}

/// Every entry with this number: the registered one first, then the primary vendor meaning,
/// then vendors by name, then sub-statuses and vendor errors.
pub fn entries_for(code: u16) -> &'static [Entry] {
    let start = ENTRIES.partition_point(|entry| entry.code < code);
    let end = ENTRIES.partition_point(|entry| entry.code <= code);
    &ENTRIES[start..end]
}

/// The registered entry for a number, else its primary vendor entry.
pub fn lookup(code: u16) -> Option<&'static Entry> {
    entries_for(code).first().filter(|entry| entry.kind == Kind::Status)
}

/// The entry with this id ("404", "499-nginx").
pub fn by_id(id: &str) -> Option<&'static Entry> {
    ENTRIES.iter().find(|entry| entry.id == id)
}

/// The entry people write this way ("500.19", "H12", "0"): in this case first (HAProxy's `sH`
/// is not its `SH`), else ignoring case; a status code's label is its number, which `lookup`
/// answers.
pub fn by_label(label: &str) -> Option<&'static Entry> {
    let labelled = || ENTRIES.iter().filter(|entry| entry.kind != Kind::Status);
    labelled().find(|entry| entry.label == label).or_else(|| labelled().find(|entry| entry.label.eq_ignore_ascii_case(label)))
}

pub fn families() -> &'static [Family] {
    FAMILIES
}

/// Why a `code` given by a page author cannot be shown; the views put it in words.
#[derive(Debug, PartialEq, Eq)]
pub enum Unresolved {
    /// Nothing given (or only whitespace).
    Empty,
    /// Not a number, nor an id or label we know ("abc", "-1", markup).
    NotACode(String),
    /// Digits, but not a status code from 100 to 599 ("999", "4044", "099").
    OutOfRange(String),
    /// A three-digit code in a valid class that nobody we know of uses.
    Unassigned { code: u16, class: Class },
}

/// Reads a code the way a page author writes it: surrounding whitespace is fine; an entry id
/// picks one vendor's meaning ("499-esri"), a label one record ("500.19", "H12"), and a number
/// from 100 to 599 its registered entry or most common meaning.
///
/// ```
/// use http_status_data::{resolve, Class, Unresolved};
/// assert_eq!(resolve(" 404 ").unwrap().phrase, "Not Found");
/// assert_eq!(resolve("499").unwrap().id, "499-nginx");
/// assert_eq!(resolve("299"), Err(Unresolved::Unassigned { code: 299, class: Class::Success }));
/// ```
pub fn resolve(input: &str) -> Result<&'static Entry, Unresolved> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Unresolved::Empty);
    }
    if let Some(entry) = by_id(trimmed).or_else(|| by_label(trimmed)) {
        return Ok(entry);
    }
    if !trimmed.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(Unresolved::NotACode(trimmed.to_string()));
    }
    match trimmed.parse::<u16>().ok().filter(|_| trimmed.len() == 3).and_then(|code| Class::of(code).map(|class| (code, class))) {
        Some((code, class)) => lookup(code).ok_or(Unresolved::Unassigned { code, class }),
        None => Err(Unresolved::OutOfRange(trimmed.to_string())),
    }
}
