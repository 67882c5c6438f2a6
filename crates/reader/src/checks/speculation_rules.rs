//! `Speculation-Rules`: a Structured Field List of Strings, each the URL of a JSON rule set the
//! browser fetches to prefetch or prerender pages. Rule sets fetched over plain HTTP can be
//! rewritten on the way, to make the browser load pages the site never meant.

use super::Raised;
use crate::fields::Context;
use crate::structured::{self, Bare, Member};
use crate::{mask, url, Severity};

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some((name, value)) = context.combined("speculation-rules") else { return };
    let urls: Option<Vec<String>> = structured::list(&value).and_then(|members| {
        members
            .iter()
            .map(|member| match member {
                Member::Item(item) => match &item.bare {
                    Bare::String(text) => Some(text.clone()),
                    _ => None,
                },
                Member::Inner(..) => None,
            })
            .collect()
    });
    let Some(urls) = urls else {
        raised.malformed(&name, &value, "a list of quoted URLs, such as \"/rules/prefetch.json\"", "the browser loads no rules from it");
        return;
    };
    let insecure: Vec<String> = urls
        .iter()
        .filter_map(|target| {
            let absolute = match context.url {
                Some(base) if !context.url_guessed => url::resolve(base, target)?,
                _ => target.clone(),
            };
            absolute.to_ascii_lowercase().starts_with("http:").then(|| mask::text(&absolute))
        })
        .collect();
    if !insecure.is_empty() {
        raised.flag(
            "speculation-rules-insecure",
            &name,
            Severity::Warning,
            format!("{name} loads rules over plain HTTP"),
            format!(
                "{} is fetched without TLS, so anyone on the path can swap the rules and make browsers prefetch or prerender pages of their choosing.",
                insecure.join(", ")
            ),
            "Serve the rule sets, and the page, over HTTPS.".into(),
        );
    }
}
