//! `Retry-After` (RFC 9110 section 10.2.3): seconds or an HTTP-date.

use super::words::{digits, grouped, unreadable};
use super::Context;
use crate::{http_date, Detail, Reading, Reference};

/// "Wait 2 minutes (120 seconds)", "Wait 30 seconds".
fn wait(seconds: i64) -> String {
    if seconds < 60 {
        format!("Wait {}", http_date::duration(seconds))
    } else {
        format!("Wait {} ({} seconds)", http_date::duration(seconds), grouped(seconds.unsigned_abs()))
    }
}

fn counted_from(reference: Reference) -> &'static str {
    match reference {
        Reference::ResponseDate => "counted from the response's Date",
        Reference::Now => "counted from now",
    }
}

/// `Retry-After`: seconds or an HTTP-date, both read as a delay and as a clock time.
pub(crate) fn retry_after(context: &Context) -> Option<Reading> {
    let field = context.first("retry-after")?;
    let value = field.value.trim();
    let reference = context.reference();
    let (seconds, at) = if let Some(seconds) = digits(value) {
        let seconds = i64::try_from(seconds).ok()?;
        (Some(seconds), reference.and_then(|(from, _)| from.checked_add(seconds)))
    } else if let Some(at) = http_date::parse(value) {
        (reference.map(|(from, _)| at.saturating_sub(from)), Some(at))
    } else {
        return Some(unreadable(&field.name, value, "a number of seconds or an HTTP-date"));
    };
    let clock = at.map(|at| http_date::clock(at, reference.map(|(from, _)| from)));
    let sentence = match (seconds, &clock, reference) {
        (Some(0), _, _) if digits(value).is_some() => "Retrying right away is allowed (Retry-After: 0).".to_string(),
        (Some(seconds), Some(clock), Some((_, from))) if seconds <= 0 => {
            format!("The time it names ({clock}) had already come, {}: retrying right away is allowed.", counted_from(from))
        }
        (Some(seconds), Some(clock), Some((_, from))) => format!("{} before retrying: until {clock}, {}.", wait(seconds), counted_from(from)),
        (Some(seconds), _, _) => format!("{} before retrying.", wait(seconds)),
        (None, Some(clock), _) => format!("Retry after {clock}."),
        (None, None, _) => return None,
    };
    Some(Reading {
        fields: vec![field.name.clone()],
        sentence,
        detail: Detail::RetryAfter { seconds, at, clock, relative_to: reference.map(|(_, from)| from) },
    })
}
