//! `Set-Cookie` (RFC 6265 and its revision, draft-ietf-httpbis-rfc6265bis): a cookie without a
//! name, attributes browsers cannot read, `SameSite=None` or `Partitioned` without `Secure`, the
//! `__Secure-` and `__Host-` prefixes' rules, lifetimes past the 400 days browsers keep, one
//! cookie set twice, cookies sent without `Secure` over HTTPS, and (in `cookie_notes`) sizes,
//! attributes given twice, obsolete or browser-specific attributes and a Max-Age with a leading
//! zero. Each line is one cookie; only names are quoted back.

use super::cookie_date::cookie_date;
use super::cookie_notes;
use super::{shown, Raised};
use crate::fields::Context;
use crate::{http_date, mask, Severity};

/// The attributes browsers act on (rfc6265bis section 5.6, Partitioned and Chrome's Priority),
/// and the obsolete ones of RFC 2965 they skip without harm (noted in `cookie_notes`).
const KNOWN_ATTRIBUTES: &[&str] = &["expires", "max-age", "domain", "path", "secure", "httponly", "samesite", "partitioned", "priority", "version", "comment"];

/// The longest attribute value browsers read; a longer one is skipped (rfc6265bis section 5.6).
const LONGEST_ATTRIBUTE_VALUE_BYTES: usize = 1024;

