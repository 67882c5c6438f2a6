//! The cross-origin isolation fields: `Cross-Origin-Opener-Policy` and
//! `Cross-Origin-Embedder-Policy` (HTML, structured items with an optional `report-to`
//! parameter, each with a `-Report-Only` twin) and `Cross-Origin-Resource-Policy` (Fetch, a bare
//! keyword). A value browsers do not know is read as the default, which isolates nothing.
//!
//! Not flagged: `unsafe-none`, the default, which a page that must keep its popups (a payment or
//! sign-in window) sends on purpose; and a policy beside its report-only twin, which HTML
//! applies both of (one enforced, the other reported against), the usual way to try a stricter
//! policy.

use super::reporting::{endpoint_names, undefined_endpoint};
use super::{shown, Raised};
use crate::fields::Context;
use crate::structured::{self, Bare};
use crate::Severity;

/// Each policy field, the values browsers know, and what an unknown value leaves in place.
const POLICIES: &[(&str, &[&str], &str)] = &[
    (
        "Cross-Origin-Opener-Policy",
        &["unsafe-none", "same-origin-allow-popups", "same-origin", "noopener-allow-popups"],
        "the page shares its browsing context group with any cross-origin window it opens or was opened by",
    ),
    (
        "Cross-Origin-Opener-Policy-Report-Only",
        &["unsafe-none", "same-origin-allow-popups", "same-origin", "noopener-allow-popups"],
        "no violation of the policy you meant to try is reported",
    ),
    (
        "Cross-Origin-Embedder-Policy",
        &["unsafe-none", "require-corp", "credentialless"],
        "the page is not cross-origin isolated (no SharedArrayBuffer, no precise timers)",
    ),
    ("Cross-Origin-Embedder-Policy-Report-Only", &["unsafe-none", "require-corp", "credentialless"], "no violation of the policy you meant to try is reported"),
];

/// The keywords of Cross-Origin-Resource-Policy (Fetch, "Cross-Origin-Resource-Policy header").
const RESOURCE_POLICIES: &[&str] = &["same-origin", "same-site", "cross-origin"];

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let names = endpoint_names(context);
    for (field, known, otherwise) in POLICIES {
        let Some((_, value)) = context.combined(field) else { continue };
        let item = structured::item(&value);
        let keyword = item.as_ref().and_then(|item| match &item.bare {
            Bare::Token(keyword) if known.contains(&keyword.as_str()) => Some(keyword),
            _ => None,
        });
        if keyword.is_none() {
            invalid(raised, field, &value, known, otherwise);
            continue;
        }
        if let Some(endpoint) = item.as_ref().and_then(|item| item.parameter("report-to")).and_then(Bare::as_text) {
            undefined_endpoint(raised, field, endpoint, &names);
        }
    }
    if let Some((_, value)) = context.combined("cross-origin-resource-policy") {
        if !RESOURCE_POLICIES.contains(&value.trim()) {
            invalid(
                raised,
                "Cross-Origin-Resource-Policy",
                &value,
                RESOURCE_POLICIES,
                "any site may embed this resource, which is what the field was sent to prevent",
            );
        }
    }
}

fn invalid(raised: &mut Raised, field: &str, value: &str, known: &[&str], otherwise: &str) {
    raised.flag(
        "cross-origin-policy-invalid",
        field,
        Severity::Warning,
        format!("{field} has a value browsers do not know"),
        format!("{field}: {} is none of {} (one keyword, in lower case), so browsers ignore it: {otherwise}.", shown(field, value), known.join(", ")),
        format!("Send one of {}, once, such as {field}: {}.", known.join(", "), if field.contains("Embedder") { "require-corp" } else { "same-origin" }),
    );
}
