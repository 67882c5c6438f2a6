//! `Age` (RFC 9111 section 5.1): the seconds a response has spent in caches, a whole number.
//! Anything else is ignored, so the response's freshness is reckoned as if it were new; an age
//! past 68 years is a cache's mistake.

use super::{shown, Raised};
use crate::fields::Context;
use crate::Severity;

/// The largest age caches must handle (RFC 9111 section 1.2.2); they read any larger one as this.
const LARGEST_AGE: u128 = 1 << 31;

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
    } else if value.parse::<u128>().map_or(true, |age| age > LARGEST_AGE) {
        raised.flag(
            "age-too-large",
            "Age",
            Severity::Warning,
            "Age is more than 68 years".into(),
            format!("Age: {} is past 2\u{00b3}\u{00b9} seconds (68 years): no response has been cached that long, so a cache sent a wrong value, and clients read it as 2\u{00b3}\u{00b9} and treat the response as stale.", shown(&field.name, value)),
            "Find the cache that sets it (often a clock or a subtraction gone wrong) and have it send the seconds the response really spent in caches.".into(),
        );
    }
}
