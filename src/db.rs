//! The status-code database: every registered code and the vendor codes people meet.
//!
//! The entries live in `data/` and are compiled into the static tables below by `build.rs`,
//! so nothing is parsed at runtime. Entries are sorted by code, the registered entry before
//! vendor entries of the same number, then the vendor meaning most people mean (nginx's 499),
//! then vendors by name; lookups rely on that order.

use serde::ser::{Serialize, SerializeStruct, Serializer};

/// Which of the five ranges a code belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    Informational,
    Success,
    Redirection,
    ClientError,
    ServerError,
}

impl Class {
    pub const ALL: [Class; 5] = [Class::Informational, Class::Success, Class::Redirection, Class::ClientError, Class::ServerError];

    /// The class of a code, or `None` outside 100 to 599.
    pub fn of(code: u16) -> Option<Class> {
        Some(match code {
            100..=199 => Class::Informational,
            200..=299 => Class::Success,
            300..=399 => Class::Redirection,
            400..=499 => Class::ClientError,
            500..=599 => Class::ServerError,
            _ => return None,
        })
    }

    /// "1xx" to "5xx".
    pub fn label(self) -> &'static str {
        match self {
            Class::Informational => "1xx",
            Class::Success => "2xx",
            Class::Redirection => "3xx",
            Class::ClientError => "4xx",
            Class::ServerError => "5xx",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Class::Informational => "Informational",
            Class::Success => "Success",
            Class::Redirection => "Redirection",
            Class::ClientError => "Client error",
            Class::ServerError => "Server error",
        }
    }

    /// What any code of the class tells a client, for codes the database does not know.
    pub fn meaning(self) -> &'static str {
        match self {
            Class::Informational => "an interim response: the server has the request and the final answer is still to come",
            Class::Success => "the server got the request and did what was asked",
            Class::Redirection => "the answer lives elsewhere: follow the Location header, or choose among the options offered",
            Class::ClientError => "the request was wrong in some way: fix it before sending it again",
            Class::ServerError => "something broke on the server side, and the request itself may be fine",
        }
    }
}

/// The code's state in the IANA registry, or `Unofficial` for vendor codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Permanent,
    Temporary,
    Unused,
    Obsoleted,
    Unofficial,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Permanent => "permanent",
            Status::Temporary => "temporary",
            Status::Unused => "unused",
            Status::Obsoleted => "obsoleted",
            Status::Unofficial => "unofficial",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Spec {
    pub title: &'static str,
    pub url: &'static str,
}

/// A code people confuse with this one, and how the two differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Related {
    pub code: u16,
    pub note: &'static str,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    /// Stable id: "404", or "499-nginx" for a vendor entry.
    pub id: &'static str,
    pub code: u16,
    pub phrase: &'static str,
    pub status: Status,
    /// Registered but deprecated in practice (305, 102).
    pub deprecated: bool,
    pub vendor: Option<&'static str>,
    /// The end date of a temporary registration.
    pub expires: Option<&'static str>,
    /// Former and alternative names.
    pub aliases: &'static [&'static str],
    pub keywords: &'static [&'static str],
    pub headers: &'static [&'static str],
    /// Heuristically cacheable by default (RFC 9110 section 15.1, and 451 by RFC 7725).
    pub cacheable: bool,
    pub summary: &'static str,
    pub explanation: &'static str,
    pub when_to_send: &'static str,
    pub client_action: &'static str,
    pub causes: &'static [&'static str],
    pub example: &'static str,
    pub spec: Option<Spec>,
    pub related: &'static [Related],
}

impl Entry {
    pub fn class(&self) -> Class {
        Class::of(self.code).expect("build.rs checks the range")
    }

    /// Registered with IANA (in any state), as opposed to a vendor's own code.
    pub fn is_standard(&self) -> bool {
        self.vendor.is_none()
    }

    /// "404 Not Found".
    pub fn title(&self) -> String {
        format!("{} {}", self.code, self.phrase)
    }

    /// "HTTP/1.1 404 Not Found".
    pub fn status_line(&self) -> String {
        format!("HTTP/1.1 {} {}", self.code, self.phrase)
    }

    /// The comparison table this code belongs to, if any.
    pub fn family(&self) -> Option<&'static Family> {
        FAMILIES.iter().find(|family| family.codes.contains(&self.code))
    }

    /// Other entries with the same number (other vendors, or the registered meaning).
    pub fn namesakes(&self) -> impl Iterator<Item = &'static Entry> + '_ {
        entries_for(self.code).iter().filter(move |other| other.id != self.id)
    }
}

