//! `Cache-Status` (RFC 9211 section 2): each cache's parameters, against the types the RFC gives
//! them. A list that cannot be read at all is said so by the reading (`fields::cache_status`);
//! here, a readable list whose parameters say something other than what tools expect, or that
//! no tool knows.

use super::Raised;
use crate::fields::Context;
use crate::structured::{self, Bare};
use crate::{mask, Severity};
use std::collections::HashSet;

/// The values `fwd` may take (section 2.2).
const FORWARD_REASONS: &[&str] = &["bypass", "method", "uri-miss", "vary-miss", "miss", "request", "stale", "partial"];

/// What a parameter's value must be, if the RFC defines the parameter: `None` for an unknown one.
fn expected(parameter: &str) -> Option<&'static str> {
    Some(match parameter {
        "hit" | "stored" | "collapsed" => "a Boolean (the bare name)",
        "fwd" => "one of bypass, method, uri-miss, vary-miss, miss, request, stale or partial",
        "fwd-status" | "ttl" => "an integer",
        "key" => "a quoted string",
        "detail" => "a token or a quoted string",
        _ => return None,
    })
}

/// Whether the value fits the parameter's type.
fn fits(parameter: &str, value: &Bare) -> bool {
    match (parameter, value) {
        ("hit" | "stored" | "collapsed", Bare::Boolean(_)) => true,
        ("fwd", Bare::Token(reason)) => FORWARD_REASONS.contains(&reason.as_str()),
        ("fwd-status" | "ttl", Bare::Integer(_)) => true,
        ("key", Bare::String(_)) => true,
        ("detail", Bare::String(_) | Bare::Token(_)) => true,
        _ => false,
    }
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some((_, value)) = context.combined("cache-status") else { return };
    let Some(members) = structured::list(&value) else { return };
    let mut unknown: Vec<&str> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut invalid: Vec<String> = Vec::new();
    for item in members.iter().filter_map(|member| member.item()) {
        let cache = item.bare.as_text().map(mask::text).unwrap_or_default();
        for (parameter, value) in &item.parameters {
            match expected(parameter) {
                None if seen.insert(parameter) => unknown.push(parameter),
                Some(expected) if !fits(parameter, value) => invalid.push(format!("{cache}'s {parameter} is not {expected}")),
                _ => {}
            }
        }
    }
    if !invalid.is_empty() {
        raised.flag(
            "cache-status-parameter-invalid",
            "Cache-Status",
            Severity::Warning,
            "Cache-Status has a parameter of the wrong kind".into(),
            format!("In Cache-Status, {}: tools that read the field (and this reader) take such a parameter as absent, so the cache's verdict reads other than the cache meant.", invalid.join(", and ")),
            "Write Cache-Status as RFC 9211 section 2 types it: ExampleCache; hit; ttl=376; fwd=uri-miss; fwd-status=200; stored; key=\"…\"; detail=….".into(),
        );
    }
    if !unknown.is_empty() {
        let names = unknown.iter().map(|name| mask::text(name)).collect::<Vec<_>>().join(", ");
        raised.flag(
            "cache-status-parameter-unknown",
            "Cache-Status",
            Severity::Advice,
            format!("Cache-Status has a parameter RFC 9211 does not define: {names}"),
            format!("Cache-Status parameters {names} are no part of RFC 9211: tools skip them, so only the cache's own documentation says what they mean."),
            "Use the parameters RFC 9211 defines (hit, fwd, fwd-status, ttl, stored, collapsed, key, detail), and put anything else in detail.".into(),
        );
    }
}
