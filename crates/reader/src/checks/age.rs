//! `Age` (RFC 9111 section 5.1): the seconds a response has spent in caches, a whole number.
//! Anything else is ignored, so the response's freshness is reckoned as if it were new.

use super::{shown, Raised};
use crate::fields::Context;
use crate::Severity;

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some(field) = context.first("age") else { return };
    let value = field.value.trim();
    if value.is_empty() || !value.bytes().all(|byte| byte.is_ascii_digit()) {
        raised.flag(
            "age-malformed",
            "Age",
            Severity::Warning,
            "Age is not a number of seconds".into(),
            format!("Age: {} is not a whole number of seconds, so caches and clients ignore it and count the response as fresh from when they got it, keeping it longer than its lifetime allows.", shown(&field.name, value)),
            "Send Age as the whole seconds the response has spent in caches (Age: 120); a cache that cannot tell leaves it out.".into(),
        );
    }
}
