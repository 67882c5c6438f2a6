//! The statuses that never carry content: a 204 and a 304 end at their header block, and a 205
//! tells the client to reset its view with nothing to show in it (RFC 9110 sections 15.3.5,
//! 15.4.5 and 15.3.6). A body sent anyway, a length that announces one, and content fields that
//! describe nothing.

use crate::fields::{self, Context};
use crate::parse::Response;
use crate::{Flag, Severity, Step};

/// The flags a 204, 205 or 304 earns for content it should not have.
pub(crate) fn no_content_flags(flags: &mut Vec<Flag>, position: usize, step: &Step, response: &Response, context: &Context) {
    let code = step.code;
    if !matches!(code, 204 | 205 | 304) {
        return;
    }
    // A HEAD response has no body whatever its status, and its Content-Length is the GET's.
    let head = step.request.as_ref().and_then(|request| request.method.as_deref()) == Some("HEAD");
    let declared_length = context.first("content-length").is_some_and(|field| field.value.trim() != "0");
    let chunked = context.has("transfer-encoding");
    let body = response.body_length > 0 && !head;
    match code {
        204 | 304 if body || (code == 204 && (declared_length || chunked)) => flags.push(Flag {
            id: "body-on-204-or-304",
            field: None,
            severity: Severity::Error,
            step: position,
            title: format!("{code} with a body"),
            why: format!(
                "A {code} ends at the blank line after its headers: it never has content{}. A body sent anyway is read as the start of the next response on a kept-alive connection, which corrupts it.",
                if code == 204 { ", so Content-Length other than 0 and Transfer-Encoding are wrong too" } else { "" }
            ),
            fix: format!("Send the {code} with no body{}; if there is content to return, use 200.", if code == 204 { " and no Transfer-Encoding or non-zero Content-Length" } else { "" }),
        }),
        // Unlike a 204, a 205 may frame its empty content: Content-Length: 0, or a chunked body
        // with only its last chunk.
        205 if body || (declared_length && !head) => flags.push(Flag {
            id: "body-on-205",
            field: None,
            severity: Severity::Error,
            step: position,
            title: "205 with a body".into(),
            why: "A 205 tells the client to clear the form or view the request came from; it must not carry content (RFC 9110 section 15.3.6), since there is nothing to show. A client that knows this reads no body, and the bytes sent anyway are taken for the next response on the connection.".into(),
            fix: "Send the 205 with Content-Length: 0 and no body; if there is something to show, answer 200 with it.".into(),
        }),
        _ => {}
    }
    if code == 205 {
        return;
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
            field: None,
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
