//! The checks a status calls for: the fields a 401, 405, 407, 426, 3xx, 201, 206, 416, 429 or
//! 503 must or should carry, no body and no content fields on a 204 or 304, and a code that is
//! a vendor's own or nobody's.

use crate::fields::{self, Context};
use crate::parse::Response;
use crate::{Flag, Severity, Step};
use http_status_data::Class;

/// The flags a response earns for its status.
pub(crate) fn status_flags(flags: &mut Vec<Flag>, position: usize, step: &Step, response: &Response, context: &Context) {
    let code = step.code;
    let has = |name: &str| context.has(name);
    let value = |name: &str| context.first(name).map(|field| field.value.trim().to_ascii_lowercase());
    if code == 401 && !has("www-authenticate") {
        flags.push(Flag {
            id: "missing-www-authenticate",
            severity: Severity::Error,
            step: position,
            title: "401 without WWW-Authenticate".into(),
            why: "A 401 must say how to authenticate: RFC 9110 requires at least one challenge in WWW-Authenticate. Without it, clients cannot tell which credentials to send, and some libraries treat the response as broken.".into(),
            fix: "Send a challenge with the 401, such as WWW-Authenticate: Bearer realm=\"api\". If the client is known but not allowed, answer 403 instead.".into(),
        });
    }
    if code == 405 && !has("allow") {
        flags.push(Flag {
            id: "missing-allow",
            severity: Severity::Error,
            step: position,
            title: "405 without Allow".into(),
            why: "RFC 9110 requires a 405 to list the methods the resource does support in Allow, so the client can correct its request.".into(),
            fix: "Add Allow with the supported methods, such as Allow: GET, HEAD. Most frameworks do it when a route declares its methods.".into(),
        });
    }
    if code == 407 && !has("proxy-authenticate") {
        flags.push(Flag {
            id: "missing-proxy-authenticate",
            severity: Severity::Error,
            step: position,
            title: "407 without Proxy-Authenticate".into(),
            why: "A 407 must carry a Proxy-Authenticate challenge saying how to authenticate with the proxy; without it the client cannot answer.".into(),
            fix: "Configure the proxy to send Proxy-Authenticate (such as Basic realm=\"proxy\"); the client then sends Proxy-Authorization.".into(),
        });
    }
    if code == 426 && !has("upgrade") {
        flags.push(Flag {
            id: "missing-upgrade",
            severity: Severity::Error,
            step: position,
            title: "426 without Upgrade".into(),
            why: "A 426 must name the protocol to switch to in an Upgrade header (RFC 9110); without it the client cannot know what is required.".into(),
            fix: "Send Upgrade with the required protocol (such as Upgrade: TLS/1.3) and Connection: Upgrade.".into(),
        });
    }
    if (300..400).contains(&code) && code != 304 && !has("location") {
        let optional = matches!(code, 300 | 305 | 306);
        flags.push(Flag {
            id: "missing-location",
            severity: if optional { Severity::Warning } else { Severity::Error },
            step: position,
            title: format!("{code} without Location"),
            why: if optional {
                format!("A {code} may name its preferred target in Location; without it the client has to find the way from the body.")
            } else {
                "A redirect without Location gives the client nowhere to go: browsers show the body instead, and curl -L stops here.".into()
            },
            fix: "Send Location with the URL to go to, absolute or relative to the request URL.".into(),
        });
    }
    if code == 201 && !has("location") {
        flags.push(Flag {
            id: "created-without-location",
            severity: Severity::Advice,
            step: position,
            title: "201 without Location".into(),
            why: "Without Location, a 201 says the resource it created is the request URL itself; after a POST to a collection, the client cannot find the new item.".into(),
            fix: "Send Location with the URL of the new resource, such as Location: /orders/123.".into(),
        });
    }
    if code == 206 && !has("content-range") && !value("content-type").is_some_and(|content_type| content_type.starts_with("multipart/byteranges")) {
        flags.push(Flag {
            id: "missing-content-range",
            severity: Severity::Error,
            step: position,
            title: "206 without Content-Range".into(),
            why: "A single-part 206 must say which bytes it carries in Content-Range; without it the client cannot place the part, and a resumed download ends up corrupt.".into(),
            fix: "Send Content-Range: bytes first-last/length with the part, or answer 200 with the whole representation.".into(),
        });
    }
    if code == 416 {
        let states_length = context
            .first("content-range")
            .and_then(|field| fields::parse_content_range(&field.value))
            .is_some_and(|(_, range, length)| range.is_none() && length.is_some());
        if !states_length {
            flags.push(Flag {
                id: "range-not-satisfiable-without-length",
                severity: Severity::Warning,
                step: position,
                title: "416 without Content-Range: bytes */length".into(),
                why: "A 416 should state the representation's current length as Content-Range: bytes */length, so the client can ask for a range that exists."
                    .into(),
                fix: "Send Content-Range: bytes */<length> with the 416.".into(),
            });
        }
    }
    if code == 204 || code == 304 {
        let head = step.request.as_ref().and_then(|request| request.method.as_deref()) == Some("HEAD");
        let declared_length = value("content-length").is_some_and(|length| length != "0");
        let chunked = has("transfer-encoding");
        if (response.body_length > 0 && !head) || (code == 204 && (declared_length || chunked)) {
            flags.push(Flag {
                id: "body-on-204-or-304",
                severity: Severity::Error,
                step: position,
                title: format!("{code} with a body"),
                why: format!(
                    "A {code} ends at the blank line after its headers: it never has content{}. A body sent anyway is read as the start of the next response on a kept-alive connection, which corrupts it.",
                    if code == 204 { ", so Content-Length other than 0 and Transfer-Encoding are wrong too" } else { "" }
                ),
                fix: format!("Send the {code} with no body{}; if there is content to return, use 200.", if code == 204 { " and no Transfer-Encoding or non-zero Content-Length" } else { "" }),
            });
        }
        let content_fields: &[&str] = if code == 204 {
            &["content-type", "content-encoding", "content-language", "content-disposition"]
        } else {
            &["content-type", "content-encoding", "content-language", "content-disposition", "content-range"]
        };
        let present: Vec<String> = content_fields.iter().filter_map(|name| context.first(name)).map(|field| field.name.clone()).collect();
        if !present.is_empty() {
            flags.push(Flag {
                id: "content-fields-on-204-or-304",
                severity: Severity::Warning,
                step: position,
                title: format!("{code} with {}", fields::listed(&present)),
                why: if code == 204 {
                    format!("A 204 has no content, so {} describes nothing; some clients then try to parse an empty body (an empty JSON document fails).", fields::listed(&present))
                } else {
                    format!("A 304 should carry only the fields that update the cached response (Cache-Control, Content-Location, Date, ETag, Expires, Vary); {} may overwrite the cached copy's metadata.", fields::listed(&present))
                },
                fix: format!("Leave {} out of the {code}.", fields::listed(&present)),
            });
        }
    }
    if (code == 429 || code == 503) && !has("retry-after") {
        flags.push(Flag {
            id: "missing-retry-after",
            severity: Severity::Advice,
            step: position,
            title: format!("{code} without Retry-After"),
            why: "Without Retry-After the client has to guess when to come back: many retry at once, which makes an overload worse.".into(),
            fix: if code == 429 {
                "Send Retry-After with the seconds until the limit resets (RateLimit fields as well let clients slow down before they hit it).".into()
            } else {
                "Send Retry-After when you know how long the outage or maintenance will last.".into()
            },
        });
    }
    match (step.status.entry_id, step.status.vendor, Class::of(code)) {
        (Some(_), Some(vendor), Some(class)) => flags.push(Flag {
            id: "vendor-status",
            severity: Severity::Advice,
            step: position,
            title: format!("{code} is {vendor}'s own code"),
            why: format!(
                "{code} is not part of HTTP: generic clients and libraries treat it as a plain {} ({}), and only {vendor}'s documentation says what it means.",
                class.label(),
                class.meaning()
            ),
            fix: format!("Read it as {vendor} defines it (explained above). A server of your own should send a registered code instead."),
        }),
        (None, _, Some(class)) => flags.push(Flag {
            id: "unregistered-status",
            severity: Severity::Warning,
            step: position,
            title: format!("{code} is not a registered status code"),
            why: format!("No registry or vendor we know of assigns {code}: clients treat it as {}00, {}.", &class.label()[..1], class.meaning()),
            fix: format!("Send a registered {} code that says what happened.", class.label()),
        }),
        (None, _, None) => flags.push(Flag {
            id: "unregistered-status",
            severity: Severity::Error,
            step: position,
            title: format!("{code} is outside 100\u{2013}599"),
            why: "HTTP status codes run from 100 to 599; clients may reject a response with any other code or treat it as a server error.".into(),
            fix: "Send a status code from 100 to 599.".into(),
        }),
        _ => {}
    }
}
