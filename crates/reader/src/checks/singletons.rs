//! Fields that may appear only once (RFC 9110 section 5.3): sent twice, clients disagree on which
//! to believe, or reject the response. Content-Length with two values is a framing error, and
//! Access-Control-Allow-Origin has its own CORS flag, so both are left to those checks;
//! X-Content-Type-Options and X-Frame-Options are lists to browsers, checked in `security`.

use super::{shown, Raised};
use crate::fields::Context;
use crate::Severity;

/// Fields defined as a single value, not a list.
const SINGLETONS: &[&str] = &[
    "age",
    "content-disposition",
    "content-length",
    "content-location",
    "content-range",
    "content-type",
    "date",
    "etag",
    "expires",
    "last-modified",
    "location",
    "retry-after",
    "strict-transport-security",
    "sunset",
    "access-control-allow-credentials",
    "access-control-max-age",
];

pub(super) fn check(raised: &mut Raised, context: &Context) {
    for singleton in SINGLETONS {
        let values: Vec<&str> = context.all(singleton).map(|field| field.value.trim()).collect();
        let Some(first) = values.first() else { continue };
        if values.len() < 2 {
            continue;
        }
        let Some(name) = context.first(singleton).map(|field| field.name.clone()) else { continue };
        let differ = values.iter().any(|value| value != first);
        if differ && *singleton == "content-length" {
            continue;
        }
        let (severity, why) = if differ {
            let shown_values: Vec<String> = values.iter().map(|value| shown(&name, value)).collect();
            (
                Severity::Warning,
                format!(
                    "{name} may appear only once, and here it has {} values ({}): some clients take the first, some the last, some reject the response.",
                    values.len(),
                    shown_values.join(", ")
                ),
            )
        } else {
            (Severity::Advice, format!("{name} may appear only once; here it is repeated with the same value, which most clients accept, but it often shows two layers (an application and a proxy) both setting it."))
        };
        raised.flag(
            "repeated-field",
            &name,
            severity,
            if values.len() == 2 { format!("{name} sent twice") } else { format!("{name} sent {} times", values.len()) },
            why,
            format!("Set {name} in one place, once."),
        );
    }
}