/// The longest lifetime browsers keep a cookie for: 400 days (rfc6265bis section 5.6.1).
const LONGEST_LIFETIME_SECONDS: i64 = 400 * 86_400;

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let over_https = context.url.is_some_and(|url| url.starts_with("https://")) && !context.url_guessed;
    // A cookie is its name, domain and path: the same three set twice leave only the last.
    let mut set: Vec<(String, String, String)> = Vec::new();
    let mut set_twice: Vec<String> = Vec::new();
    for field in context.all("set-cookie") {
        let mut parts = field.value.split(';');
        let pair = parts.next().unwrap_or_default();
        let (name, value) = pair.split_once('=').map(|(name, value)| (name.trim(), value.trim())).unwrap_or_default();
        if name.is_empty() {
            raised.flag(
                "set-cookie-malformed",
                "Set-Cookie",
                Severity::Warning,
                "Set-Cookie without a cookie name".into(),
                format!(
                    "{} does not start with name=value, so browsers either ignore it or keep a cookie with an empty name that the application never reads.",
                    shown(&field.name, &field.value)
                ),
                "Start every Set-Cookie with the cookie's name, an equals sign and its value: Set-Cookie: session=abc123; Path=/; Secure; HttpOnly.".into(),
            );
            continue;
        }
        let raw_size = name.len() + value.len();
        let name = mask::text(name);
        let attributes: Vec<(String, &str)> = parts
            .map(|part| match part.split_once('=') {
                Some((key, value)) => (key.trim().to_ascii_lowercase(), value.trim()),
                None => (part.trim().to_ascii_lowercase(), ""),
            })
            .collect();
        let attribute = |key: &str| attributes.iter().rev().find(|(name, _)| name == key).map(|(_, value)| *value);
        let secure = attribute("secure").is_some();
        let mut unreadable: Vec<String> = Vec::new();
        let mut lifetime_unreadable = false;
        if let Some(expires) = attribute("expires").filter(|expires| cookie_date(expires).is_none()) {
            unreadable.push(format!("Expires={} is not a date", mask::text(expires)));
            lifetime_unreadable = true;
        }
        if let Some(max_age) = attribute("max-age")
            .filter(|age| age.strip_prefix('-').unwrap_or(age).is_empty() || !age.strip_prefix('-').unwrap_or(age).bytes().all(|byte| byte.is_ascii_digit()))
        {
            unreadable.push(format!("Max-Age={} is not a number of seconds", mask::text(max_age)));
            lifetime_unreadable = true;
        }
        if let Some((unknown, _)) = attributes.iter().find(|(key, _)| !key.is_empty() && !KNOWN_ATTRIBUTES.contains(&key.as_str())) {
            unreadable.push(format!("{} is not an attribute browsers know", mask::text(unknown)));
        }
        if let Some((long, _)) = attributes.iter().find(|(_, value)| value.len() > LONGEST_ATTRIBUTE_VALUE_BYTES) {
            unreadable.push(format!("{} is longer than 1,024 bytes", mask::text(long)));
        }
        if attribute("domain").is_some_and(str::is_empty) {
            unreadable.push("Domain is empty".into());
        }
        let same_site = attribute("samesite").map(str::to_ascii_lowercase);
        if let Some(value) = same_site.as_deref().filter(|value| !["strict", "lax", "none"].contains(value)) {
            unreadable.push(format!("SameSite={} is none of Strict, Lax or None", mask::text(value)));
        }
        if !unreadable.is_empty() {
            raised.flag(
                "set-cookie-attribute-malformed",
                "Set-Cookie",
                Severity::Warning,
                format!("Set-Cookie: {name} has an attribute browsers cannot read"),
                format!(
                    "In the {name} cookie, {}: browsers skip such an attribute, so the cookie {}.",
                    unreadable.join(", and "),
                    if lifetime_unreadable { "lives other than intended (without a readable Expires or Max-Age it is dropped when the browser closes)" } else { "travels other than intended" }
                ),
                "Write Expires as an HTTP date (Wed, 21 Oct 2026 07:28:00 GMT), Max-Age in whole seconds, SameSite as Strict, Lax or None, and Domain as a host name or not at all.".into(),
            );
        }
        if same_site.as_deref() == Some("none") && !secure {
            raised.flag(
                "set-cookie-samesite-none-insecure",
                "Set-Cookie",
                Severity::Error,
                format!("Set-Cookie: {name} has SameSite=None without Secure"),
                format!("Browsers reject a cookie marked SameSite=None that is not also Secure, so {name} is never stored: cross-site requests (and often same-site ones) arrive without it."),
                format!("Add Secure to {name} (and serve the site over HTTPS), or use SameSite=Lax if it need not travel cross-site."),
            );
        }
        if attribute("partitioned").is_some() && !secure {
            raised.flag(
                "set-cookie-partitioned-insecure",
                "Set-Cookie",
                Severity::Error,
                format!("Set-Cookie: {name} is Partitioned without Secure"),
                format!("Browsers reject a Partitioned cookie that is not also Secure, so {name} is never stored."),
                format!("Add Secure to {name}."),
            );
        }
        cookie_notes::check(raised, &name, raw_size, &attributes);
        let max_age = attribute("max-age").and_then(|age| age.parse::<i64>().ok());
        let expires_in = attribute("expires").and_then(cookie_date).zip(context.date.or(context.now)).map(|(expires, from)| expires.saturating_sub(from));
        if let Some(lifetime) = max_age.or(expires_in).filter(|lifetime| *lifetime > LONGEST_LIFETIME_SECONDS) {
            raised.flag(
                "set-cookie-lifetime-capped",
                "Set-Cookie",
                Severity::Advice,
                format!("Set-Cookie: {name} asks to live longer than 400 days"),
                format!(
                    "{name} asks to be kept for {}, but browsers keep a cookie 400 days at most: it expires earlier than the server expects.",
                    http_date::duration(lifetime)
                ),
                format!("Give {name} a lifetime of 400 days or less, and renew it when the user comes back if it must last longer."),
            );
        }
        let key = (name.clone(), attribute("domain").unwrap_or_default().to_ascii_lowercase(), attribute("path").unwrap_or_default().to_string());
        if set.contains(&key) {
            if !set_twice.contains(&name) {
                set_twice.push(name.clone());
            }
        } else {
            set.push(key);
        }
        let lower = name.to_ascii_lowercase();
        let mut broken: Vec<&str> = Vec::new();
        if (lower.starts_with("__secure-") || lower.starts_with("__host-")) && !secure {
            broken.push("it must be Secure");
        }
        if lower.starts_with("__host-") {
            if attribute("domain").is_some() {
                broken.push("a __Host- cookie must not set Domain");
            }
            if attribute("path") != Some("/") {
                broken.push("a __Host- cookie must set Path=/");
            }
        }
        if !broken.is_empty() {
            raised.flag(
                "set-cookie-prefix-violated",
                "Set-Cookie",
                Severity::Error,
                format!("Set-Cookie: {name} breaks its prefix's rules"),
                format!(
                    "Browsers refuse to store {name}: {}. The prefix is a promise that browsers enforce, so the cookie is simply missing afterwards.",
                    broken.join("; ")
                ),
                format!("Set {name} with Secure{}, or rename it without the prefix.", if lower.starts_with("__host-") { ", Path=/ and no Domain" } else { "" }),
            );
        } else if over_https && !secure {
            raised.flag(
                "set-cookie-not-secure",
                "Set-Cookie",
                Severity::Advice,
                format!("Set-Cookie: {name} without Secure"),
                format!(
                    "{name} came over HTTPS but is not marked Secure, so the browser also sends it over plain HTTP, where anyone on the network can read it."
                ),
                format!("Add Secure to {name}; on an HTTPS-only site it costs nothing."),
            );
        }
    }
    for name in set_twice {
        raised.flag(
            "set-cookie-repeated",
            "Set-Cookie",
            Severity::Warning,
            format!("Set-Cookie: {name} is set twice"),
            format!("The response sets {name} more than once for the same domain and path; browsers keep only the last, so the value the first one carried is lost."),
            format!("Set {name} once per response; look for two layers (a session middleware and the application) each setting it."),
        );
    }
}
