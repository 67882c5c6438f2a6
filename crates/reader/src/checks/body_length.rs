//! Content-Length against what the paste shows of the body (RFC 9110 section 8.6, RFC 9112
//! section 6.3): a length too large for clients to hold, a body that is certainly longer than the
//! length announced, and curl saying the connection closed before the announced length arrived.
//!
//! A pasted body is not the body's bytes: terminals change line ends, expand tabs, wrap long lines
//! and drop trailing spaces, and people paste only the start. So a body is called too long only
//! when its visible characters alone outnumber the bytes announced by more than a prompt's worth,
//! and too short only on curl's own word.

use super::{shown, Raised};
use crate::fields::Context;
use crate::parse::{Response, BODY_KEPT};
use crate::Severity;

/// The largest length clients hold in a signed 64-bit integer.
const LARGEST_LENGTH: u128 = i64::MAX as u128;

/// curl's message when a body ended before its Content-Length: `curl: (18) transfer closed with
/// 12 bytes remaining to read`.
const CURL_CUT_SHORT: &str = "curl: (18)";
/// Characters a paste may add after a body without a final line end: a shell prompt, or what
/// curl's `-w` prints (`200`). A body must outrun its Content-Length by more to be called longer.
const PASTED_EXTRA: u128 = 32;

pub(super) fn check(raised: &mut Raised, response: &Response, context: &Context) {
    let values: Vec<&str> = context.all("content-length").map(|field| field.value.trim()).collect();
    let Some(first) = values.first() else { return };
    // Several or broken lengths are framing's to flag; only one clear length is compared.
    if values.iter().any(|value| value != first) || first.is_empty() || !first.bytes().all(|byte| byte.is_ascii_digit()) {
        return;
    }
    let Some(length) = first.parse::<u128>().ok().filter(|length| *length <= LARGEST_LENGTH) else {
        raised.flag(
            "content-length-too-large",
            "Content-Length",
            Severity::Warning,
            "Content-Length is too large for clients".into(),
            format!("Content-Length: {} is more than 2\u{2076}\u{00b3}\u{2212}1 bytes, the most a client can count in a 64-bit integer: clients overflow or reject the response.", shown("content-length", first)),
            "Send the body's real size; if it is unknown or unbounded, leave Content-Length out and stream the body (chunked in HTTP/1.1).".into(),
        );
        return;
    };
    // No body follows on these, whatever Content-Length says; codings change the length shown.
    let bodiless = matches!(context.code, 100..=199 | 204 | 304) || context.method == Some("HEAD");
    if bodiless || context.has("transfer-encoding") || context.has("content-encoding") || response.body_length > BODY_KEPT {
        return;
    }
    let (cut_short, shown_body): (Vec<&str>, Vec<&str>) = response.body.lines().partition(|line| line.starts_with(CURL_CUT_SHORT));
    if let Some(message) = cut_short.first() {
        raised.flag(
            "content-length-mismatch",
            "Content-Length",
            Severity::Error,
            "The body ended before its Content-Length".into(),
            format!("Content-Length announced {length} bytes and the connection closed before they all came (curl said \u{201c}{}\u{201d}): clients treat the response as failed, and a cache that keeps it serves a cut body.", message.trim()),
            "Make Content-Length the size of the body actually sent: a body changed after the length was set (compressed, rewritten, cut by a timeout or a crash) must have it recomputed or removed.".into(),
        );
        return;
    }
    let visible = shown_body.iter().flat_map(|line| line.chars()).filter(|character| !character.is_whitespace()).count();
    if visible as u128 > length + PASTED_EXTRA {
        raised.flag(
            "content-length-mismatch",
            "Content-Length",
            Severity::Warning,
            format!("The body is longer than Content-Length: {length}"),
            format!("The body shown has at least {visible} characters besides white space, and Content-Length announces {length} bytes: a client reads {length} and takes the rest for the start of the next response on the connection, or drops it (curl says \u{201c}Excess found\u{201d}). If the paste added text after the body, this does not apply."),
            "Compute Content-Length from the body as sent, after any rewriting, or leave it out and let the server frame the body.".into(),
        );
    }
}
