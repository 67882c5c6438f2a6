//! `Content-Type` (RFC 9110 section 8.3) and its charset: missing on content, not a media type,
//! JSON declared in another encoding than UTF-8, text beyond ASCII without a charset, and a
//! charset on binary types that have none.

use super::syntax::{is_token, parameters, split_outside_quotes, Parameter};
use super::{shown, Raised};
use crate::fields::Context;
use crate::parse::Response;
use crate::Severity;

/// A media type: `type/subtype` in lower case and its parameters; `None` when it breaks the syntax.
fn media_type(value: &str) -> Option<(String, Vec<Parameter>)> {
    let parts = split_outside_quotes(value, ';');
    let (kind, subtype) = parts.first()?.split_once('/')?;
    (is_token(kind) && is_token(subtype)).then_some(())?;
    Some((format!("{kind}/{subtype}").to_ascii_lowercase(), parameters(&parts[1..])?))
}

/// JSON, which is UTF-8 whatever a charset says (RFC 8259 section 8.1).
fn is_json(media_type: &str) -> bool {
    media_type == "application/json" || media_type.ends_with("+json")
}

/// Types whose content is bytes, not characters: a charset means nothing to them.
fn is_binary(media_type: &str) -> bool {
    ["image/", "audio/", "video/", "font/"].iter().any(|prefix| media_type.starts_with(prefix))
        || ["application/octet-stream", "application/pdf", "application/zip", "application/gzip", "application/wasm"].contains(&media_type)
}

/// Body text read for a `<meta charset>`: browsers look at the first 1024 bytes.
const META_SCAN_BYTES: usize = 1024;

/// Whether text content needs a declared charset: it has characters beyond ASCII, which only a
/// charset (or, in HTML, a `<meta charset>`) lets a browser decode as sent.
fn needs_charset(body: &str) -> bool {
    let head = body.get(..META_SCAN_BYTES.min(body.len())).unwrap_or(body);
    !body.is_ascii() && !head.to_ascii_lowercase().contains("charset")
}

pub(super) fn check(raised: &mut Raised, response: &Response, context: &Context) {
    let declared_length = context.first("content-length").and_then(|field| field.value.trim().parse::<u64>().ok()).unwrap_or(0);
    let Some(field) = context.first("content-type") else {
        if (response.body_length > 0 || declared_length > 0) && !matches!(context.code, 100..=199 | 204 | 304) {
            raised.flag(
                "missing-content-type",
                "Content-Type",
                Severity::Warning,
                "Content without Content-Type".into(),
                "The response has content but does not say what it is (RFC 9110 section 8.3): browsers guess from the bytes, which can run an upload as HTML or script, and API clients may refuse to parse it.".into(),
                "Send Content-Type with every response that has content, such as Content-Type: application/json or text/html; charset=utf-8.".into(),
            );
        }
        return;
    };
    let Some((media_type, parameters)) = media_type(field.value.trim()) else {
        raised.flag(
            "content-type-malformed",
            "Content-Type",
            Severity::Warning,
            "Content-Type is not a media type".into(),
            format!("Content-Type: {} is not type/subtype followed by ; name=value parameters (RFC 9110 section 8.3.1), so clients fall back to guessing what the content is.", shown("content-type", &field.value)),
            "Send a media type such as text/html; charset=utf-8 or application/json, quoting parameter values that hold spaces or separators.".into(),
        );
        return;
    };
    let charset = parameters.iter().find(|parameter| parameter.name == "charset").map(|parameter| parameter.value.to_ascii_lowercase());
    match charset.as_deref() {
        Some(charset) if is_json(&media_type) && charset != "utf-8" && charset != "utf8" => raised.flag(
            "json-charset-not-utf-8",
            "Content-Type",
            Severity::Warning,
            format!("Content-Type: {media_type} declared as {charset}"),
            format!("JSON exchanged between systems must be UTF-8 (RFC 8259 section 8.1) and JSON has no charset parameter: most clients decode the body as UTF-8 anyway, so text really encoded in {charset} comes out garbled."),
            format!("Encode the JSON as UTF-8 and drop the parameter (or send charset=utf-8): Content-Type: {media_type}."),
        ),
        Some(charset) if is_binary(&media_type) => raised.flag(
            "charset-ignored",
            "Content-Type",
            Severity::Advice,
            format!("Content-Type: charset on {media_type}"),
            format!("{media_type} content is bytes, not text, so charset={charset} means nothing to clients; it often shows a framework adding a charset to every type."),
            format!("Send Content-Type: {media_type} without a charset."),
        ),
        None if media_type.starts_with("text/") && needs_charset(&response.body) => raised.flag(
            "charset-missing",
            "Content-Type",
            Severity::Warning,
            format!("Content-Type: {media_type} without a charset"),
            "The content has characters beyond ASCII but neither Content-Type nor the page says their encoding, so browsers guess it (often as windows-1252) and show them garbled.".into(),
            format!("Say the encoding: Content-Type: {media_type}; charset=utf-8."),
        ),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::media_type;

    #[test]
    fn media_types() {
        let (kind, parameters) = media_type("Text/HTML; Charset=\"UTF-8\"").unwrap();
        assert_eq!((kind.as_str(), parameters[0].name.as_str(), parameters[0].value.as_str()), ("text/html", "charset", "UTF-8"));
        assert!(media_type("application/problem+json").is_some());
        for bad in ["text", "text/html charset=utf-8", "text/html; charset", "/html", "text/html; charset=utf 8"] {
            assert!(media_type(bad).is_none(), "{bad}");
        }
    }
}
