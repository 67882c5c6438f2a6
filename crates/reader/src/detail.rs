//! The values behind a reading (`Detail` and the parts it holds, `Reference` among them), and the
//! members of a problem+json body.

use crate::interned::Word;
use serde::{Deserialize, Serialize};

/// A `name=value` pair: an authentication parameter or a cache directive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Parameter {
    pub name: String,
    pub value: Option<String>,
}

/// What a time was counted from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Reference {
    /// The response's own `Date` header.
    ResponseDate,
    /// The current time given to `explain`.
    Now,
}

/// The values behind a reading, tagged by `kind` in JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
        #[serde(deserialize_with = "crate::interned::word")]
        expected: Word,
        /// What exactly is wrong and what clients make of it, when there is more to say than
        /// that the value is not what was expected.
        problem: Option<String>,
    },
}

/// One authentication challenge. `realm`, `error`, `errorDescription` and `scope` repeat
/// the parameters of that name, for Bearer's sake.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProxyHop {
    pub name: String,
    /// The RFC 9209 error type (`connection_timeout`).
    pub error: Option<String>,
    /// What the error type means, in words.
    #[serde(deserialize_with = "crate::interned::optional_word")]
    pub meaning: Option<Word>,
    pub details: Option<String>,
    pub next_hop: Option<String>,
    pub received_status: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AltService {
    /// The ALPN id (`h3`).
    pub protocol: String,
    /// `HTTP/3`, when the id is one people know.
    #[serde(deserialize_with = "crate::interned::optional_word")]
    pub protocol_name: Option<Word>,
    /// Another host, when not the same one.
    pub host: Option<String>,
    pub port: Option<u16>,
    /// Seconds the alternative may be remembered (24 hours when unsaid).
    pub max_age: i64,
}

/// A CDN, proxy, platform or server that a field names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Intermediary {
    /// The vendor (`Cloudflare`), or the `Server` or `Via` name when no vendor is recognised.
    pub name: String,
    /// `CDN`, `load balancer`, `proxy`, `platform`, `API gateway`, `storage` or `server`.
    #[serde(deserialize_with = "crate::interned::word")]
    pub role: Word,
    /// The fields that gave it away.
    pub evidence: Vec<String>,
    /// The edge location that answered (`FRA`), when a field says.
    pub location: Option<String>,
    /// Its cache's verdict (`HIT`, `MISS`, `DYNAMIC`), when a field says.
    pub cache: Option<String>,
}

/// The members of an `application/problem+json` body (RFC 9457), secrets masked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    pub type_uri: Option<String>,
    pub title: Option<String>,
    pub status: Option<i64>,
    pub detail: Option<String>,
    pub instance: Option<String>,
}
