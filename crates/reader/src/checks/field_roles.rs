//! Fields that have no business in a response: request fields (RFC 9110 and its companions define
//! them for requests only, so a response carrying one usually echoes the request back, or was
//! assembled by a proxy from the wrong message), and fields retired from use, which clients ignore
//! and which only tell of an old configuration.

use super::Raised;
use crate::fields::Context;
use crate::Severity;

/// Fields defined for requests only.
const REQUEST_FIELDS: &[&str] = &[
    "accept",
    "accept-encoding",
    "accept-language",
    "access-control-request-headers",
    "access-control-request-method",
    "authorization",
    "available-dictionary",
    "cookie",
    "expect",
    "from",
    "host",
    "if-match",
    "if-modified-since",
    "if-none-match",
    "if-range",
    "if-unmodified-since",
    "max-forwards",
    "origin",
    "proxy-authorization",
    "range",
    "referer",
    "te",
    "user-agent",
];

/// Fields retired from use, in lower case, and what replaced them (empty where nothing did).
const RETIRED_FIELDS: &[(&str, &str)] = &[
    ("accept-ch-lifetime", ""),
    ("accept-charset", ""),
    ("content-base", "Content-Location"),
    ("content-md5", "Content-Digest (RFC 9530)"),
    ("content-script-type", ""),
    ("content-style-type", ""),
    ("cookie2", "Set-Cookie"),
    ("set-cookie2", "Set-Cookie"),
    ("digest", "Content-Digest or Repr-Digest (RFC 9530)"),
    ("want-digest", "Want-Content-Digest (RFC 9530)"),
    ("expect-ct", "nothing: Certificate Transparency is enforced by browsers for every certificate"),
    ("feature-policy", "Permissions-Policy"),
    ("p3p", ""),
    ("public-key-pins", "nothing: browsers dropped key pinning"),
    ("public-key-pins-report-only", "nothing: browsers dropped key pinning"),
    ("warning", ""),
    ("x-content-security-policy", "Content-Security-Policy"),
    ("x-webkit-csp", "Content-Security-Policy"),
    ("x-ua-compatible", ""),
    ("x-download-options", ""),
    ("x-meta-mssmarttagspreventparsing", ""),
    ("dpr", "Sec-CH-DPR"),
    ("viewport-width", "Sec-CH-Viewport-Width"),
    ("width", "Sec-CH-Width"),
    ("content-dpr", ""),
    ("content-transfer-encoding", "nothing: it is a MIME field, and HTTP sends the bytes as they are"),
    ("x-pad", "nothing: it padded responses around a browser bug of the 1990s"),
];

pub(super) fn check(raised: &mut Raised, context: &Context) {
    // Only names of the lists above are remembered, so a paste of many fields stays linear.
    let mut seen: Vec<String> = Vec::new();
    for field in context.fields {
        let listed = REQUEST_FIELDS.iter().any(|name| field.is(name))
            || RETIRED_FIELDS.iter().any(|(name, _)| field.is(name))
            || ["pragma", "x-xss-protection"].iter().any(|name| field.is(name));
        if !listed {
            continue;
        }
        let lower = field.name.to_ascii_lowercase();
        if seen.contains(&lower) {
            continue;
        }
        seen.push(lower.clone());
        if REQUEST_FIELDS.contains(&lower.as_str()) {
            raised.flag(
                "request-field-in-response",
                &field.name,
                Severity::Advice,
                format!("{} in a response", field.name),
                format!("{} is a request field: no client acts on it in a response. It usually means the application copies the request's fields into its answer, which can also echo credentials or cookies into caches and logs.", field.name),
                format!("Stop sending {}; if the client needs to see what it sent, put that in the body.", field.name),
            );
        }
        retired_in_use(raised, context, &field.name, &lower, &field.value);
        if let Some((_, replacement)) = RETIRED_FIELDS.iter().find(|(name, _)| *name == lower) {
            raised.flag(
                "field-deprecated",
                &field.name,
                Severity::Advice,
                format!("{} is retired", field.name),
                format!("{} has been deprecated or obsoleted: current clients ignore it, so whatever it says has no effect and only costs bytes.", field.name),
                if replacement.is_empty() { format!("Remove {}.", field.name) } else { format!("Remove {}; its job is done by {replacement}.", field.name) },
            );
        }
    }
}

/// Retired fields still common for a reason: `Pragma: no-cache` beside Cache-Control (for HTTP/1.0
/// caches) and `X-XSS-Protection: 0` (which turns old browsers' filter off, as advised) are left
/// alone; relied on instead, they are flagged.
fn retired_in_use(raised: &mut Raised, context: &Context, name: &str, lower: &str, value: &str) {
    if lower == "pragma" && !context.has("cache-control") {
        raised.flag(
            "field-deprecated",
            name,
            Severity::Warning,
            format!("{name} without Cache-Control"),
            format!("{name} is deprecated and means something in requests only (RFC 9111 section 5.4): caches ignore it in a response, so without Cache-Control they store this one and reuse it by their own heuristics."),
            "Say it with Cache-Control: no-cache (revalidate before each reuse) or no-store (keep nothing); keep Pragma beside it only for HTTP/1.0 caches.".into(),
        );
    }
    if lower == "x-xss-protection" && value.trim() != "0" {
        raised.flag(
            "field-deprecated",
            name,
            Severity::Advice,
            format!("{name}: {} turns on a retired filter", value.trim()),
            "Browsers removed their XSS filters; in the old ones still around, the filter could be abused to disable a page's own scripts or to leak data across origins.".into(),
            format!("Send {name}: 0, or nothing, and protect against script injection with Content-Security-Policy."),
        );
    }
}