/// The JS and JSON shape of an entry: camelCase, `related` as bare codes, notes alongside.
impl Serialize for Entry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let related: Vec<u16> = self.related.iter().map(|related| related.code).collect();
        let mut fields = serializer.serialize_struct("Entry", 23)?;
        fields.serialize_field("id", self.id)?;
        fields.serialize_field("code", &self.code)?;
        fields.serialize_field("phrase", self.phrase)?;
        fields.serialize_field("class", self.class().label())?;
        fields.serialize_field("registry", if self.is_standard() { "iana" } else { "vendor" })?;
        fields.serialize_field("status", self.status.as_str())?;
        fields.serialize_field("deprecated", &self.deprecated)?;
        fields.serialize_field("vendor", &self.vendor)?;
        fields.serialize_field("expires", &self.expires)?;
        fields.serialize_field("aliases", self.aliases)?;
        fields.serialize_field("keywords", self.keywords)?;
        fields.serialize_field("summary", self.summary)?;
        fields.serialize_field("explanation", self.explanation)?;
        fields.serialize_field("whenToSend", self.when_to_send)?;
        fields.serialize_field("clientAction", self.client_action)?;
        fields.serialize_field("causes", self.causes)?;
        fields.serialize_field("spec", &self.spec)?;
        fields.serialize_field("headers", self.headers)?;
        fields.serialize_field("related", &related)?;
        fields.serialize_field("relatedNotes", self.related)?;
        fields.serialize_field("cacheable", &self.cacheable)?;
        fields.serialize_field("example", self.example)?;
        fields.serialize_field("family", &self.family().map(|family| family.id))?;
        fields.end()
    }
}

/// Codes people confuse, compared column by column.
#[derive(Debug, PartialEq, Eq)]
pub struct Family {
    pub id: &'static str,
    pub title: &'static str,
    pub codes: &'static [u16],
    pub columns: &'static [&'static str],
    pub rows: &'static [FamilyRow],
}

#[derive(Debug, PartialEq, Eq)]
pub struct FamilyRow {
    pub code: u16,
    pub cells: &'static [&'static str],
    pub note: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/database.rs"));

/// Every entry in code order, the registered entry before vendor entries of the same number.
pub fn entries() -> &'static [Entry] {
    ENTRIES
}

/// Every entry with this number: the registered one first, then the primary vendor meaning,
/// then vendors by name.
pub fn entries_for(code: u16) -> &'static [Entry] {
    let start = ENTRIES.partition_point(|entry| entry.code < code);
    let end = ENTRIES.partition_point(|entry| entry.code <= code);
    &ENTRIES[start..end]
}

/// The registered entry for a number, else its primary vendor entry.
pub fn lookup(code: u16) -> Option<&'static Entry> {
    entries_for(code).first()
}

/// The entry with this id ("404", "499-nginx").
pub fn by_id(id: &str) -> Option<&'static Entry> {
    ENTRIES.iter().find(|entry| entry.id == id)
}

pub fn of_class(class: Class) -> impl Iterator<Item = &'static Entry> {
    ENTRIES.iter().filter(move |entry| entry.class() == class)
}

pub fn families() -> &'static [Family] {
    FAMILIES
}

/// Why a `code` given by a page author cannot be shown.
#[derive(Debug, PartialEq, Eq)]
pub enum Unresolved {
    /// A three-digit code in a valid class that nobody we know of uses.
    Unassigned { code: u16, class: Class },
    /// Not a status code at all; the message says why, in words fit to show.
    Invalid { message: String },
}

/// Reads a code the way a page author writes it: surrounding whitespace is fine, an entry id
/// picks one vendor's meaning ("499-esri"), anything else that is not a three-digit number
/// from 100 to 599 is explained.
pub fn resolve(input: &str) -> Result<&'static Entry, Unresolved> {
    let trimmed = input.trim();
    if let Some(entry) = by_id(trimmed) {
        return Ok(entry);
    }
    if trimmed.is_empty() {
        return Err(Unresolved::Invalid { message: "No status code given: set code to a number such as 404.".into() });
    }
    const RULE: &str = "status codes are three digits from 100 to 599";
    // Long input is cut short: the message is for a person, not an echo.
    const SHOWN_CHARACTERS: usize = 24;
    let mut shown: String = trimmed.chars().take(SHOWN_CHARACTERS).collect();
    if trimmed.chars().count() > SHOWN_CHARACTERS {
        shown.push('\u{2026}');
    }
    if !trimmed.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(Unresolved::Invalid { message: format!("\u{201c}{shown}\u{201d} is not an HTTP status code: {RULE}.") });
    }
    match trimmed.parse::<u16>().ok().filter(|_| trimmed.len() == 3).and_then(|code| Class::of(code).map(|class| (code, class))) {
        Some((code, class)) => lookup(code).ok_or(Unresolved::Unassigned { code, class }),
        None => Err(Unresolved::Invalid { message: format!("{shown} is not an HTTP status code: {RULE}.") }),
    }
}
