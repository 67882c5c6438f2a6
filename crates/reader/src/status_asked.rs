//! Statuses against the request they answer: a status that answers a request field the request
//! did not send (a 416 without Range, a 100 without `Expect: 100-continue`), a resource created
//! by a safe method, a 405 whose Allow lists the method refused, and Location on a status that
//! gives it no meaning.
//!
//! A request's missing field is only a fact when the paste shows its whole header section (curl
//! -v's `>` lines, a raw request, a HAR entry, DevTools' Request Headers): a command line alone
//! does not, since curl and HTTPie add fields of their own.

use crate::fields::Context;
use crate::{Flag, Severity};

/// Methods that must not change anything on the server (RFC 9110 section 9.2.1).
const SAFE_METHODS: &[&str] = &["GET", "HEAD", "OPTIONS", "TRACE"];

/// Statuses RFC 9110 gives Location a meaning on: the created resource, or where to go next. A
/// 202 is left out of the checks on purpose: pointing Location at the job's status monitor is a
/// widespread convention (long-running operations in many public APIs).
const LOCATION_STATUSES: &[u16] = &[201, 202, 300, 301, 302, 303, 305, 306, 307, 308];

/// What a status answers in the request: the fields, any one of which it needs, and what it
/// means when none was sent.
struct Answers {
    fields: &'static [&'static str],
    /// The fields as the flag names them.
    named: &'static str,
    consequence: &'static str,
    fix: &'static str,
}

fn answers(code: u16) -> Option<Answers> {
    Some(match code {
        100 => Answers {
            fields: &["expect"],
            named: "Expect: 100-continue",
            consequence: "100 Continue tells a client that announced a body with Expect: 100-continue to go ahead and send it; this request announced nothing, and a client that does not expect an interim response may take the 100 for the final one",
            fix: "Send 100 Continue only to requests carrying Expect: 100-continue; otherwise answer with the final status at once.",
        },
        101 => Answers {
            fields: &["upgrade"],
            named: "Upgrade",
            consequence: "101 switches the connection to a protocol the client offered in its Upgrade field (RFC 9110 section 7.8); this request offered none, so the client cannot speak what follows and the connection breaks",
            fix: "Switch protocols only when the request asks for it with Upgrade (and Connection: upgrade); otherwise answer in HTTP.",
        },
        206 => Answers {
            fields: &["range"],
            named: "Range",
            consequence: "206 answers a request for part of a resource, and this request asked for no range, so a client that wanted the whole gets a piece it did not ask for and may keep it as the whole",
            fix: "Send 200 with the whole representation when the request has no Range; serve 206 only for the ranges asked.",
        },
        406 => Answers {
            fields: &["accept", "accept-charset", "accept-encoding", "accept-language"],
            named: "Accept, Accept-Charset, Accept-Encoding or Accept-Language",
            consequence: "406 says no representation matches what the request's negotiation fields accept, and this request sent none of them, so it accepts anything: the client has nothing to change",
            fix: "Send what the resource has (a request without Accept fields takes any type); if the refusal is about something else, answer with the status that says so (400, 415 or 422).",
        },
        412 => Answers {
            fields: &["if-match", "if-none-match", "if-modified-since", "if-unmodified-since", "if-range"],
            named: "a condition (If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since or If-Range)",
            consequence: "412 says a condition in the request did not hold, and this request made none, so the client cannot tell what to fetch again before retrying",
            fix: "Answer 412 only when the request's If- field fails; to ask clients to make their updates conditional, send 428 Precondition Required.",
        },
        416 => Answers {
            fields: &["range"],
            named: "Range",
            consequence: "416 says the range the request asked for lies outside the resource, and this request asked for no range, so the client cannot fix anything and has no way to get the resource",
            fix: "Send the whole representation with 200 when the request has no Range.",
        },
        417 => Answers {
            fields: &["expect"],
            named: "Expect",
            consequence: "417 refuses an expectation the request stated in Expect, and this request stated none, so the client cannot drop it and retry",
            fix: "Answer 417 only to a request whose Expect the server cannot meet; for other failures send the status that names them.",
        },
        _ => return None,
    })
}

