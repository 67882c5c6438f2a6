//! `Access-Control-Allow-Credentials` (Fetch, "CORS check"): browsers share a credentialed
//! response only when the value is exactly `true`, lower case. The fields only a preflight's
//! answer carries, sent on the answer to another method, and `Access-Control-Max-Age` that is
//! not a number of seconds. Whether the origin is allowed is read
//! in `fields::cors` and flagged in `flags`.

use super::{shown, Raised};
use crate::fields::Context;
use crate::{mask, Severity};

/// The fields browsers read only on the answer to a preflight (an OPTIONS request), Fetch
/// section 3.2.3.
const PREFLIGHT_ONLY: &[&str] = &["Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Max-Age"];

pub(super) fn check(raised: &mut Raised, context: &Context) {
    preflight_fields(raised, context);
    credentials(raised, context);
    max_age(raised, context);
}

/// Access-Control-Max-Age is whole seconds (Fetch section 3.2.3); browsers that cannot read it
/// cache the preflight for their default of 5 seconds, so every request pays a preflight again.
fn max_age(raised: &mut Raised, context: &Context) {
    let Some(field) = context.first("access-control-max-age") else { return };
    let value = field.value.trim();
    if !value.is_empty() && value.bytes().all(|byte| byte.is_ascii_digit()) {
        return;
    }
    raised.flag(
        "cors-max-age-invalid",
        "Access-Control-Max-Age",
        Severity::Warning,
        format!("Access-Control-Max-Age: {} is not a number of seconds", shown(&field.name, value)),
        format!(
            "Browsers read Access-Control-Max-Age as whole seconds, and {} is not, so they keep the preflight's answer for their default of 5 seconds: nearly every cross-origin request is preceded by an OPTIONS request again.",
            shown(&field.name, value)
        ),
        "Send the lifetime in whole seconds, such as Access-Control-Max-Age: 600 (Chrome caps it at 7,200, Firefox at 86,400).".into(),
    );
}

/// Preflight-only fields on the answer to a cross-origin request that was no preflight. Only a
/// known method other than OPTIONS tells (a paste without its request could be a preflight's
/// answer), and only a request with an Origin makes CORS matter: from curl without one, these
/// fields mean nothing either way, and APIs that send them on every answer are not wrong.
fn preflight_fields(raised: &mut Raised, context: &Context) {
    let cross_origin = context.request.and_then(|request| request.field("origin")).is_some();
    let Some(method) = context.method.filter(|method| cross_origin && !method.eq_ignore_ascii_case("OPTIONS")) else { return };
    let sent: Vec<&str> = PREFLIGHT_ONLY.iter().copied().filter(|name| context.has(name)).collect();
    let Some(first) = sent.first() else { return };
    raised.flag(
        "cors-preflight-field-out-of-place",
        first,
        Severity::Advice,
        format!("{} on the answer to {}", sent.join(", "), mask::text(method)),
        format!(
            "Browsers read {} only on the answer to the OPTIONS preflight they send before a cross-origin request; on this {} answer they are ignored. Harmless, but if CORS fails, the preflight's answer is the one that must carry them.",
            sent.join(", "),
            mask::text(method)
        ),
        "Send Access-Control-Allow-Methods, -Allow-Headers and -Max-Age on the OPTIONS answer (check it with curl -i -X OPTIONS -H 'Origin: …' -H 'Access-Control-Request-Method: …'), and leave them off the others if you like.".into(),
    );
}

fn credentials(raised: &mut Raised, context: &Context) {
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
