//! Header field readers: each reads one field (or a family of fields) of one response and says
//! what it means, in a sentence and as values. Readers see raw values and show masked ones.
//!
//! One file per field or family of fields; this one holds the `Context` they all read.

use crate::parse::{Field, Request};
use crate::Reference;

mod allow;
mod alt_svc;
mod authenticate;
mod cache_status;
mod content_range;
mod cors;
mod deprecation;
mod freshness;
mod location;
mod proxy_status;
mod rate_limit;
mod request_fields;
mod retry_after;
mod upgrade;
mod vary;
mod words;

pub(crate) use allow::allow;
pub(crate) use alt_svc::alt_svc;
pub(crate) use authenticate::challenges;
pub(crate) use cache_status::cache_status;
pub(crate) use content_range::{content_range, parse_content_range};
pub(crate) use cors::{cors, CorsVerdict};
pub(crate) use deprecation::{deprecation, sunset};
pub(crate) use freshness::{cache_directives, freshness, Directive};
pub(crate) use location::location;
pub(crate) use proxy_status::proxy_status;
pub(crate) use rate_limit::rate_limits;
pub(crate) use request_fields::request_fields;
pub(crate) use retry_after::retry_after;
pub(crate) use upgrade::upgrade;
pub(crate) use vary::{varied_fields, vary};
pub(crate) use words::{grouped, listed};

/// What the readers know about the response they read.
pub(super) struct Context<'a> {
    pub(super) code: u16,
    pub(super) fields: &'a [Field],
    pub(super) request: Option<&'a Request>,
    pub(super) method: Option<&'a str>,
    /// The absolute URL that was requested, raw.
    pub(super) url: Option<&'a str>,
    pub(super) url_guessed: bool,
    /// The response's `Date`.
    pub(super) date: Option<i64>,
    pub(super) now: Option<i64>,
    pub(super) cacheable: bool,
}

impl Context<'_> {
    pub(super) fn all<'b>(&'b self, name: &'b str) -> impl Iterator<Item = &'b Field> + 'b {
        self.fields.iter().filter(move |field| field.is(name))
    }

    pub(super) fn first(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|field| field.is(name))
    }

    pub(super) fn has(&self, name: &str) -> bool {
        self.first(name).is_some()
    }

    /// All the field's lines combined, as RFC 9110 section 5.3 allows for list fields, and the
    /// name as first written.
    pub(super) fn combined(&self, name: &str) -> Option<(String, String)> {
        let first = self.first(name)?;
        let values: Vec<&str> = self.all(name).map(|field| field.value.as_str()).filter(|value| !value.is_empty()).collect();
        Some((first.name.clone(), values.join(", ")))
    }

    /// The time relative times are counted from: the response's Date, else now.
    pub(super) fn reference(&self) -> Option<(i64, Reference)> {
        self.date.map(|date| (date, Reference::ResponseDate)).or(self.now.map(|now| (now, Reference::Now)))
    }

    /// Now, else the response's Date: for whether a date has passed.
    fn present(&self) -> Option<i64> {
        self.now.or(self.date)
    }

    fn request_field(&self, name: &str) -> Option<&str> {
        self.request.and_then(|request| request.field(name))
    }
}
