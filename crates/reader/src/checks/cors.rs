//! `Access-Control-Allow-Credentials` (Fetch, "CORS check"): browsers share a credentialed
//! response only when the value is exactly `true`, lower case. Whether the origin is allowed is
//! read in `fields::cors` and flagged in `flags`.

use super::{shown, Raised};
use crate::fields::Context;
use crate::Severity;

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some(field) = context.first("access-control-allow-credentials") else { return };
    let value = field.value.trim();
    if value == "true" {
        return;
    }
    let (severity, why) = if value.eq_ignore_ascii_case("false") {
        (
            Severity::Advice,
            "Access-Control-Allow-Credentials has one value, true; false means the same as leaving it out, so it only adds bytes and doubt.".to_string(),
        )
    } else {
        (
            Severity::Warning,
            format!(
                "Browsers compare Access-Control-Allow-Credentials with true, exactly and in lower case, so {} counts as absent: scripts that send cookies or HTTP authentication cannot read the response.",
                shown(&field.name, value)
            ),
        )
    };
    raised.flag(
        "cors-allow-credentials-invalid",
        "Access-Control-Allow-Credentials",
        severity,
        format!("Access-Control-Allow-Credentials: {} is not true", shown(&field.name, value)),
        why,
        "Send Access-Control-Allow-Credentials: true (lower case) when credentialed requests may read the response, and leave it out otherwise.".into(),
    );
}
