//! The flags for a field the status must or should carry and the response lacks: one for each
//! row of the rules table (`http-status-rules`) the response does not meet. The table says which
//! field, which flag and how bad, the same table the build holds our own examples to; the words
//! are here.

use crate::fields::{self, Context};
use crate::{Flag, Severity};
use http_status_rules::{self as rules, Need, Rule};

/// The flags a response with this code earns for the fields it lacks.
pub(crate) fn missing_field_flags(flags: &mut Vec<Flag>, position: usize, code: u16, context: &Context) {
    for rule in rules::rules_for(code).iter().filter(|rule| !met(rule, context)) {
        let (why, fix) = why_and_fix(rule);
        flags.push(Flag {
            id: rule.flag.id(),
            field: Some(rule.field.into()),
            severity: severity(rule.severity),
            step: position,
            title: title(rule),
            why,
            fix,
        });
    }
}

fn severity(severity: rules::Severity) -> Severity {
    match severity {
        rules::Severity::Error => Severity::Error,
        rules::Severity::Warning => Severity::Warning,
        rules::Severity::Advice => Severity::Advice,
    }
}

/// Whether the response carries the row's field, in the form the row asks for.
fn met(rule: &Rule, context: &Context) -> bool {
    match rule.flag {
        // A multipart/byteranges 206 carries Content-Range in each part instead (RFC 9110
        // section 15.3.7.2).
        rules::Flag::MissingContentRange => {
            context.has(rule.field)
                || context.first("content-type").is_some_and(|field| field.value.trim().to_ascii_lowercase().starts_with("multipart/byteranges"))
        }
        // What a 416 owes the client is the current length, `bytes */length`: a range is no use.
        rules::Flag::RangeNotSatisfiableWithoutLength => context
            .first(rule.field)
            .and_then(|field| fields::parse_content_range(&field.value))
            .is_some_and(|(_, range, length)| range.is_none() && length.is_some()),
        _ => context.has(rule.field),
    }
}

/// The flag's title: the status and the field it lacks.
fn title(rule: &Rule) -> String {
    match rule.flag {
        rules::Flag::RangeNotSatisfiableWithoutLength => "416 without Content-Range: bytes */length".into(),
        _ => format!("{} without {}", rule.code, rule.field),
    }
}

/// Why the missing field matters, and the fix.
fn why_and_fix(rule: &Rule) -> (String, String) {
    let (why, fix) = match rule.flag {
        rules::Flag::MissingWwwAuthenticate => (
            "A 401 must say how to authenticate: RFC 9110 requires at least one challenge in WWW-Authenticate. Without it, clients cannot tell which credentials to send, and some libraries treat the response as broken.",
            "Send a challenge with the 401, such as WWW-Authenticate: Bearer realm=\"api\". If the client is known but not allowed, answer 403 instead.",
        ),
        rules::Flag::MissingAllow => (
            "RFC 9110 requires a 405 to list the methods the resource does support in Allow, so the client can correct its request.",
            "Add Allow with the supported methods, such as Allow: GET, HEAD. Most frameworks do it when a route declares its methods.",
        ),
        rules::Flag::MissingProxyAuthenticate => (
            "A 407 must carry a Proxy-Authenticate challenge saying how to authenticate with the proxy; without it the client cannot answer.",
            "Configure the proxy to send Proxy-Authenticate (such as Basic realm=\"proxy\"); the client then sends Proxy-Authorization.",
        ),
        rules::Flag::MissingUpgrade if rule.code == 101 => (
            "A 101 must say in Upgrade which protocol the connection speaks from now on (RFC 9110); without it the client cannot tell, and WebSocket clients fail the handshake.",
            "Send Upgrade with the protocol switched to (such as Upgrade: websocket) and Connection: Upgrade; a proxy in between must pass both on.",
        ),
        rules::Flag::MissingUpgrade => (
            "A 426 must name the protocol to switch to in an Upgrade header (RFC 9110); without it the client cannot know what is required.",
            "Send Upgrade with the required protocol (such as Upgrade: TLS/1.3) and Connection: Upgrade.",
        ),
        rules::Flag::MissingLocation => return location_why_and_fix(rule),
        rules::Flag::CreatedWithoutLocation => (
            "Without Location, a 201 says the resource it created is the request URL itself; after a POST to a collection, the client cannot find the new item.",
            "Send Location with the URL of the new resource, such as Location: /orders/123.",
        ),
        rules::Flag::MissingContentRange => (
            "A single-part 206 must say which bytes it carries in Content-Range; without it the client cannot place the part, and a resumed download ends up corrupt.",
            "Send Content-Range: bytes first-last/length with the part, or answer 200 with the whole representation.",
        ),
        rules::Flag::RangeNotSatisfiableWithoutLength => (
            "A 416 should state the representation's current length as Content-Range: bytes */length, so the client can ask for a range that exists.",
            "Send Content-Range: bytes */<length> with the 416.",
        ),
        rules::Flag::MissingDate => (
            "A 304 must carry the Date a 200 would have (RFC 9110 sections 15.4.5 and 6.6.1). A cache refreshing its stored copy with this 304 keeps the stored Date, so the copy it just revalidated can look as old as before and go stale again at once, and every request revalidates.",
            "Send Date (the current time as an IMF-fixdate, such as Tue, 14 May 2024 09:30:00 GMT) with every 304; servers and frameworks add it unless it was turned off.",
        ),
        rules::Flag::MissingRetryAfter => (
            "Without Retry-After the client has to guess when to come back: many retry at once, which makes an overload worse.",
            if rule.code == 429 {
                "Send Retry-After with the seconds until the limit resets (RateLimit fields as well let clients slow down before they hit it)."
            } else {
                "Send Retry-After when you know how long the outage or maintenance will last."
            },
        ),
    };
    (why.into(), fix.into())
}

/// Location means a different thing on a redirect, on a 300 (the preferred choice, if any) and
/// on the deprecated 305 (the proxy to go through).
fn location_why_and_fix(rule: &Rule) -> (String, String) {
    let to_go_to = "Send Location with the URL to go to, absolute or relative to the request URL.";
    match (rule.need, rule.code) {
        (Need::Optional, code) => {
            (format!("A {code} may name its preferred target in Location; without it the client has to find the way from the body."), to_go_to.into())
        }
        (_, 305) => (
            "A 305 names the proxy to repeat the request through in Location; without it, it names nothing. 305 is deprecated (RFC 9110), and clients no longer act on it either way.".into(),
            "Configure the proxy in the client instead; to send the client elsewhere, redirect with 307 or 308 and Location.".into(),
        ),
        _ => ("A redirect without Location gives the client nowhere to go: browsers show the body instead, and curl -L stops here.".into(), to_go_to.into()),
    }
}
