//! The small closed vocabularies of the database, each written once: its names in the data
//! files and the JSON, and its words in the views. Shared by the crate and by `build.rs`
//! (which includes this file), so the build parses the data with the same tables.

/// The prose file (`http-status-prose.txt`): its first line is the hash the wasm was built
/// with, then one record per entry in database order, its fields in `PROSE_FIELDS` order, lists
/// (causes, related notes) with their items apart. ASCII's separator characters never occur
/// in the data (the build checks).
pub const PROSE_RECORD: char = '\u{1e}';
pub const PROSE_FIELD: char = '\u{1f}';
pub const PROSE_ITEM: char = '\u{1d}';
pub const PROSE_FIELDS: [&str; 7] = ["id", "explanation", "when_to_send", "client_action", "causes", "example", "related_notes"];

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

/// The code's state in the IANA registry, or `Unofficial` for everything a vendor defines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Permanent,
    Temporary,
    /// A temporary registration whose term ended without renewal: it stays listed, is best
    /// treated as deprecated, and is released for another use only on request (RFC 7120, section 3.3).
    Expired,
    Unused,
    Obsoleted,
    Unofficial,
}

impl Status {
    pub const ALL: [Status; 6] = [Status::Permanent, Status::Temporary, Status::Expired, Status::Unused, Status::Obsoleted, Status::Unofficial];

    /// The name in the data files and the JSON: "permanent".
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Permanent => "permanent",
            Status::Temporary => "temporary",
            Status::Expired => "expired",
            Status::Unused => "unused",
            Status::Obsoleted => "obsoleted",
            Status::Unofficial => "unofficial",
        }
    }

    /// The word in the views: "Permanent".
    pub fn label(self) -> &'static str {
        match self {
            Status::Permanent => "Permanent",
            Status::Temporary => "Temporary",
            Status::Expired => "Expired",
            Status::Unused => "Unused",
            Status::Obsoleted => "Obsoleted",
            Status::Unofficial => "Unofficial",
        }
    }

    pub fn from_name(name: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.as_str() == name)
    }
}

/// What kind of thing a record is: a status code, or something people read as one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// An HTTP status code, registered or a vendor's.
    Status,
    /// A vendor's refinement of a status code that never goes on the wire: IIS's 500.19.
    Substatus,
    /// A vendor's error id or message that arrives with a status code: Cloudflare's 1020 (on
    /// 403), Heroku's H12 (on 503), nginx's "upstream timed out" (on 504).
    VendorError,
    /// Read as a status but not one: fetch's 0, curl's 000.
    NotHttp,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Status, Kind::Substatus, Kind::VendorError, Kind::NotHttp];

    /// The name in the data files and the JSON: "vendor-error".
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Status => "status",
            Kind::Substatus => "substatus",
            Kind::VendorError => "vendor-error",
            Kind::NotHttp => "not-http",
        }
    }

    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.as_str() == name)
    }
}
