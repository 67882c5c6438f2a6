//! `Strict-Transport-Security` (RFC 6797): the browser's promise to use HTTPS only. A value it
//! cannot read is ignored whole (section 6.1), and one received over plain HTTP does not count
//! (section 8.1); preload is a request to the browsers' list, which has terms of its own. Empty
//! directives (`max-age=1;;` or a trailing `;`) are in the section 6.1 grammar, each directive
//! being optional, and browsers read them, so they pass.

use super::syntax::{is_token, split_outside_quotes, unquoted};
use super::{shown, Raised};
use crate::fields::Context;
use crate::{http_date, Severity};

/// What makes a Strict-Transport-Security value one browsers ignore (RFC 6797 section 6.1), if anything.
fn hsts_problem(value: &str) -> Option<String> {
    let parts = split_outside_quotes(value, ';');
    let mut seen: Vec<String> = Vec::new();
    let mut max_age_found = false;
    for part in parts.iter().filter(|part| !part.is_empty()) {
        let (name, value) = match part.split_once('=') {
            Some((name, value)) => (name.trim(), Some(value.trim())),
            None => (*part, None),
        };
        let value = value.map(|value| unquoted(value).unwrap_or_else(|| value.to_string()));
        let lower = name.to_ascii_lowercase();
        if !is_token(name) {
            return Some(format!("has {} where a directive name belongs", shown("strict-transport-security", name)));
        }
        if seen.contains(&lower) {
            return Some(format!("gives {name} twice"));
        }
        seen.push(lower.clone());
        match (lower.as_str(), value.as_deref()) {
            ("max-age", Some(seconds)) if !seconds.is_empty() && seconds.bytes().all(|byte| byte.is_ascii_digit()) => max_age_found = true,
            ("max-age", _) => return Some("has a max-age that is not a number of seconds".into()),
            ("includesubdomains" | "preload", Some(_)) => return Some(format!("gives {name} a value, which it does not take")),
            _ => {}
        }
    }
    (!max_age_found).then(|| "has no max-age".into())
}

/// A year: the shortest max-age the preload list accepts, and the one guides ask for.
const PRELOAD_MAX_AGE_SECONDS: u64 = 31_536_000;

/// The max-age of a readable value.
fn max_age(value: &str) -> Option<u64> {
    split_outside_quotes(value, ';').into_iter().find_map(|part| {
        let (name, seconds) = part.split_once('=')?;
        let seconds = seconds.trim();
        name.trim().eq_ignore_ascii_case("max-age").then(|| unquoted(seconds).unwrap_or_else(|| seconds.to_string()).parse().ok())?
    })
}

