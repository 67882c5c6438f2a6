//! Framing (RFC 9112 sections 5.2 and 6, RFC 9110 section 8.6): where the body ends. A wrong
//! Content-Length, two of them, or one beside Transfer-Encoding lets a client and a proxy cut the
//! body in different places, the stuff of response splitting and request smuggling; folded lines
//! are read differently by different parsers.

use super::{shown, Raised};
use crate::fields::Context;
use crate::parse::Response;
use crate::{Flag, Severity};

/// The transfer codings of the IANA registry.
const TRANSFER_CODINGS: &[&str] = &["chunked", "gzip", "x-gzip", "deflate", "compress", "x-compress"];

pub(super) fn check(raised: &mut Raised, response: &Response, context: &Context) {
    let lengths: Vec<&str> = context.all("content-length").flat_map(|field| field.value.split(',')).map(str::trim).collect();
    if let Some(bad) = lengths.iter().find(|length| length.is_empty() || !length.bytes().all(|byte| byte.is_ascii_digit())) {
        raised.flag(
            "content-length-invalid",
            "Content-Length",
            Severity::Error,
            "Content-Length is not a number".into(),
            format!("Content-Length: {} is not a count of bytes (digits only), so clients cannot tell where the body ends: most reject the response, some wait for the connection to close.", shown("content-length", bad)),
            "Send Content-Length as the body's exact size in bytes, digits only, or leave it out and let the server frame the body.".into(),
        );
    } else {
        let mut distinct: Vec<u128> = lengths.iter().filter_map(|length| length.parse().ok()).collect();
        distinct.sort_unstable();
        distinct.dedup();
        let listed = context.all("content-length").any(|field| field.value.contains(','));
        if distinct.len() == 1 && listed {
            raised.flag(
                "content-length-invalid",
                "Content-Length",
                Severity::Warning,
                "Content-Length written as a list".into(),
                format!(
                    "Content-Length: {} repeats one length as a list, which is not a valid Content-Length (RFC 9110 section 8.6): clients may read it as that length or reject the response.",
                    shown("content-length", context.all("content-length").find(|field| field.value.contains(',')).map_or("", |field| field.value.as_str()))
                ),
                "Send Content-Length once, as a single number; a list like this usually comes from two layers each adding the field, joined by a proxy.".into(),
            );
        }
        if distinct.len() > 1 {
            let values: Vec<String> = distinct.iter().map(u128::to_string).collect();
            raised.flag(
                "content-length-conflict",
                "Content-Length",
                Severity::Error,
                format!("Content-Length given twice: {}", values.join(" and ")),
                "The response states two different body lengths; a client and a proxy that each pick one read different bodies (the classic way to smuggle a response), so clients must reject it (RFC 9112 section 6.3).".into(),
                "Set Content-Length once, where the body is produced; look for a proxy or middleware adding its own.".into(),
            );
        }
    }
    if !lengths.is_empty() && context.has("transfer-encoding") {
        raised.flag(
            "content-length-with-transfer-encoding",
            "Content-Length",
            Severity::Error,
            "Content-Length together with Transfer-Encoding".into(),
            "A response framed by Transfer-Encoding must not carry Content-Length (RFC 9112 section 6.2): clients ignore it, but a proxy that trusts it cuts the body elsewhere.".into(),
            "Send one or the other: drop Content-Length from chunked responses.".into(),
        );
    }
    if let Some((name, value)) = context.combined("transfer-encoding") {
        let members: Vec<String> = value.split(',').map(|coding| coding.trim().to_ascii_lowercase()).filter(|coding| !coding.is_empty()).collect();
        let with_parameters = members.iter().find(|member| member.contains(';'));
        let codings: Vec<&str> = members.iter().map(|member| member.split(';').next().unwrap_or_default().trim()).collect();
        let unknown = codings.iter().find(|coding| !TRANSFER_CODINGS.contains(coding));
        let problem = match (unknown, with_parameters, codings.last()) {
            (Some(coding), _, _) => Some(format!("names {}, which is not a transfer coding clients know", shown(&name, coding))),
            (None, Some(member), _) => Some(format!("gives parameters in {}, which no registered transfer coding takes", shown(&name, member))),
            (None, None, Some(last)) if *last != "chunked" => Some(
                "does not end with chunked, so the body runs until the connection closes and a client cannot tell a complete body from a cut one".to_string(),
            ),
            _ => None,
        };
        not_requested(raised, context, &name, &codings);
        if let Some(problem) = problem {
            raised.flag(
                "transfer-encoding-invalid",
                "Transfer-Encoding",
                Severity::Warning,
                format!("Transfer-Encoding: {}", shown(&name, &value)),
                format!("Transfer-Encoding {problem} (RFC 9112 section 6.1)."),
                "Send Transfer-Encoding: chunked, or a Content-Length and no Transfer-Encoding; compress with Content-Encoding instead.".into(),
            );
        }
    }
    let multiplexed = response.version.as_deref().is_some_and(|version| version.starts_with("HTTP/2") || version.starts_with("HTTP/3"));
    if multiplexed && context.has("transfer-encoding") {
        let version = response.version.as_deref().unwrap_or_default();
        raised.flag(
            "transfer-encoding-in-http2",
            "Transfer-Encoding",
            Severity::Error,
            format!("Transfer-Encoding in an {version} response"),
            format!("{version} frames the body itself, and a response carrying Transfer-Encoding (a connection-specific field) is malformed there (RFC 9113 section 8.2.2): browsers fail the request."),
            "Remove Transfer-Encoding before the response goes out over HTTP/2 or HTTP/3; it usually leaks from an HTTP/1.1 backend through a proxy that passes fields on as they are.".into(),
        );
    }
}

