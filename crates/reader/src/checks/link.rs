//! `Link` (RFC 8288 section 3): each link a `<URI>` followed by `; name=value` parameters, one of
//! them `rel`, an `anchor` a URI reference, a `type` a media type. A link that breaks this is
//! dropped by clients, which for a `preload` or a pagination `next` means it silently does
//! nothing. Also `rev`, which RFC 8288 dropped, and resource hints browsers skip: a target that
//! is not http(s), a preload without a destination in `as`.

use super::syntax::{is_token, parameters, split_outside_quotes, Parameter};
use super::{shown, Raised};
use crate::fields::Context;
use crate::{url_check, Severity};

/// The hints that make a browser fetch or connect ahead of time (HTML, "link types").
const RESOURCE_HINTS: &[&str] = &["preload", "modulepreload", "prefetch", "preconnect", "dns-prefetch"];

/// The destinations `as` may name on a preload (Fetch, "potential destination").
const DESTINATIONS: &[&str] = &[
    "fetch",
    "audio",
    "audioworklet",
    "document",
    "embed",
    "font",
    "frame",
    "iframe",
    "image",
    "json",
    "manifest",
    "object",
    "paintworklet",
    "report",
    "script",
    "serviceworker",
    "sharedworker",
    "style",
    "track",
    "video",
    "webidentity",
    "worker",
    "xslt",
];

/// Whether `text` is a media type: `type/subtype`, each a token, parameters after a `;`.
fn is_media_type(text: &str) -> bool {
    let essence = text.split(';').next().unwrap_or_default().trim();
    essence.split_once('/').is_some_and(|(kind, subtype)| is_token(kind) && is_token(subtype))
}

/// The scheme of an absolute URI reference, in lower case; `None` for a relative one.
fn scheme(target: &str) -> Option<String> {
    let (scheme, _) = target.split_once(':')?;
    let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic()) && scheme.bytes().all(|byte| byte.is_ascii_alphanumeric() || b"+-.".contains(&byte));
    is_scheme.then(|| scheme.to_ascii_lowercase())
}

/// A link's parameters: `name=value` as elsewhere, and also a bare name, which RFC 8288's
/// link-param allows (`crossorigin` on a preload).
fn link_parameters(parts: &[&str]) -> Option<Vec<Parameter>> {
    let mut all = Vec::with_capacity(parts.len());
    for part in parts {
        if !part.contains('=') && is_token(part) {
            all.push(Parameter { name: part.to_ascii_lowercase(), value: String::new(), quoted: false });
        } else {
            all.extend(parameters(std::slice::from_ref(part))?);
        }
    }
    Some(all)
}

/// A link's target and parameters, once `problem` has found none.
fn parts(link: &str) -> Option<(&str, Vec<Parameter>)> {
    let (target, rest) = link.strip_prefix('<')?.split_once('>')?;
    Some((target, link_parameters(&split_outside_quotes(rest, ';')[1..])?))
}

/// Why browsers skip the resource hints of a readable link, if they do.
fn hint_problem(target: &str, parameters: &[Parameter], base_scheme: Option<&str>) -> Option<String> {
    let rel = parameters.iter().find(|parameter| parameter.name == "rel")?.value.to_ascii_lowercase();
    let hint = rel.split_ascii_whitespace().find(|token| RESOURCE_HINTS.contains(token))?;
    let target_scheme = scheme(target).or(base_scheme.map(str::to_string));
    if let Some(other) = target_scheme.filter(|scheme| scheme != "http" && scheme != "https") {
        return Some(format!("is a {hint} of a {other}: URI; browsers act on http and https targets only"));
    }
    if hint == "preload" {
        let destination = parameters.iter().find(|parameter| parameter.name == "as").map(|parameter| parameter.value.to_ascii_lowercase());
        return match destination {
            None => Some("is a preload without as, so browsers do not know what it is for and do not use it".into()),
            Some(destination) if !DESTINATIONS.contains(&destination.as_str()) => {
                Some(format!("is a preload with as={destination}, which is no destination browsers know, so they skip it"))
            }
            Some(_) => None,
        };
    }
    None
}

