//! The members of an `application/problem+json` body (RFC 9457) that the analysis shows:
//! `type`, `title`, `status`, `detail`, `instance`. Read with `json`'s scanner: the top-level
//! object only, every other member skipped however deeply nested, and what was read before any
//! point where the body breaks off kept (pasted output is often cut short).

use crate::json::Scanner;
use std::borrow::Cow;

#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct ProblemFields {
    pub(crate) type_uri: Option<String>,
    pub(crate) title: Option<String>,
    pub(crate) status: Option<i64>,
    pub(crate) detail: Option<String>,
    pub(crate) instance: Option<String>,
}

/// A number or a numeric string ("404"), as some servers write `status`.
fn status(reader: &mut Scanner) -> Option<i64> {
    match reader.peek()? {
        b'"' => reader.string()?.trim().parse().ok(),
        _ => reader.parsed_or_skip()?,
    }
}

/// The problem members of a JSON object body, or `None` when the body is not an object or
/// names none of them.
pub(crate) fn read(body: &str) -> Option<ProblemFields> {
    let mut reader = Scanner::new(body);
    if reader.peek() != Some(b'{') {
        return None;
    }
    let mut fields = ProblemFields::default();
    let text = |reader: &mut Scanner| reader.string_or_skip().flatten().map(Cow::into_owned);
    // The members until the object ends or the text breaks off; what was read is kept either way.
    let _ = reader.members(|reader, name| {
        match &*name {
            "type" => fields.type_uri = text(reader),
            "title" => fields.title = text(reader),
            "detail" => fields.detail = text(reader),
            "instance" => fields.instance = text(reader),
            "status" => fields.status = status(reader),
            _ => reader.skip_value()?,
        }
        Some(())
    });
    let named = fields.type_uri.is_some() || fields.title.is_some() || fields.status.is_some() || fields.detail.is_some() || fields.instance.is_some();
    named.then_some(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_problem_members_and_skips_the_rest() {
        let body = r#"{
  "type": "https://example.com/probs/out-of-credit",
  "title": "You do not have enough credit.",
  "status": 403,
  "balance": 30,
  "accounts": ["/account/12345", {"nested": ["]", "}"]}],
  "detail": "Your current balance is 30, but that costs 50.",
  "instance": "/account/12345/msgs/abc"
}"#;
        let fields = read(body).unwrap();
        assert_eq!(fields.type_uri.as_deref(), Some("https://example.com/probs/out-of-credit"));
        assert_eq!(fields.title.as_deref(), Some("You do not have enough credit."));
        assert_eq!(fields.status, Some(403));
        assert_eq!(fields.detail.as_deref(), Some("Your current balance is 30, but that costs 50."));
        assert_eq!(fields.instance.as_deref(), Some("/account/12345/msgs/abc"));
    }

    #[test]
    fn escapes_and_odd_status_forms() {
        let fields = read(r#"{"title":"Caf\u00e9 \"closed\" \ud83d\ude00 \ud800","status":"429"}"#).unwrap();
        assert_eq!(fields.title.as_deref(), Some("Café \"closed\" 😀 \u{fffd}"));
        assert_eq!(fields.status, Some(429));
        assert_eq!(read(r#"{"title": "x", "status": 4.0e2}"#).unwrap().status, None);
    }

    #[test]
    fn keeps_what_came_before_a_cut() {
        let fields = read(r#"{"title": "Not Found", "status": 404, "detail": "No user with id 7 exi"#).unwrap();
        assert_eq!(fields.title.as_deref(), Some("Not Found"));
        assert_eq!(fields.status, Some(404));
        assert_eq!(fields.detail, None);
    }

    #[test]
    fn anything_else_is_no_problem() {
        for body in ["", "[]", "null", "<html>", "{}", r#"{"error": "x"}"#, "{\"title\"", &"{".repeat(10_000), &"[".repeat(10_000)] {
            assert_eq!(read(body), None, "{body:?}");
        }
        assert_eq!(read(&format!("{{\"a\": {}, \"title\": \"deep\"}}", "[".repeat(10_000))), None, "an unclosed nesting ends the object");
    }
}
