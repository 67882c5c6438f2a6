//! `Link` (RFC 8288 section 3): each link a `<URI>` followed by `; name=value` parameters, one of
//! them `rel`. A link that breaks this is dropped by clients, which for a `preload` or a
//! pagination `next` means it silently does nothing.

use super::syntax::{parameters, split_outside_quotes};
use super::{shown, Raised};
use crate::fields::Context;
use crate::Severity;

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
    let Some(parameters) = parameters(&parts[1..]) else { return Some("has a parameter that is not name=value") };
    let rels = parameters.iter().filter(|parameter| parameter.name == "rel").count();
    match rels {
        0 => Some("has no rel parameter"),
        1 => None,
        _ => Some("has rel more than once"),
    }
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    for field in context.all("link") {
        for link in split_outside_quotes(&field.value, ',').into_iter().filter(|link| !link.is_empty()) {
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
    use super::problem;

    #[test]
    fn links() {
        for good in ["<https://example.com/2>; rel=\"next\"", "</style.css>; rel=preload; as=style", "<a>;rel=\"x y\";title*=UTF-8'de'n%c3%a4chstes"] {
            assert_eq!(problem(good), None, "{good}");
        }
        for bad in
            ["https://example.com/; rel=next", "<https://example.com/; rel=next", "<a>; as=style", "<a> rel=next", "<a>; rel=next; rel=prev", "<a b>; rel=next"]
        {
            assert!(problem(bad).is_some(), "{bad}");
        }
    }
}
