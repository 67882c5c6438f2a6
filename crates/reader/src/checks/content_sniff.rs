//! Content that is plainly not what Content-Type says, as far as a paste shows it: the text of
//! an HTML page sent as JSON (a proxy's or framework's error page behind an API), complete JSON
//! sent as HTML, or text of either kind under a binary type. Browsers sniff bytes in many more
//! ways; a paste has lost the bytes of binary content, so only text is compared, and only where
//! its first characters leave no doubt. Bytes that were not in the declared charset show in a
//! paste as the replacement character U+FFFD, put there by the terminal or browser that decoded
//! them: for UTF-8 content (JSON, or a charset of UTF-8) that is checked too.

use super::{shown, Raised};
use crate::fields::Context;
use crate::json::Scanner;
use crate::parse::{Response, BODY_KEPT};
use crate::Severity;

/// What the body is, where that is certain from its text.
#[derive(PartialEq)]
enum Seen {
    Markup,
    Json,
}

/// `json_wanted`: whether JSON would matter, which takes reading the whole body.
fn seen(response: &Response, json_wanted: bool) -> Option<Seen> {
    let text = response.body.trim_start_matches('\u{feff}').trim_start();
    let lower: String = text.chars().take(16).collect::<String>().to_ascii_lowercase();
    if ["<!doctype", "<html", "<?xml", "<head", "<body"].iter().any(|start| lower.starts_with(start)) {
        return Some(Seen::Markup);
    }
    // JSON only when the whole body is there and is one complete value.
    if json_wanted && response.body_length <= BODY_KEPT && (text.starts_with('{') || text.starts_with('[')) {
        let mut scanner = Scanner::new(text);
        scanner.skip_value()?;
        scanner.skip_whitespace();
        return scanner.peek().is_none().then_some(Seen::Json);
    }
    None
}

pub(super) fn check(raised: &mut Raised, response: &Response, context: &Context) {
    // Only a full representation is compared; a HEAD's or a 206's body is not one.
    if matches!(context.code, 100..=199 | 204 | 205 | 206 | 304) || context.method == Some("HEAD") || context.has("content-encoding") {
        return;
    }
    let Some(field) = context.first("content-type") else { return };
    let media_type = field.value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    undecodable(raised, response, &field.name, &field.value, &media_type);
    let json = media_type == "application/json" || media_type.ends_with("+json");
    let binary = ["image/", "audio/", "video/", "font/"].iter().any(|prefix| media_type.starts_with(prefix)) || media_type == "application/octet-stream";
    // JSON is a mismatch under HTML or a binary type only: under a JSON type, only markup is.
    let Some(seen) = seen(response, media_type == "text/html" || binary) else { return };
    let (what, consequence) = match seen {
        Seen::Markup if json => (
            "an HTML or XML document",
            "a client parsing JSON fails on the first character; this is usually an error page from a proxy, gateway or framework sent with the API's type",
        ),
        Seen::Json if media_type == "text/html" => {
            ("JSON", "browsers render it as a page, and a JSON value that holds markup is run as HTML in the site's origin")
        }
        _ if binary => (
            if seen == Seen::Json { "JSON" } else { "an HTML or XML document" },
            "the client decodes text as binary data and shows nothing useful: likely an error page sent with the type of the file asked for",
        ),
        _ => return,
    };
    raised.flag(
        "content-type-mismatch",
        &field.name,
        Severity::Warning,
        format!("The body is {what}, not {media_type}"),
        format!("{}: {} announces {media_type}, and the body is {what}: {consequence}.", field.name, shown(&field.name, &field.value)),
        "Send the Content-Type of what the body really is; for errors behind an API, make the proxy or framework answer in the API's format (application/problem+json).".into(),
    );
}

/// UTF-8 content whose text shows replacement characters: some of its bytes were not UTF-8.
fn undecodable(raised: &mut Raised, response: &Response, name: &str, value: &str, media_type: &str) {
    let json = media_type == "application/json" || media_type.ends_with("+json");
    let lower = value.to_ascii_lowercase();
    let utf8 = json || lower.contains("charset=utf-8") || lower.contains("charset=\"utf-8\"");
    if !utf8 || !response.body.contains('\u{fffd}') {
        return;
    }
    raised.flag(
        "charset-undecodable",
        name,
        Severity::Warning,
        format!("The body is not all UTF-8, as {name} says"),
        format!("{name}: {} declares UTF-8, and the body shows the replacement character \u{fffd} where the program that displayed it met bytes that are not UTF-8: clients show the same marks, or reject the body (strict JSON parsers do). Often text in windows-1252 or ISO-8859-1 was pasted into a UTF-8 page, or a body was cut in the middle of a character.", shown(name, value)),
        "Encode the content as UTF-8 where it is produced (database, templates, files), or declare the charset it really uses.".into(),
    );
}
