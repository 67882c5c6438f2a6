//! The server's clock, where the paste records when the request was sent (a HAR entry's
//! `startedDateTime`): a Date far from that time means a wrong clock, and a Date at that time
//! beside a large Age means an intermediary rewrote Date (RFC 9111 section 4.2.3 counts ages
//! from Date, so both skew freshness). Other pastes carry no time of their own: they may be read
//! long after the exchange, so only a Date ahead of the reader's clock says anything (`date`).

use super::Raised;
use crate::fields::Context;
use crate::parse::Response;
use crate::{http_date, Severity};

/// How far Date may stray from the request's start: the server stamps Date while it answers,
/// within a minute of the request for all but the slowest responses.
const EXCHANGE_TOLERANCE_SECONDS: i64 = 60;

pub(super) fn check(raised: &mut Raised, response: &Response, context: &Context) {
    let (Some(started), Some(date)) = (response.started, context.date) else { return };
    let Some(name) = context.first("date").map(|field| field.name.clone()) else { return };
    let age = context.first("age").and_then(|field| field.value.trim().parse::<i64>().ok()).filter(|age| *age >= 0).unwrap_or(0);
    // A response that waited in caches for `age` seconds was made that long before the request.
    let skew = date.saturating_add(age).saturating_sub(started);
    if age > EXCHANGE_TOLERANCE_SECONDS && date.saturating_add(EXCHANGE_TOLERANCE_SECONDS) >= started && skew > EXCHANGE_TOLERANCE_SECONDS {
        raised.flag(
            "date-rewritten",
            &name,
            Severity::Warning,
            format!("{name} is new, though Age says the response is {} old", http_date::duration(age)),
            format!(
                "{name} ({}) is the time of the request, and Age says the response spent {} in caches: a cache or CDN replaced Date instead of keeping the origin's. Caches add the two, so they take the response for {} older than it is and it goes stale early.",
                http_date::format(date),
                http_date::duration(age),
                http_date::duration(age)
            ),
            "Have the intermediary keep the origin's Date (as an HTTP cache must), or drop Age if it keeps its own freshness count.".into(),
        );
    } else if skew.abs() > EXCHANGE_TOLERANCE_SECONDS {
        let direction = if skew < 0 { "behind" } else { "ahead of" };
        raised.flag(
            "date-clock-wrong",
            &name,
            Severity::Warning,
            format!("{name} is {} {direction} the request's time", http_date::duration(skew.abs())),
            format!(
                "The request was sent at {} and {name} says the response was made at {}{}: the server's clock is off. Caches count ages and lifetimes from Date, so a clock {direction} real time makes responses stale too early or fresh too long.",
                http_date::format(started),
                http_date::format(date),
                if age > 0 { format!(" after {} in caches", http_date::duration(age)) } else { String::new() }
            ),
            "Synchronise the server's clock (NTP).".into(),
        );
    }
}
