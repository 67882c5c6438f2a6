//! Freshness (RFC 9111 section 4.2): `Cache-Control` (section 5.2), `Expires` (5.3), `Age` (5.1)
//! and `Pragma` (5.4), with the status's default cacheability.

use super::words::{digits, quoted};
use super::Context;
use crate::{http_date, mask, Detail, Parameter, Reading};

/// A cache directive as written: the name with its case kept, the value without its quotes,
/// and whether it was quoted (RFC 9111 section 5.2 asks for tokens where a number is meant).
#[derive(Debug, PartialEq)]
pub(crate) struct Directive {
    pub(crate) name: String,
    pub(crate) value: Option<String>,
    pub(crate) quoted: bool,
}

/// Cache directives: `name` or `name=value`, commas inside quotes kept.
pub(crate) fn cache_directives(value: &str) -> Vec<Directive> {
    let mut directives = Vec::new();
    let mut quoted = false;
    // Quotes and commas are ASCII: the parts between commas are slices of the value.
    let mut start = 0;
    for (index, byte) in value.bytes().enumerate().chain([(value.len(), b',')]) {
        match byte {
            b'"' => quoted = !quoted,
            b',' if !quoted => {
                let part = value[start..index].trim();
                if !part.is_empty() {
                    directives.push(match part.split_once('=') {
                        Some((name, value)) => {
                            let value = value.trim();
                            Directive { name: name.trim().to_string(), value: Some(value.trim_matches('"').to_string()), quoted: value.starts_with('"') }
                        }
                        None => Directive { name: part.to_string(), value: None, quoted: false },
                    });
                }
                start = index + 1;
            }
            _ => {}
        }
    }
    directives
}

/// Cache directives by lower-case name, with their values.
pub(super) fn directives(value: &str) -> Vec<(String, Option<String>)> {
    cache_directives(value).into_iter().map(|directive| (directive.name.to_ascii_lowercase(), directive.value)).collect()
}

