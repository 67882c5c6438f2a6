//! Ranges (RFC 9110 section 14): `Accept-Ranges` names the range units the server supports, and
//! `Content-Range` belongs to a 206 or a 416 only. Whether a 206's range itself is right is the
//! status rules' business.

use super::syntax::is_token;
use super::{shown, Raised};
use crate::fields::Context;
use crate::Severity;

pub(super) fn check(raised: &mut Raised, context: &Context) {
    if let Some((name, value)) = context.combined("accept-ranges") {
        let units: Vec<String> = value.split(',').map(|unit| unit.trim().to_ascii_lowercase()).collect();
        let odd: Vec<&String> = units.iter().filter(|unit| unit.as_str() != "bytes" && unit.as_str() != "none").collect();
        if let Some(unit) = odd.first() {
            raised.flag(
                "accept-ranges-unknown",
                "Accept-Ranges",
                Severity::Advice,
                format!("Accept-Ranges: {} is not a range unit clients know", shown(&name, unit)),
                format!(
                    "{} {}; clients know bytes (and none, for no ranges), so they will not ask for ranges in it.",
                    shown(&name, unit),
                    if is_token(unit) { "is not a registered range unit" } else { "is not even a unit name" }
                ),
                "Send Accept-Ranges: bytes if the server answers byte ranges, Accept-Ranges: none if it does not.".into(),
            );
        }
    }
    if context.has("content-range") && !matches!(context.code, 206 | 416 | 304) {
        raised.flag(
            "content-range-out-of-place",
            "Content-Range",
            Severity::Warning,
            format!("Content-Range on a {}", context.code),
            format!("Content-Range describes a part of a representation, in a 206 (or the length, in a 416); on a {} clients ignore it, and a client that trusts it may take the content for a part.", context.code),
            "Send Content-Range only with 206 Partial Content and 416 Range Not Satisfiable.".into(),
        );
    }
}
