//! `Set-Cookie` (RFC 6265 and its revision): a cookie without a name, attributes browsers cannot
//! read, `SameSite=None` without `Secure`, the `__Secure-` and `__Host-` prefixes' rules, and
//! cookies sent without `Secure` over HTTPS. Each line is one cookie; only names are quoted back.

use super::cookie_date::is_cookie_date;
use super::Raised;
use crate::fields::Context;
use crate::{mask, Severity};

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let over_https = context.url.is_some_and(|url| url.starts_with("https://")) && !context.url_guessed;
    for field in context.all("set-cookie") {
        let mut parts = field.value.split(';');
        let pair = parts.next().unwrap_or_default();
        let name = pair.split_once('=').map(|(name, _)| name.trim()).unwrap_or_default();
        if name.is_empty() {
            raised.flag(
                "set-cookie-malformed",
                Severity::Warning,
                "Set-Cookie without a cookie name".into(),
                format!(
                    "{} does not start with name=value, so browsers either ignore it or keep a cookie with an empty name that the application never reads.",
                    mask::field("set-cookie", &field.value)
                ),
                "Start every Set-Cookie with the cookie's name, an equals sign and its value: Set-Cookie: session=abc123; Path=/; Secure; HttpOnly.".into(),
            );
            continue;
        }
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
        if let Some(expires) = attribute("expires").filter(|expires| !is_cookie_date(expires)) {
            unreadable.push(format!("Expires={} is not a date", mask::text(expires)));
        }
        if let Some(max_age) = attribute("max-age")
            .filter(|age| age.strip_prefix('-').unwrap_or(age).is_empty() || !age.strip_prefix('-').unwrap_or(age).bytes().all(|byte| byte.is_ascii_digit()))
        {
            unreadable.push(format!("Max-Age={} is not a number of seconds", mask::text(max_age)));
        }
        let same_site = attribute("samesite").map(str::to_ascii_lowercase);
        if let Some(value) = same_site.as_deref().filter(|value| !["strict", "lax", "none"].contains(value)) {
            unreadable.push(format!("SameSite={} is none of Strict, Lax or None", mask::text(value)));
        }
        if !unreadable.is_empty() {
            raised.flag(
                "set-cookie-attribute-malformed",
                Severity::Warning,
                format!("Set-Cookie: {name} has an attribute browsers cannot read"),
                format!("In the {name} cookie, {}: browsers skip such an attribute, so the cookie lives, or travels, other than intended (without a readable Expires or Max-Age it is dropped when the browser closes).", unreadable.join(", and ")),
                "Write Expires as an HTTP date (Wed, 21 Oct 2026 07:28:00 GMT), Max-Age in whole seconds, and SameSite as Strict, Lax or None.".into(),
            );
        }
        if same_site.as_deref() == Some("none") && !secure {
            raised.flag(
                "set-cookie-samesite-none-insecure",
                Severity::Error,
                format!("Set-Cookie: {name} has SameSite=None without Secure"),
                format!("Browsers reject a cookie marked SameSite=None that is not also Secure, so {name} is never stored: cross-site requests (and often same-site ones) arrive without it."),
                format!("Add Secure to {name} (and serve the site over HTTPS), or use SameSite=Lax if it need not travel cross-site."),
            );
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
                Severity::Advice,
                format!("Set-Cookie: {name} without Secure"),
                format!(
                    "{name} came over HTTPS but is not marked Secure, so the browser also sends it over plain HTTP, where anyone on the network can read it."
                ),
                format!("Add Secure to {name}; on an HTTPS-only site it costs nothing."),
            );
        }
    }
}
