//! Sizes clients and proxies refuse or that waste every response's bytes: one field past 8 KiB,
//! a header section past 32 KiB (common proxy buffers, such as nginx's, hold 4 to 8 KiB per field
//! and fail the response with a 502 when it does not fit), and a Server field long enough to be
//! an inventory of the back end.

use super::{shown, Raised};
use crate::fields::Context;
use crate::Severity;

const LARGEST_FIELD: usize = 8 * 1024;
const LARGEST_SECTION: usize = 32 * 1024;
/// A product and its version fit well within this.
const LONGEST_SERVER: usize = 64;

/// Bytes as people say them: `9.5 KiB`.
fn kibibytes(bytes: usize) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let mut section = 0usize;
    for field in context.fields {
        // Name, colon, space, value and CRLF, as sent in HTTP/1.1.
        let size = field.name.len() + field.value.len() + 4;
        section = section.saturating_add(size);
        if size > LARGEST_FIELD {
            raised.flag(
                "field-too-large",
                &field.name,
                Severity::Warning,
                // The reader keeps 8 KiB of a value and marks the cut with an ellipsis.
                if field.value.ends_with('\u{2026}') { format!("{} is more than 8 KiB long", field.name) } else { format!("{} is {} long", field.name, kibibytes(size)) },
                format!("{} takes more than 8 KiB. Proxies and load balancers with the usual buffers reject a response with such a field (nginx answers 502 \u{201c}upstream sent too big header\u{201d}), and every response pays for it.", field.name),
                format!("Shrink {}: move data to the body or to a cookie-less store, split a long policy, or drop values nobody reads.", field.name),
            );
        }
        if field.is("server") && field.value.chars().count() > LONGEST_SERVER {
            raised.flag(
                "server-too-long",
                &field.name,
                Severity::Advice,
                format!("{} is {} characters long", field.name, field.value.chars().count()),
                format!(
                    "{}: {} lists the server's software in detail: it costs bytes on every response and tells attackers which versions to look up.",
                    field.name,
                    shown(&field.name, &field.value)
                ),
                "Send a short product name (or none): nginx's server_tokens off, Apache's ServerTokens Prod, or remove the field at the proxy.".into(),
            );
        }
    }
    if section > LARGEST_SECTION {
        raised.whole(
            "header-section-too-large",
            Severity::Warning,
            format!("The header fields take {}", kibibytes(section)),
            "The response's fields add up to more than 32 KiB: proxies, CDNs and HTTP libraries with header limits reject it or cut it, often as a 502 from the proxy, and every response carries the weight.".into(),
            "Find the largest fields (cookies, policies, debugging fields) and trim them; data for the client belongs in the body.".into(),
        );
    }
}
