//! `Cache-Status` (RFC 9211): each cache's verdict.

use super::words::unreadable;
use super::Context;
use crate::structured::{self, Bare};
use crate::{http_date, mask, CacheHop, Detail, Reading};

fn forward_meaning(forward: &str) -> &'static str {
    match forward {
        "bypass" => "the cache is set to let this request through",
        "method" => "the request method is not cacheable",
        "uri-miss" => "nothing was cached for this URL",
        "vary-miss" => "a copy was cached, but for other values of the fields in Vary",
        "miss" => "it was not in the cache",
        "request" => "the request asked to bypass the cache",
        "stale" => "the cached copy was stale and had to be checked",
        "partial" => "only part of it was cached",
        _ => "the cache sent it on",
    }
}

/// `Cache-Status` (RFC 9211): each cache's verdict, nearest the origin first.
pub(crate) fn cache_status(context: &Context) -> Option<Reading> {
    let (name, value) = context.combined("cache-status")?;
    // An empty list names no cache: nothing to say, and nothing wrong.
    if value.trim().is_empty() {
        return None;
    }
    let Some(members) = structured::list(&value) else {
        return Some(unreadable(&name, &value, "a structured list such as ExampleCache; hit; ttl=376"));
    };
    // Each member must name its cache with a token or a string; a value where one does not
    // (a number, an inner list) says nothing reliable about any cache, so none of it is read.
    let caches: Option<Vec<CacheHop>> = members
        .iter()
        .map(|member| {
            let item = member.item()?;
            let flag = |key: &str| item.parameter(key) == Some(&Bare::Boolean(true));
            Some(CacheHop {
                name: item.bare.as_text().map(mask::text)?,
                hit: flag("hit"),
                forward: item.parameter("fwd").and_then(Bare::as_text).map(str::to_string),
                forward_status: item.parameter("fwd-status").and_then(Bare::as_integer),
                ttl: item.parameter("ttl").and_then(Bare::as_integer),
                stored: flag("stored"),
                detail: item.parameter("detail").and_then(Bare::as_text).map(mask::text),
            })
        })
        .collect();
    let Some(caches) = caches.filter(|caches| !caches.is_empty()) else {
        return Some(unreadable(&name, &value, "a list naming each cache first, such as ExampleCache; hit; ttl=376"));
    };
    let sentences: Vec<String> = caches
        .iter()
        .map(|cache| {
            let mut sentence = if cache.hit {
                format!("{}: served from the cache", cache.name)
            } else {
                let why = cache.forward.as_deref().map(forward_meaning).unwrap_or("it was not served from the cache");
                format!("{}: sent on to the next hop ({why})", cache.name)
            };
            if let Some(status) = cache.forward_status {
                sentence.push_str(&format!(", which answered {status}"));
            }
            match cache.ttl {
                Some(ttl) if ttl > 0 => sentence.push_str(&format!("; fresh for another {}", http_date::duration(ttl))),
                Some(ttl) => sentence.push_str(&format!("; stale for {}", http_date::duration(ttl))),
                None => {}
            }
            if cache.stored {
                sentence.push_str("; stored for next time");
            }
            sentence + "."
        })
        .collect();
    Some(Reading { fields: vec![name], sentence: sentences.join(" "), detail: Detail::CacheStatus { caches } })
}
