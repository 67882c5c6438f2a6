//! `Deprecation` (RFC 9745) and `Sunset` (RFC 8594), with the `Link` (RFC 8288) each may point to.

use super::words::unreadable;
use super::Context;
use crate::structured::{self, Bare};
use crate::{http_date, mask, url, Detail, Reading};

/// The first `Link` target with this relation type (`deprecation`, `sunset`).
fn link_with_relation(context: &Context, relation: &str) -> Option<String> {
    let (_, value) = context.combined("link")?;
    let mut rest = value.as_str();
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>')? + start;
        let target = &rest[start + 1..end];
        let parameters_end = rest[end..].find('<').map_or(rest.len(), |next| next + end);
        let parameters = &rest[end + 1..parameters_end];
        let relations = parameters
            .split(';')
            .filter_map(|parameter| parameter.trim().strip_prefix("rel="))
            .map(|relations| relations.trim_matches(|c: char| c == '"' || c == ',' || c.is_whitespace()));
        if relations.flat_map(str::split_whitespace).any(|candidate| candidate.eq_ignore_ascii_case(relation)) {
            let resolved = context.url.and_then(|base| url::resolve(base, target)).unwrap_or_else(|| target.to_string());
            return Some(mask::text(&resolved));
        }
        rest = &rest[parameters_end..];
    }
    None
}

/// "in 3 days" or "2 hours ago", against now (or the response's Date).
fn relative(context: &Context, at: i64) -> Option<String> {
    let present = context.present()?;
    Some(if at >= present {
        format!("in {}", http_date::duration(at.saturating_sub(present)))
    } else {
        format!("{} ago", http_date::duration(present.saturating_sub(at)))
    })
}

/// `Deprecation` (RFC 9745: `@1688169599`; older drafts: `true` or an HTTP-date).
pub(crate) fn deprecation(context: &Context) -> Option<Reading> {
    let field = context.first("deprecation")?;
    let value = field.value.trim();
    let at = match structured::item(value).map(|item| item.bare) {
        Some(Bare::Date(at)) => Some(at),
        Some(Bare::Boolean(true)) => None,
        Some(Bare::Token(token)) if token.eq_ignore_ascii_case("true") => None,
        _ => match http_date::parse(value) {
            Some(at) => Some(at),
            None => return Some(unreadable(&field.name, value, "a date such as @1688169599")),
        },
    };
    let link = link_with_relation(context, "deprecation");
    let date = at.map(http_date::format);
    let mut sentence = match (at, &date) {
        (Some(at), Some(date)) if context.present().is_some_and(|present| at > present) => {
            format!("This will be deprecated on {date} ({}): plan to move off it.", relative(context, at).unwrap_or_default())
        }
        (Some(_), Some(date)) => format!("Deprecated since {date}: it still works, but plan to move off it."),
        _ => "Deprecated: it still works, but plan to move off it.".to_string(),
    };
    if let Some(link) = &link {
        sentence.push_str(&format!(" The migration notes are at {link}."));
    }
    let mut fields = vec![field.name.clone()];
    if link.is_some() {
        fields.extend(context.first("link").map(|field| field.name.clone()));
    }
    Some(Reading { fields, sentence, detail: Detail::Deprecation { at, date, link } })
}

/// `Sunset` (RFC 8594): when the resource is expected to stop responding.
pub(crate) fn sunset(context: &Context) -> Option<Reading> {
    let field = context.first("sunset")?;
    let Some(at) = http_date::parse(&field.value) else {
        return Some(unreadable(&field.name, &field.value, "an HTTP-date such as Sat, 31 Dec 2033 23:59:59 GMT"));
    };
    let date = http_date::format(at);
    let link = link_with_relation(context, "sunset");
    let mut sentence = match relative(context, at) {
        Some(when) if when.ends_with("ago") => format!("This was due to stop responding on {date} ({when}): it may disappear at any moment."),
        Some(when) => format!("This is expected to stop responding after {date} ({when})."),
        None => format!("This is expected to stop responding after {date}."),
    };
    if let Some(link) = &link {
        sentence.push_str(&format!(" More at {link}."));
    }
    Some(Reading { fields: vec![field.name.clone()], sentence, detail: Detail::Sunset { at, date, link } })
}
