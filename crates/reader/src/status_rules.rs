//! The checks a status calls for: the fields it must or should carry (the rules table, walked in
//! `missing_fields`), no body and no content fields on a 204 or 304, and a code that is a
//! vendor's own or nobody's.

use crate::fields::{self, Context};
use crate::missing_fields::missing_field_flags;
use crate::parse::Response;
use crate::{Flag, Severity, Step};
use http_status_data::Class;

/// The flags a response earns for its status.
pub(crate) fn status_flags(flags: &mut Vec<Flag>, position: usize, step: &Step, response: &Response, context: &Context) {
    let code = step.code;
    let has = |name: &str| context.has(name);
    let value = |name: &str| context.first(name).map(|field| field.value.trim().to_ascii_lowercase());
    missing_field_flags(flags, position, code, context);
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
