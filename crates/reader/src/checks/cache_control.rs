//! `Cache-Control` syntax (RFC 9111 section 5.2), and CDN-Cache-Control's (RFC 9213): directives whose value is not what they take,
//! directives given twice, directives that undo each other, request directives in a response, and
//! no-cache with nothing to revalidate against.
//! What the directives mean is read in `fields::freshness`, from the same parser.

use super::syntax::is_token;
use super::{shown, Raised};
use crate::fields::{cache_directives, Context, Directive};
use crate::{structured, Severity};

/// Directives whose value is a number of seconds.
const SECONDS: &[&str] = &["max-age", "s-maxage", "stale-while-revalidate", "stale-if-error"];
/// Directives that take no value.
const BARE: &[&str] = &["no-store", "must-revalidate", "proxy-revalidate", "public", "immutable", "must-understand", "no-transform"];
/// Directives that mean something in a request only.
const REQUEST_ONLY: &[&str] = &["max-stale", "min-fresh", "only-if-cached"];

/// What is wrong with one directive's syntax and what caches make of it, if anything.
fn problem(directive: &Directive, name: &str) -> Option<(&'static str, &'static str)> {
    let value = directive.value.as_deref();
    if !is_token(directive.name.trim()) {
        return Some(("is not a directive name", "caches skip it"));
    }
    let stale = "caches treat the response as stale (RFC 9111 section 4.2.1) instead of using the lifetime meant";
    if SECONDS.contains(&name) {
        return match value {
            None => Some(("needs a number of seconds", stale)),
            Some(seconds) if seconds.is_empty() || !seconds.bytes().all(|byte| byte.is_ascii_digit()) => {
                Some(("takes a number of seconds (digits only)", stale))
            }
            Some(_) => None,
        };
    }
    (BARE.contains(&name) && value.is_some()).then_some(("takes no value", "caches differ on whether they obey it, so it cannot be relied on"))
}

/// Cache-Control, and CDN-Cache-Control (RFC 9213), which takes the same directives for CDNs only.
pub(super) const CACHE_FIELDS: &[&str] = &["Cache-Control", "CDN-Cache-Control"];

pub(super) fn check(raised: &mut Raised, context: &Context) {
    for field in CACHE_FIELDS {
        check_field(raised, context, field);
    }
}