/// The flags a response (final, retried, redirected or interim) earns against its request.
pub(crate) fn asked_flags(flags: &mut Vec<Flag>, position: usize, context: &Context) {
    not_asked_for(flags, position, context);
    let code = context.code;
    if code == 201 {
        if let Some(method) = context.method.filter(|method| SAFE_METHODS.contains(method)) {
            flags.push(Flag {
                id: "created-by-safe-method",
                field: None,
                severity: Severity::Warning,
                step: position,
                title: format!("201 Created in answer to {method}"),
                why: format!("{method} is a safe method: clients, crawlers and proxies send and repeat it freely, expecting no change on the server (RFC 9110 section 9.2.1). A resource created by it gets created again with every prefetch or retry."),
                fix: "Create resources with POST (or PUT to a URL the client chooses), and answer a GET with 200.".into(),
            });
        }
    }
    if code == 405 {
        method_in_allow(flags, position, context);
    }
}

fn not_asked_for(flags: &mut Vec<Flag>, position: usize, context: &Context) {
    let Some(answers) = answers(context.code) else { return };
    let Some(fields) = context.request.and_then(|request| request.shown_fields()) else { return };
    let sent = |name: &str| fields.iter().any(|field| field.is(name) && !field.value.trim().is_empty());
    let asked = if context.code == 100 {
        fields.iter().any(|field| field.is("expect") && field.value.to_ascii_lowercase().contains("100-continue"))
    } else {
        answers.fields.iter().any(|name| sent(name))
    };
    if asked {
        return;
    }
    let code = context.code;
    flags.push(Flag {
        id: "status-not-asked-for",
        field: None,
        severity: if matches!(code, 101 | 206) { Severity::Error } else { Severity::Warning },
        step: position,
        title: format!("{code} to a request without {}", answers.named),
        why: format!("{}. The request shown in the paste carries its whole header section.", answers.consequence),
        fix: answers.fix.into(),
    });
}

fn method_in_allow(flags: &mut Vec<Flag>, position: usize, context: &Context) {
    let Some(method) = context.method else { return };
    let Some((name, value)) = context.combined("allow") else { return };
    if !value.split(',').any(|allowed| allowed.trim() == method) {
        return;
    }
    flags.push(Flag {
        id: "method-in-allow-on-405",
        field: Some(name.clone()),
        severity: Severity::Warning,
        step: position,
        title: format!("405 refuses {method}, and {name} lists it"),
        why: format!("405 says the resource does not support {method}, while {name} says it does: a client that trusts {name} retries the same request and fails again. Often a proxy or framework refuses the method before the application, which set {name}, is reached."),
        fix: format!("Make {name} list exactly the methods the resource accepts, and find which layer refuses {method}."),
    });
}

/// Location on a status that gives it no meaning: clients ignore it, and it is often meant as
/// Content-Location or as a redirect sent with the wrong status.
pub(crate) fn location_out_of_place(flags: &mut Vec<Flag>, position: usize, context: &Context) {
    let code = context.code;
    // Unknown 3xx codes are redirects to clients too; a 304 has nowhere to send anyone.
    if LOCATION_STATUSES.contains(&code) || ((300..400).contains(&code) && code != 304) {
        return;
    }
    let Some(field) = context.first("location") else { return };
    flags.push(Flag {
        id: "location-out-of-place",
        field: Some(field.name.clone()),
        severity: Severity::Advice,
        step: position,
        title: format!("{} on a {code}", field.name),
        why: format!("Location means something on a redirect (where to go) and on 201 (what was created); on a {code} it has no defined meaning, so browsers and HTTP libraries ignore it."),
        fix: "To send the client elsewhere, use a redirect status (303 after a form, 302, 307 or 308); to say where this content lives, use Content-Location; otherwise drop the field.".into(),
    });
}