/// What is wrong with one link-value, if anything.
fn problem(link: &str) -> Option<&'static str> {
    let Some(rest) = link.strip_prefix('<') else { return Some("does not start with a URI in angle brackets") };
    let Some((target, rest)) = rest.split_once('>') else { return Some("does not close its angle bracket") };
    if target.contains(char::is_whitespace) {
        return Some("has a space in its URI");
    }
    let parts = split_outside_quotes(rest, ';');
    if !parts.first().is_some_and(|first| first.is_empty()) {
        return Some("has text between the URI and its first semicolon");
    }
    let Some(parameters) = link_parameters(&parts[1..]) else { return Some("has a parameter that is not name=value") };
    let rels = parameters.iter().filter(|parameter| parameter.name == "rel").count();
    let value = |name: &str| parameters.iter().find(|parameter| parameter.name == name).map(|parameter| parameter.value.as_str());
    match rels {
        0 => Some("has no rel parameter"),
        1 if value("anchor").is_some_and(|anchor| url_check::reference_problem(anchor).is_some()) => Some("has an anchor that is not a URI reference"),
        1 if value("type").is_some_and(|media_type| !is_media_type(media_type)) => Some("has a type that is not a media type (such as text/html)"),
        1 => None,
        _ => Some("has rel more than once"),
    }
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let base_scheme = context.url.and_then(scheme);
    for field in context.all("link") {
        for link in split_outside_quotes(&field.value, ',').into_iter().filter(|link| !link.is_empty()) {
            let readable = parts(link).filter(|_| problem(link).is_none());
            if let Some((target, parameters)) = &readable {
                if parameters.iter().any(|parameter| parameter.name == "rev") {
                    raised.flag(
                        "link-rev",
                        "Link",
                        Severity::Advice,
                        "A Link with rev".into(),
                        format!(
                            "The link {} has rev, which RFC 8288 dropped (section 3.3): clients ignore it, and readers took it the wrong way round anyway.",
                            shown(&field.name, link)
                        ),
                        "Say the relation with rel, from the context to the target (rel=\"next\" rather than rev=\"prev\"), and drop rev.".into(),
                    );
                }
                if let Some(problem) = hint_problem(target, parameters, base_scheme.as_deref()) {
                    raised.flag(
                        "link-hint-ignored",
                        "Link",
                        Severity::Warning,
                        "A Link resource hint browsers skip".into(),
                        format!("The link {} {problem}: the page loads as if the hint were not there.", shown(&field.name, link)),
                        "Point resource hints at http or https URLs, and give a preload its destination: <https://cdn.example.com/app.css>; rel=preload; as=style.".into(),
                    );
                }
            }
            if let Some(problem) = problem(link) {
                raised.flag(
                    "link-malformed",
                    "Link",
                    Severity::Warning,
                    "A Link that cannot be read".into(),
                    format!("The link {} {problem} (RFC 8288 section 3), so clients skip it: a preload does not happen, a pagination client stops.", shown(&field.name, link)),
                    "Write each link as <https://example.com/page/2>; rel=\"next\", links separated by commas, parameter values quoted when they hold anything but letters, digits and -.".into(),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{hint_problem, parts, problem};

    #[test]
    fn links() {
        for good in [
            "<https://example.com/2>; rel=\"next\"",
            "</style.css>; rel=preload; as=style",
            "<a>;rel=\"x y\";title*=UTF-8'de'n%c3%a4chstes",
            "</foo>; rel=\"bar\"; anchor=\"#a\"; type=\"text/html; charset=utf-8\"",
            "</font.woff2>; rel=preload; as=font; crossorigin",
            "</a>; rel=next;",
        ] {
            assert_eq!(problem(good), None, "{good}");
        }
        for bad in [
            "https://example.com/; rel=next",
            "<https://example.com/; rel=next",
            "<a>; as=style",
            "<a> rel=next",
            "<a>; rel=next; rel=prev",
            "<a b>; rel=next",
            "</foo>; rel=\"bar\"; anchor=\"{blah}\"",
            "</foo>; rel=\"bar\"; type=\"{blah}\"",
        ] {
            assert!(problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn resource_hints() {
        let hint = |link: &str, base: Option<&str>| {
            let (target, parameters) = parts(link).unwrap();
            hint_problem(target, &parameters, base)
        };
        assert_eq!(hint("</main.css>; rel=\"preload\"; as=\"style\"", Some("https")), None);
        assert_eq!(hint("<https://cdn.example.com>; rel=\"preconnect dns-prefetch\"", None), None);
        assert_eq!(hint("</style.css>; rel=stylesheet", Some("ftp")), None);
        assert!(hint("<javascript:alert(1)>; rel=\"preload\"; as=script", None).is_some());
        assert!(hint("</x>; rel=prefetch", Some("ftp")).is_some());
        assert!(hint("</font.woff2>; rel=preload", None).is_some());
        assert!(hint("</font.woff2>; rel=preload; as=woff2", None).is_some());
    }
}