/// Transfer codings besides chunked that the request's TE did not accept (RFC 9112 section 7.4):
/// a client only decodes what it offered. Judged only when the paste shows the whole request.
fn not_requested(raised: &mut Raised, context: &Context, name: &str, codings: &[&str]) {
    let Some(fields) = context.request.and_then(|request| request.shown_fields()) else { return };
    let offered: Vec<String> = fields
        .iter()
        .filter(|field| field.is("te"))
        .flat_map(|field| field.value.split(','))
        .map(|member| member.split(';').next().unwrap_or_default().trim().to_ascii_lowercase())
        .collect();
    let unasked: Vec<&str> = codings
        .iter()
        .copied()
        .filter(|coding| TRANSFER_CODINGS.contains(coding) && *coding != "chunked" && !offered.iter().any(|offer| offer == coding))
        .collect();
    if unasked.is_empty() {
        return;
    }
    raised.flag(
        "transfer-coding-not-requested",
        "Transfer-Encoding",
        Severity::Warning,
        format!("{name}: {} was not asked for", unasked.join(", ")),
        format!("The request's TE field did not offer {}, so the client may not be able to undo it: it gets the coded bytes as the body. Only chunked needs no asking in HTTP/1.1.", unasked.join(", ")),
        "Compress with Content-Encoding (negotiated by Accept-Encoding) and frame with chunked alone; use another transfer coding only when the request's TE lists it.".into(),
    );
}

/// A header line folded onto the next (RFC 9112 section 5.2), already joined to `name`'s value.
pub(crate) fn folded_line_flag(position: usize, name: &str) -> Flag {
    Flag {
        id: "obsolete-line-folding",
        field: Some(name.to_string()),
        severity: Severity::Warning,
        step: position,
        title: format!("{name} is folded over several lines"),
        why: format!("A line starting with a space or tab continues {name} from the line before. That folding is obsolete: senders must not use it (RFC 9112 section 5.2), browsers join the lines with a space, and strict proxies reject the response. It was read here joined."),
        fix: format!("Send {name} on one line; if its value holds a line break, encode or remove it."),
    }
}