/// Whether a readable value that says preload meets the preload list's terms (or does not say
/// preload at all): a max-age of a year or more, and includeSubDomains.
fn preload_ready(value: &str) -> bool {
    let directives: Vec<(String, String)> = split_outside_quotes(value, ';')
        .into_iter()
        .map(|part| match part.split_once('=') {
            Some((name, value)) => (name.trim().to_ascii_lowercase(), unquoted(value.trim()).unwrap_or_else(|| value.trim().to_string())),
            None => (part.to_ascii_lowercase(), String::new()),
        })
        .collect();
    let has = |name: &str| directives.iter().any(|(directive, _)| directive == name);
    let long_enough =
        directives.iter().any(|(name, seconds)| name == "max-age" && seconds.parse::<u64>().is_ok_and(|seconds| seconds >= PRELOAD_MAX_AGE_SECONDS));
    !has("preload") || (long_enough && has("includesubdomains"))
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some(field) = context.first("strict-transport-security") else { return };
    match hsts_problem(&field.value) {
        Some(problem) => raised.flag(
                "hsts-malformed",
                "Strict-Transport-Security",
                Severity::Warning,
                "Strict-Transport-Security cannot be read".into(),
                format!("Strict-Transport-Security: {} {problem}, so browsers ignore the whole field (RFC 6797 section 6.1) and keep allowing plain HTTP to this site.", shown(&field.name, &field.value)),
                "Send Strict-Transport-Security: max-age=31536000; includeSubDomains (max-age in seconds, each directive once, separated by semicolons).".into(),
        ),
        None if !preload_ready(&field.value) => raised.flag(
                "hsts-preload-unsuitable",
                "Strict-Transport-Security",
                Severity::Advice,
                "Strict-Transport-Security asks for preload without meeting its terms".into(),
                format!("Strict-Transport-Security: {} says preload, but the browsers' preload list takes a site only with a max-age of a year or more and includeSubDomains, so it will not be listed.", shown(&field.name, &field.value)),
                "Send max-age=31536000; includeSubDomains; preload once every subdomain serves HTTPS, or drop preload.".into(),
        ),
        None => match max_age(&field.value) {
            Some(0) => raised.flag(
                "hsts-max-age-zero",
                "Strict-Transport-Security",
                Severity::Advice,
                "Strict-Transport-Security: max-age=0 turns HSTS off".into(),
                "max-age=0 tells browsers to forget that this site is HTTPS-only (RFC 6797 section 6.1.1): the next visit typed as http:// goes out in plain text again. Right when withdrawing HSTS on purpose, wrong anywhere else.".into(),
                "If the site serves HTTPS, send max-age=31536000 (a year); keep max-age=0 only while deliberately withdrawing HSTS.".into(),
            ),
            Some(seconds) if seconds < PRELOAD_MAX_AGE_SECONDS => {
                let lasting = http_date::duration(i64::try_from(seconds).unwrap_or(i64::MAX));
                raised.flag(
                    "hsts-max-age-short",
                    "Strict-Transport-Security",
                    Severity::Advice,
                    format!("Strict-Transport-Security lasts only {lasting}"),
                    format!("With max-age={seconds}, a browser that does not come back within {lasting} forgets the policy, and its next http:// visit can be intercepted before the redirect to HTTPS. A short max-age is right while trying HSTS out."),
                    "Once every page works over HTTPS, raise max-age to a year or more: max-age=31536000.".into(),
                );
            }
            _ => {}
        },
    }
    if context.url.is_some_and(|url| url.starts_with("http://")) && !context.url_guessed {
        raised.flag(
                "hsts-over-http",
                "Strict-Transport-Security",
                Severity::Warning,
                "Strict-Transport-Security over plain HTTP".into(),
                "Browsers ignore Strict-Transport-Security received over plain HTTP (RFC 6797 section 8.1): an attacker could have added or removed it, so it only counts over HTTPS.".into(),
                "Redirect HTTP to HTTPS and send Strict-Transport-Security on the HTTPS responses.".into(),
            );
    }
}

#[cfg(test)]
mod tests {
    use super::{hsts_problem, max_age, preload_ready};

    #[test]
    fn hsts_values() {
        for good in [
            "max-age=31536000",
            "max-age=31536000; includeSubDomains; preload",
            "max-age=\"0\"",
            "max-age=63072000;",
            "includeSubDomains; max-age=300",
            ";; max-age=300 ; includeSubDomains; ;",
        ] {
            assert_eq!(hsts_problem(good), None, "{good}");
        }
        for bad in ["includeSubDomains", "max-age=1y", "max-age=1; max-age=2", "max-age=300; preload=yes", "", "max-age=300,includeSubDomains"] {
            assert!(hsts_problem(bad).is_some(), "{bad}");
        }
        assert!(preload_ready("max-age=63072000; includeSubDomains; preload") && preload_ready("max-age=300"));
        assert!(!preload_ready("max-age=100; includeSubDomains; preload") && !preload_ready("max-age=31536000; preload"));
        assert_eq!((max_age("includeSubDomains; Max-Age=\"300\""), max_age("max-age=0;")), (Some(300), Some(0)));
    }
}
