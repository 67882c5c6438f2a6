//! The security headers httplint also reads: `Strict-Transport-Security` (RFC 6797),
//! `X-Content-Type-Options`, `X-Frame-Options` (the Fetch and HTML standards) and
//! `Referrer-Policy` (W3C Referrer Policy). A browser ignores one it cannot read, silently, so the
//! protection is off while the header looks present.

use super::syntax::{is_token, split_outside_quotes, unquoted};
use super::{shown, Raised};
use crate::fields::Context;
use crate::Severity;

/// The policies of Referrer-Policy, section 3.
const REFERRER_POLICIES: &[&str] = &[
    "no-referrer",
    "no-referrer-when-downgrade",
    "same-origin",
    "origin",
    "strict-origin",
    "origin-when-cross-origin",
    "strict-origin-when-cross-origin",
    "unsafe-url",
];

/// What makes a Strict-Transport-Security value one browsers ignore (RFC 6797 section 6.1), if anything.
fn hsts_problem(value: &str) -> Option<String> {
    let parts = split_outside_quotes(value, ';');
    let mut seen: Vec<String> = Vec::new();
    let mut max_age_found = false;
    for (position, part) in parts.iter().enumerate() {
        if part.is_empty() {
            if position + 1 == parts.len() && position > 0 {
                continue;
            }
            return Some("has an empty directive".into());
        }
        let (name, value) = match part.split_once('=') {
            Some((name, value)) => (name.trim(), Some(value.trim())),
            None => (*part, None),
        };
        let value = value.map(|value| unquoted(value).unwrap_or_else(|| value.to_string()));
        let lower = name.to_ascii_lowercase();
        if !is_token(name) {
            return Some(format!("has {} where a directive name belongs", shown("strict-transport-security", name)));
        }
        if seen.contains(&lower) {
            return Some(format!("gives {name} twice"));
        }
        seen.push(lower.clone());
        match (lower.as_str(), value.as_deref()) {
            ("max-age", Some(seconds)) if !seconds.is_empty() && seconds.bytes().all(|byte| byte.is_ascii_digit()) => max_age_found = true,
            ("max-age", _) => return Some("has a max-age that is not a number of seconds".into()),
            ("includesubdomains" | "preload", Some(_)) => return Some(format!("gives {name} a value, which it does not take")),
            _ => {}
        }
    }
    (!max_age_found).then(|| "has no max-age".into())
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    if let Some(field) = context.first("strict-transport-security") {
        if let Some(problem) = hsts_problem(&field.value) {
            raised.flag(
                "hsts-malformed",
                Severity::Warning,
                "Strict-Transport-Security cannot be read".into(),
                format!("Strict-Transport-Security: {} {problem}, so browsers ignore the whole field (RFC 6797 section 6.1) and keep allowing plain HTTP to this site.", shown(&field.name, &field.value)),
                "Send Strict-Transport-Security: max-age=31536000; includeSubDomains (max-age in seconds, each directive once, separated by semicolons).".into(),
            );
        }
        if context.url.is_some_and(|url| url.starts_with("http://")) && !context.url_guessed {
            raised.flag(
                "hsts-over-http",
                Severity::Warning,
                "Strict-Transport-Security over plain HTTP".into(),
                "Browsers ignore Strict-Transport-Security received over plain HTTP (RFC 6797 section 8.1): an attacker could have added or removed it, so it only counts over HTTPS.".into(),
                "Redirect HTTP to HTTPS and send Strict-Transport-Security on the HTTPS responses.".into(),
            );
        }
    }
    // Browsers take the last policy they know and skip the others, so a list may add new
    // policies after old ones; only a list with none they know leaves the default in place.
    if let Some((name, value)) = context.combined("referrer-policy") {
        let known = value.split(',').any(|policy| REFERRER_POLICIES.contains(&policy.trim().to_ascii_lowercase().as_str()));
        if !known && !value.trim().is_empty() {
            raised.flag(
                "referrer-policy-unknown",
                Severity::Warning,
                "Referrer-Policy names no policy browsers know".into(),
                format!("Referrer-Policy: {} is none of the policies browsers know (such as strict-origin-when-cross-origin), so they ignore it and send referrers by their default.", shown(&name, &value)),
                "Send a policy from the Referrer Policy standard, such as Referrer-Policy: strict-origin-when-cross-origin or no-referrer.".into(),
            );
        }
    }
    // Browsers read the first member of the combined list (Fetch, "determine nosniff").
    if let Some((name, value)) = context.combined("x-content-type-options") {
        let first = value.split(',').next().unwrap_or_default().trim();
        if !first.eq_ignore_ascii_case("nosniff") {
            raised.flag(
                "x-content-type-options-invalid",
                Severity::Warning,
                "X-Content-Type-Options is not nosniff".into(),
                format!(
                    "X-Content-Type-Options: {} means nothing: nosniff is its only value, so browsers keep guessing content types from the bytes.",
                    shown(&name, &value)
                ),
                "Send X-Content-Type-Options: nosniff.".into(),
            );
        }
    }
    // Browsers apply one value only when every member of the combined list agrees (HTML, "check a
    // navigation response's adherence to X-Frame-Options").
    if let Some((name, value)) = context.combined("x-frame-options") {
        let mut values: Vec<String> = value.split(',').map(|member| member.trim().to_ascii_lowercase()).collect();
        values.sort_unstable();
        values.dedup();
        let applied = matches!(values.as_slice(), [one] if one == "deny" || one == "sameorigin");
        if !applied {
            let why = if values.len() > 1 {
                format!(
                    "X-Frame-Options: {} holds values that disagree, and browsers then apply none of them, so any site may frame this page (clickjacking).",
                    shown(&name, &value)
                )
            } else if values.first().is_some_and(|one| one.starts_with("allow-from")) {
                "Current browsers ignore ALLOW-FROM, so any site may frame this page (clickjacking).".into()
            } else {
                "Browsers know only DENY and SAMEORIGIN and ignore any other value, so any site may frame this page (clickjacking).".into()
            };
            raised.flag(
                "x-frame-options-invalid",
                Severity::Warning,
                format!("X-Frame-Options: {} is not DENY or SAMEORIGIN", shown(&name, &value)),
                why,
                "Send X-Frame-Options: DENY or SAMEORIGIN once; to allow chosen sites, use Content-Security-Policy: frame-ancestors with their origins.".into(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::hsts_problem;

    #[test]
    fn hsts_values() {
        for good in ["max-age=31536000", "max-age=31536000; includeSubDomains; preload", "max-age=\"0\"", "max-age=63072000;", "includeSubDomains; max-age=300"]
        {
            assert_eq!(hsts_problem(good), None, "{good}");
        }
        for bad in ["includeSubDomains", "max-age=1y", "max-age=1; max-age=2", "max-age=300; preload=yes", "", "max-age=300,includeSubDomains"] {
            assert!(hsts_problem(bad).is_some(), "{bad}");
        }
    }
}
