//! `Accept-CH` (RFC 8942): the client hints a site asks the browser to send on later requests, a
//! Structured Field List of tokens. Browsers act on it only over HTTPS, and a response shared caches keep
//! whose content depends on those hints must say so in Vary (a browser's own cache serves one
//! device, whose hints do not change).

use super::Raised;
use crate::fields::{cache_directives, varied_fields, Context};
use crate::structured::{self, Bare, Member};
use crate::Severity;

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some((name, value)) = context.combined("accept-ch") else { return };
    let hints: Option<Vec<String>> = structured::list(&value).and_then(|members| {
        members
            .iter()
            .map(|member| match member {
                Member::Item(item) => match &item.bare {
                    Bare::Token(token) => Some(token.clone()),
                    _ => None,
                },
                Member::Inner(..) => None,
            })
            .collect()
    });
    let Some(hints) = hints else {
        raised.malformed(&name, &value, "a list of client hint names, such as Sec-CH-UA-Platform, DPR", "browsers ignore it and send no hints");
        return;
    };
    if context.url.is_some_and(|url| url.to_ascii_lowercase().starts_with("http:")) && !context.url_guessed {
        raised.flag(
            "accept-ch-ignored",
            &name,
            Severity::Warning,
            format!("{name} over plain HTTP"),
            format!("Browsers honour {name} only on secure origins, so over http:// none of the hints it asks for will be sent."),
            "Serve the site over HTTPS; the hints follow from there.".into(),
        );
    }
    // A browser's own cache is one device with one set of hints: only shared caches mix them.
    let directives: Vec<String> = context
        .combined("cache-control")
        .map(|(_, value)| cache_directives(&value).iter().map(|directive| directive.name.trim().to_ascii_lowercase()).collect())
        .unwrap_or_default();
    let has = |name: &str| directives.iter().any(|directive| directive == name);
    let storable = context.cacheable && !has("no-store") && !has("private") && (has("public") || has("s-maxage") || has("max-age"));
    let vary = context.combined("vary").map(|(_, value)| value).unwrap_or_default();
    let varied: Vec<&str> = varied_fields(&vary).collect();
    let missing: Vec<&String> = hints.iter().filter(|hint| !varied.iter().any(|field| field.eq_ignore_ascii_case(hint))).collect();
    if storable && !missing.is_empty() && !varied.contains(&"*") {
        let missing: Vec<&str> = missing.iter().map(|hint| hint.as_str()).collect();
        raised.flag(
            "accept-ch-without-vary",
            &name,
            Severity::Advice,
            format!("{name} asks for {} without Vary", missing.join(", ")),
            format!("Shared caches may keep this response, and it asks for {}; if the content changes with those hints, a cache without them in Vary hands a copy made for one device to another.", missing.join(", ")),
            format!("Add the hints the content depends on to Vary (Vary: {}), or mark the response private.", missing.join(", ")),
        );
    }
}
