//! The security headers httplint also reads besides HSTS (in `hsts`): `X-Content-Type-Options`,
//! `X-Frame-Options` (the Fetch and HTML standards) and `Referrer-Policy` (W3C Referrer Policy).
//! A browser ignores one it cannot read, silently, so the protection is off while the header
//! looks present.

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

pub(super) fn check(raised: &mut Raised, context: &Context) {
    // Browsers take the last policy they know and skip the others, so a list may add new
    // policies after old ones; only a list with none they know leaves the default in place.
    if let Some((name, value)) = context.combined("referrer-policy") {
        let known = value.split(',').any(|policy| REFERRER_POLICIES.contains(&policy.trim().to_ascii_lowercase().as_str()));
        if !known && !value.trim().is_empty() {
            raised.flag(
                "referrer-policy-unknown",
                "Referrer-Policy",
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
                "X-Content-Type-Options",
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
                "X-Frame-Options",
                Severity::Warning,
                format!("X-Frame-Options: {} is not DENY or SAMEORIGIN", shown(&name, &value)),
                why,
                "Send X-Frame-Options: DENY or SAMEORIGIN once; to allow chosen sites, use Content-Security-Policy: frame-ancestors with their origins.".into(),
            );
        }
    }
}