/// `Cache-Control`, `Expires`, `Age` and `Pragma`, with the status's default cacheability:
/// who may store the response and for how long it stays fresh (RFC 9111 section 4.2).
pub(crate) fn freshness(context: &Context) -> Option<Reading> {
    let names = ["cache-control", "expires", "age", "pragma"];
    let mut present: Vec<String> = names.iter().filter_map(|name| context.first(name)).map(|field| field.name.clone()).collect();
    if present.is_empty() && !context.cacheable {
        return None;
    }
    if present.is_empty() {
        present.extend(context.first("last-modified").map(|field| field.name.clone()));
    }
    let directives = context.combined("cache-control").map(|(_, value)| directives(&value)).unwrap_or_default();
    let directive = |name: &str| directives.iter().find(|(directive, _)| directive == name);
    let seconds = |name: &str| directive(name).and_then(|(_, value)| value.as_deref()).and_then(digits).map(|seconds| seconds.min(i64::MAX as u64 / 2) as i64);
    let no_store = directive("no-store").is_some();
    let no_cache = directive("no-cache").is_some_and(|(_, fields)| fields.is_none());
    let private = directive("private").is_some_and(|(_, fields)| fields.is_none());
    let expires_field = context.first("expires");
    let expires = expires_field.map(|field| http_date::parse(&field.value));
    let from_expires = match expires {
        Some(Some(expires)) => context.date.map(|date| (expires - date).max(0)),
        // An invalid Expires (often "0" or "-1") means already expired (RFC 9111 section 5.3).
        Some(None) => Some(0),
        None => None,
    };
    // A max-age that is not a number makes the response stale (RFC 9111 section 4.2.1), whatever
    // Expires says: it is not read as max-age=0 or skipped for Expires.
    let max_age_unreadable = directive("max-age").is_some() && seconds("max-age").is_none();
    let lifetime = if max_age_unreadable { Some(0) } else { seconds("max-age").or(from_expires) };
    let shared_lifetime = if private { None } else { seconds("s-maxage").or(lifetime) };
    let age = context.first("age").and_then(|field| digits(field.value.trim())).map(|age| age.min(i64::MAX as u64 / 2) as i64);
    // Age comes from shared caches, so it is counted against their lifetime.
    let remaining = shared_lifetime.or(lifetime).map(|lifetime| lifetime - age.unwrap_or(0));
    let explicit = lifetime.is_some() || shared_lifetime.is_some() || no_cache;
    let heuristic = !no_store && !explicit && context.cacheable;
    let mut sentences: Vec<String> = Vec::new();
    if no_store {
        sentences.push("No cache may store this response (no-store).".into());
    } else {
        if private {
            sentences.push("Only the browser's own cache may keep it (private); CDNs and shared proxies must not.".into());
        } else if directive("public").is_some() {
            sentences.push("Shared caches such as CDNs may keep it, as well as the browser (public).".into());
        }
        if no_cache {
            sentences.push("Caches may keep it but must check with the server before every reuse (no-cache).".into());
        } else if let Some(lifetime) = lifetime {
            let source = if max_age_unreadable {
                "its max-age is not a number of seconds, which caches read as stale".into()
            } else if directive("max-age").is_some() {
                format!("max-age={lifetime}")
            } else {
                "Expires minus Date".into()
            };
            if lifetime == 0 {
                sentences.push(format!("It is stale at once ({source}): caches must revalidate it before each reuse."));
            } else {
                sentences.push(format!("Caches may reuse it for {} ({source}).", http_date::duration(lifetime)));
            }
        } else if matches!(expires, Some(Some(_))) {
            sentences.push("Expires is set, but without a Date to count from its lifetime is unclear.".into());
        }
        if let Some(shared) = seconds("s-maxage").filter(|_| !private) {
            if Some(shared) != lifetime {
                sentences.push(format!("Shared caches such as CDNs may reuse it for {} (s-maxage).", http_date::duration(shared)));
            }
        }
        if let (Some(age), Some(remaining)) = (age, remaining) {
            if shared_lifetime.or(lifetime).is_some_and(|lifetime| lifetime > 0) {
                if remaining > 0 {
                    sentences.push(format!(
                        "It has already spent {} in a cache (Age), so it stays fresh for another {}.",
                        http_date::duration(age),
                        http_date::duration(remaining)
                    ));
                } else {
                    sentences.push(format!("It has already spent {} in a cache (Age), so it is stale now.", http_date::duration(age)));
                }
            }
        } else if let Some(age) = age.filter(|age| *age > 0) {
            sentences.push(format!("It has spent {} in a cache (Age).", http_date::duration(age)));
        }
        // Heuristic freshness is worth a word where it bites: browsers keep permanent
        // redirects, and caches estimate from Last-Modified.
        if heuristic && (context.code == 301 || context.code == 308) {
            sentences.push(format!(
                "There is no explicit lifetime, and browsers keep a permanent redirect without one, often until their cache is cleared: a mistaken {} is hard to take back. Cache-Control: max-age bounds it.",
                context.code
            ));
        } else if heuristic && context.has("last-modified") {
            sentences.push(format!(
                "There is no explicit lifetime, and a {} is cacheable by default, so caches may pick one themselves (heuristic freshness, typically a tenth of the time since Last-Modified).",
                context.code
            ));
        } else if !explicit && !context.cacheable && (context.has("cache-control") || context.has("expires")) && directive("public").is_none() {
            sentences.push(format!("There is no explicit lifetime, and a {} is not cacheable by default, so caches will not reuse it.", context.code));
        }
        if directive("immutable").is_some() {
            sentences.push("It will not change while fresh (immutable), so browsers skip revalidating it on reload.".into());
        }
        if let Some(stale) = seconds("stale-while-revalidate") {
            sentences
                .push(format!("Once stale, a cache may still serve it for {} while it fetches a fresh copy in the background.", http_date::duration(stale)));
        }
        if let Some(stale) = seconds("stale-if-error") {
            sentences.push(format!("If the origin fails, a cache may serve it stale for up to {}.", http_date::duration(stale)));
        }
        if directive("must-revalidate").is_some() || directive("proxy-revalidate").is_some() {
            sentences.push("Once stale, it must not be served without checking with the server (must-revalidate).".into());
        }
        if let (Some(field), Some(None)) = (expires_field, expires) {
            if directive("max-age").is_none() {
                sentences.push(format!("Expires: {} is not a date, which caches read as already expired.", quoted(&mask::text(&field.value))));
            }
        }
    }
    if directives.is_empty() && context.first("pragma").is_some_and(|field| field.value.to_ascii_lowercase().contains("no-cache")) {
        sentences.push("Pragma: no-cache is a request directive from HTTP/1.0; in a response, caches ignore it: use Cache-Control.".into());
    }
    if sentences.is_empty() {
        return None;
    }
    Some(Reading {
        fields: present,
        sentence: sentences.join(" "),
        detail: Detail::Freshness {
            directives: directives.into_iter().map(|(name, value)| Parameter { name, value: value.as_deref().map(mask::text) }).collect(),
            storable: !no_store,
            shared_storable: !no_store && !private,
            lifetime,
            shared_lifetime,
            age,
            remaining,
            heuristic,
            cacheable_by_default: context.cacheable,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_directives() {
        assert_eq!(
            directives(r#"max-age=60, private="Set-Cookie, X-Foo", No-Store"#),
            vec![("max-age".into(), Some("60".into())), ("private".into(), Some("Set-Cookie, X-Foo".into())), ("no-store".into(), None)]
        );
    }
}
