//! The checks a status calls for: the fields it must or should carry (the rules table, walked in
//! `missing_fields`), no content on a 204, 205 or 304 (`no_content`), a 206 that names no range,
//! a code retired from use, a code that is a vendor's own or nobody's, and the status against
//! the request it answers (`status_asked`).

use crate::fields::{self, Context};
use crate::missing_fields::missing_field_flags;
use crate::no_content::no_content_flags;
use crate::parse::Response;
use crate::status_asked::{asked_flags, location_out_of_place};
use crate::{Flag, Severity, Step};
use http_status_data::Class;

/// The flags a response earns for its status.
pub(crate) fn status_flags(flags: &mut Vec<Flag>, position: usize, step: &Step, response: &Response, context: &Context) {
    let code = step.code;
    missing_field_flags(flags, position, code, context);
    no_content_flags(flags, position, step, response, context);
    retired_status_flags(flags, position, code);
    asked_flags(flags, position, context);
    location_out_of_place(flags, position, context);
    if code == 206 {
        partial_content_flags(flags, position, context);
    }
    match (step.status.entry_id, step.status.vendor, Class::of(code)) {
        (Some(_), Some(vendor), Some(class)) => flags.push(Flag {
            id: "vendor-status",
            field: None,
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
            field: None,
            severity: Severity::Warning,
            step: position,
            title: format!("{code} is not a registered status code"),
            why: format!("No registry or vendor we know of assigns {code}: clients treat it as {}00, {}.", &class.label()[..1], class.meaning()),
            fix: format!("Send a registered {} code that says what happened.", class.label()),
        }),
        (None, _, None) => flags.push(Flag {
            id: "unregistered-status",
            field: None,
            severity: Severity::Error,
            step: position,
            title: format!("{code} is outside 100\u{2013}599"),
            why: "HTTP status codes run from 100 to 599; clients may reject a response with any other code or treat it as a server error.".into(),
            fix: "Send a status code from 100 to 599.".into(),
        }),
        _ => {}
    }
}

/// 305 and 306 are still registered, but nobody may send them any more.
fn retired_status_flags(flags: &mut Vec<Flag>, position: usize, code: u16) {
    let flag = match code {
        305 => Flag {
            id: "deprecated-status",
            field: None,
            severity: Severity::Warning,
            step: position,
            title: "305 Use Proxy is deprecated".into(),
            why: "305 asked the client to repeat the request through the proxy in Location. It is deprecated (RFC 9110 section 15.4.6) because a server must not pick the proxy a client's traffic goes through: browsers and HTTP libraries do not act on it and show the body instead.".into(),
            fix: "To send the client elsewhere, redirect with 307 or 308 and Location; a proxy is set up in the client, not by a response.".into(),
        },
        306 => Flag {
            id: "reserved-status",
            field: None,
            severity: Severity::Warning,
            step: position,
            title: "306 is reserved and unused".into(),
            why: "306 (once a draft's Switch Proxy) has no meaning: RFC 9110 section 15.4.7 keeps it reserved, so clients treat it as a 300 with no preferred choice and nothing switches.".into(),
            fix: "Send the code that says what happened: a redirect (307 or 308 with Location), or the status of the actual result.".into(),
        },
        _ => return,
    };
    flags.push(flag);
}

/// A 206 says which part it carries: `bytes */length` is the form a 416 uses to say that no range
/// could be served (RFC 9110 section 14.4).
fn partial_content_flags(flags: &mut Vec<Flag>, position: usize, context: &Context) {
    let Some(field) = context.first("content-range") else { return };
    let Some((unit, None, Some(length))) = fields::parse_content_range(&field.value) else { return };
    flags.push(Flag {
        id: "unsatisfied-range-on-206",
        field: Some("Content-Range".into()),
        severity: Severity::Error,
        step: position,
        title: format!("206 with {}: {unit} */{length}", field.name),
        why: format!(
            "{unit} */{length} names no range: it is how a 416 states the full length when no range could be served (RFC 9110 section 14.4). A 206 carries a part, and without its position the client cannot place the bytes, so a resumed download ends up corrupt."
        ),
        fix: format!("Send the range this 206 carries, as {unit} first-last/{length}; if no requested range can be served, answer 416 with {unit} */{length}."),
    });
}