fn check_field(raised: &mut Raised, context: &Context, field: &str) {
    let Some((_, value)) = context.combined(field) else { return };
    // CDN-Cache-Control is a Structured Field: a value that breaks that syntax is ignored whole.
    if field == "CDN-Cache-Control" && structured::dictionary(&value).is_none() {
        raised.malformed(
            field,
            &value,
            "a structured dictionary of lower-case directives such as max-age=600, stale-if-error=60",
            "the CDN ignores the whole field and falls back to Cache-Control",
        );
        return;
    }
    let directives = cache_directives(&value);
    let lower: Vec<String> = directives.iter().map(|directive| directive.name.trim().to_ascii_lowercase()).collect();
    for (directive, name) in directives.iter().zip(&lower) {
        let written = match &directive.value {
            Some(value) if directive.quoted => format!("{}=\"{value}\"", directive.name),
            Some(value) => format!("{}={value}", directive.name),
            None => directive.name.clone(),
        };
        if let Some((problem, consequence)) = problem(directive, name) {
            raised.flag(
                "cache-control-malformed",
                field,
                Severity::Warning,
                format!("{field}: {} cannot be read", shown(field, &written)),
                format!("The directive {} {problem}: {consequence}.", shown(field, &written)),
                if SECONDS.contains(&name.as_str()) {
                    format!("Give {name} a whole number of seconds: {field}: {name}=3600.")
                } else if BARE.contains(&name.as_str()) {
                    format!("Write {name} alone, without a value.")
                } else {
                    format!("Write each directive as name or name=value, separated by commas: {field}: max-age=3600, must-revalidate.")
                },
            );
        } else if directive.quoted && SECONDS.contains(&name.as_str()) {
            raised.flag(
                "cache-control-quoted-value",
                field,
                Severity::Advice,
                format!("{field}: {name} in quotes"),
                format!("{} quotes a number of seconds; caches should accept it, but RFC 9111 section 5.2 asks for the bare number and some caches ignore the quoted form.", shown(field, &written)),
                format!("Write {name}={} without quotes.", directive.value.as_deref().unwrap_or_default()),
            );
        }
        if REQUEST_ONLY.contains(&name.as_str()) {
            raised.flag(
                "cache-control-request-directive",
                field,
                Severity::Advice,
                format!("{field}: {name} in a response"),
                format!("{name} is a directive a client sends in its request; in a response no cache acts on it."),
                format!("Remove {name}; to bound how long caches keep the response, use max-age."),
            );
        }
    }
    // Extensions may define repetition as they like; only the directives RFC 9111 defines are checked.
    let known = |name: &str| SECONDS.contains(&name) || BARE.contains(&name) || REQUEST_ONLY.contains(&name) || name == "no-cache" || name == "private";
    let mut repeated: Vec<&str> =
        lower.iter().enumerate().filter(|(index, name)| known(name) && lower[..*index].contains(name)).map(|(_, name)| name.as_str()).collect();
    repeated.dedup();
    for name in repeated {
        raised.flag(
            "cache-control-duplicate",
            field,
            Severity::Warning,
            format!("{field}: {name} given twice"),
            format!("{field} names {name} more than once; when the values differ, caches take the first or treat the response as stale (RFC 9111 section 4.2.1), so the lifetime is not the one you meant."),
            format!("Send {name} once; look for a framework and a proxy each adding their own {field}."),
        );
    }
    let has = |name: &str| lower.iter().any(|directive| directive == name);
    if has("public") && has("private") {
        raised.flag(
            "cache-control-conflict",
            field,
            Severity::Warning,
            format!("{field}: public and private together"),
            "The response says both that shared caches may keep it (public) and that only the browser may (private); caches that honour public can hand one user's response to another.".into(),
            "Choose one: private for a response made for one user, public for one that is the same for everyone.".into(),
        );
    }
    // Revalidation needs something to compare; without a validator each check is a full download.
    let no_cache = directives.iter().zip(&lower).any(|(directive, name)| name == "no-cache" && directive.value.is_none());
    if field == "Cache-Control" && context.code == 200 && no_cache && !has("no-store") && !context.has("etag") && !context.has("last-modified") {
        raised.flag(
            "no-cache-without-validator",
            field,
            Severity::Advice,
            format!("{field}: no-cache without ETag or Last-Modified"),
            "no-cache lets caches keep the response but makes them check with the server before each reuse; without an ETag or Last-Modified to check against, every check downloads the whole response again, so the stored copy never saves anything.".into(),
            "Send an ETag (or Last-Modified) so that checks can end in 304 Not Modified, or say no-store if the response should not be kept at all.".into(),
        );
    }
    let positive_lifetime = directives
        .iter()
        .zip(&lower)
        .any(|(directive, name)| SECONDS.contains(&name.as_str()) && directive.value.as_deref().is_some_and(|value| value.bytes().any(|byte| byte != b'0')));
    if has("no-store") && (positive_lifetime || has("immutable") || has("public")) {
        raised.flag(
            "cache-control-conflict",
            field,
            Severity::Advice,
            format!("{field}: no-store with a lifetime"),
            "no-store forbids caches to keep the response at all, so the lifetime (or public, or immutable) beside it has no effect; whoever reads the field may believe the response is cached.".into(),
            "Keep no-store alone if nothing may be cached; otherwise drop it and keep the lifetime.".into(),
        );
    }
    overridden(raised, field, &directives, &lower);
}

/// Directives another one makes pointless (RFC 9111 section 5.2.2): no-cache revalidates before
/// every reuse, so a lifetime or a grace period beside it says nothing; must-revalidate forbids
/// serving stale, so the grace periods beside it never apply. `no-cache, max-age=0` and no-store
/// beside no-cache, private or must-revalidate are the stock recipes, saying one thing twice.
fn overridden(raised: &mut Raised, field: &str, directives: &[Directive], lower: &[String]) {
    let positive = |name: &str| {
        directives
            .iter()
            .zip(lower)
            .any(|(directive, written)| written == name && directive.value.as_deref().is_some_and(|value| value.bytes().any(|byte| byte != b'0')))
    };
    let has = |name: &str| lower.iter().any(|directive| directive == name);
    let no_cache = directives.iter().zip(lower).any(|(directive, name)| name == "no-cache" && directive.value.is_none());
    let (directive, pointless): (&str, Vec<&str>) = if no_cache && !has("no-store") {
        (
            "no-cache",
            ["max-age", "s-maxage", "stale-while-revalidate", "stale-if-error", "immutable"]
                .into_iter()
                .filter(|name| if *name == "immutable" { has(name) } else { positive(name) })
                .collect(),
        )
    } else if has("must-revalidate") {
        (
            "must-revalidate",
            ["stale-while-revalidate", "stale-if-error", "immutable"]
                .into_iter()
                .filter(|name| if *name == "immutable" { has(name) } else { positive(name) })
                .collect(),
        )
    } else {
        return;
    };
    if pointless.is_empty() {
        return;
    }
    raised.flag(
        "cache-control-conflict",
        field,
        Severity::Advice,
        format!("{field}: {directive} overrides {}", pointless.join(", ")),
        format!(
            "{directive} {}, so {} beside it has no effect; whoever reads the field may expect the response to be reused.",
            if directive == "no-cache" { "makes caches check with the server before every reuse" } else { "forbids caches to serve the response once stale" },
            pointless.join(" and ")
        ),
        format!("Keep {directive} alone if that is what you mean; otherwise drop it and keep {}.", pointless.join(", ")),
    );
}
