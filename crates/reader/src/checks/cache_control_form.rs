//! Cache-Control (and CDN-Cache-Control) written in a form some caches misread (RFC 9111 sections 1.2.2 and 5.2):
//! directive names not in lower case, lifetimes past 2³¹ seconds, and Internet Explorer's
//! pre-check and post-check relied on to say something. The syntax itself is `cache_control`'s to check.

use super::cache_control::CACHE_FIELDS;
use super::Raised;
use crate::fields::{cache_directives, Context};
use crate::{structured, Severity};

/// The largest delta-seconds caches must handle; they read any larger value as this one.
const LARGEST_SECONDS: u128 = 1 << 31;
/// Directives whose value is a number of seconds.
const SECONDS: &[&str] = &["max-age", "s-maxage", "stale-while-revalidate", "stale-if-error"];

pub(super) fn check(raised: &mut Raised, context: &Context) {
    for field in CACHE_FIELDS {
        check_field(raised, context, field);
    }
}

fn check_field(raised: &mut Raised, context: &Context, field: &str) {
    let Some((name, value)) = context.combined(field) else { return };
    // A CDN-Cache-Control that is no structured dictionary is ignored whole: `cache_control` says so.
    if field == "CDN-Cache-Control" && structured::dictionary(&value).is_none() {
        return;
    }
    let directives = cache_directives(&value);
    let mut capitals: Vec<&str> =
        directives.iter().map(|directive| directive.name.trim()).filter(|name| name.bytes().any(|byte| byte.is_ascii_uppercase())).collect();
    capitals.dedup();
    if !capitals.is_empty() {
        let lower: Vec<String> = capitals.iter().map(|name| name.to_ascii_lowercase()).collect();
        raised.flag(
            "cache-control-not-lowercase",
            &name,
            Severity::Advice,
            format!("{name}: {} not in lower case", capitals.join(", ")),
            format!("Directive names are case-insensitive, but some caches and CDNs compare them as written and skip {}, so the response is cached as if the directive were absent.", capitals.join(", ")),
            format!("Write {}.", lower.join(", ")),
        );
    }
    for directive in &directives {
        let lower = directive.name.trim().to_ascii_lowercase();
        let Some(seconds) = directive.value.as_deref().filter(|_| SECONDS.contains(&lower.as_str())) else { continue };
        // Digits only: other values are cache_control's to flag.
        if seconds.is_empty() || !seconds.bytes().all(|byte| byte.is_ascii_digit()) {
            continue;
        }
        if seconds.parse::<u128>().map_or(true, |seconds| seconds > LARGEST_SECONDS) {
            raised.flag(
                "cache-control-lifetime-too-large",
                &name,
                Severity::Advice,
                format!("{name}: {lower} past 2\u{00b3}\u{00b9} seconds"),
                format!("{lower}={seconds} is more than 2\u{00b3}\u{00b9} seconds (68 years). Caches read it as 2\u{00b3}\u{00b9} (RFC 9111 section 1.2.2), and one that stores it in a 32-bit number may overflow to a negative lifetime and treat the response as stale."),
                format!("For \u{201c}forever\u{201d}, send {lower}=31536000 (a year), with immutable for files whose URL changes with their content."),
            );
        }
    }
    let is_ie_only = |name: &str| name.eq_ignore_ascii_case("pre-check") || name.eq_ignore_ascii_case("post-check");
    let ie_only: Vec<&str> = directives.iter().map(|directive| directive.name.trim()).filter(|name| is_ie_only(name)).collect();
    // The stock recipe (PHP's nocache limiter, Cloudflare's error pages): both at zero beside
    // no-store or no-cache, which already say the same to every cache. Dead, and harmless.
    let zeros = directives.iter().filter(|directive| is_ie_only(directive.name.trim())).all(|directive| directive.value.as_deref() == Some("0"));
    let said_otherwise = directives.iter().any(|directive| ["no-store", "no-cache"].iter().any(|name| directive.name.trim().eq_ignore_ascii_case(name)));
    let stock_recipe = ie_only.len() == 2 && zeros && said_otherwise;
    if !ie_only.is_empty() && !stock_recipe {
        raised.flag(
            "cache-control-ie-directive",
            &name,
            Severity::Advice,
            format!("{name}: {}", ie_only.join(" and ")),
            "pre-check and post-check were Internet Explorer's own extensions; no browser or cache in use reads them, so whatever they are meant to say about revalidation is lost.".into(),
            "Say it with the standard directives: no-cache to revalidate before each reuse, max-age for a lifetime, no-store to keep nothing.".into(),
        );
    }
}
