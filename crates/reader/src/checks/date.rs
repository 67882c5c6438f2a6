//! `Date` (RFC 9110 section 6.6.1): when the response was made, the clock caches count ages and
//! lifetimes from. Missing beside Expires or Last-Modified, not a date, or ahead of the reader's
//! clock (held to the request's own time instead where the paste records it: `date_clock`);
//! Expires that is not a date. (A date in another form than the IMF-fixdate: `date_forms`.)

use super::{shown, Raised};
use crate::fields::Context;
use crate::parse::Response;
use crate::{http_date, Severity};

/// How far ahead of the reader's clock a Date may be before it is worth a word: clocks drift,
/// and a response read a minute after it came is common.
const CLOCK_TOLERANCE_SECONDS: i64 = 5 * 60;

pub(super) fn check(raised: &mut Raised, response: &Response, context: &Context) {
    // "0" and "-1" are the usual way to say "already expired", which caches read them as
    // (RFC 9111 section 5.3); anything else that is not a date was most likely meant as one.
    if let Some(field) = context.first("expires").filter(|field| http_date::parse(&field.value).is_none() && !["0", "-1"].contains(&field.value.trim())) {
        raised.flag(
            "expires-malformed",
            "Expires",
            Severity::Warning,
            "Expires is not an HTTP date".into(),
            format!(
                "Expires: {} is not a date in the form Sun, 06 Nov 1994 08:49:37 GMT, so caches read it as already expired and reuse nothing.",
                shown(&field.name, &field.value)
            ),
            "Send Expires as an IMF-fixdate in GMT, or better, Cache-Control: max-age with the lifetime in seconds.".into(),
        );
    }
    let Some(field) = context.first("date") else {
        // Only where other dates depend on it: a paste often leaves lines out, and a Date missing
        // from one is no reason to alarm anyone. 1xx and 5xx may omit it; a 304's is the rules table's.
        let anchored: Vec<String> = ["expires", "last-modified"].iter().filter_map(|name| context.first(name)).map(|field| field.name.clone()).collect();
        if (200..500).contains(&context.code) && context.code != 304 && !anchored.is_empty() {
            raised.flag(
                "missing-date",
                "Date",
                Severity::Warning,
                format!("{} without Date", anchored.join(" and ")),
                format!(
                    "An origin server with a clock must send Date on every 2xx, 3xx and 4xx response (RFC 9110 section 6.6.1), and {} only means something against it: without Date, caches cannot tell how far it lies from the time the response was made, so clock skew shifts the lifetime.",
                    anchored.join(" and ")
                ),
                "Send Date with the time the response was generated; most servers do by default, so look for a handler or proxy that removes it.".into(),
            );
        }
        return;
    };
    match context.date {
        None => raised.flag(
            "date-malformed",
            "Date",
            Severity::Warning,
            "Date is not an HTTP date".into(),
            format!("Date: {} is not a date in the form Sun, 06 Nov 1994 08:49:37 GMT, so caches ignore it and the response's age is counted from when they received it.", shown("date", &field.value)),
            "Send Date as an IMF-fixdate in GMT, such as Tue, 14 May 2024 09:30:00 GMT; every HTTP library has a function for it.".into(),
        ),
        Some(date) => {
            // Where the paste records when the request went out, Date is held to that (`date_clock`).
            let now = context.now.filter(|_| response.started.is_none());
            if let Some(now) = now.filter(|now| date > now.saturating_add(CLOCK_TOLERANCE_SECONDS)) {
                raised.flag(
                    "date-in-future",
                    "Date",
                    Severity::Warning,
                    "Date is in the future".into(),
                    format!(
                        "Date says the response was made at {}, {} ahead of this computer's clock: the server's clock is probably wrong, and caches that trust Date get ages and lifetimes wrong.",
                        http_date::format(date),
                        http_date::duration(date.saturating_sub(now))
                    ),
                    "Synchronise the server's clock (NTP); if this computer's clock is the one that is off, ignore this.".into(),
                );
            }
        }
    }
}
