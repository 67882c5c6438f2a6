//! `Location` (RFC 9110 section 10.2.2), and the method of the request a redirect leads to
//! (section 15.4).

use super::words::{malformed, unreadable};
use super::Context;
use crate::{mask, url, url_check, Detail, Reading};

/// The method of the request a redirect leads to, and why.
fn next_method(code: u16, method: Option<&str>) -> (Option<String>, Option<String>) {
    match (code, method) {
        (303, Some("HEAD")) => (Some("HEAD".into()), Some("A 303 continues with a GET (HEAD stays HEAD).".into())),
        (303, _) => (Some("GET".into()), Some(format!("A 303 always continues with a GET{}.", method.map(|method| format!(", so the {method} becomes a GET")).unwrap_or_default()))),
        (301 | 302, Some("POST")) => (
            Some("GET".into()),
            Some("The POST becomes a GET on the next request: browsers and curl -L have always done this after a 301 or 302, and RFC 9110 allows it; send 307 or 308 to keep the POST and its body.".into()),
        ),
        // GET and HEAD go on as they are: nothing worth a sentence.
        (301 | 302 | 307 | 308, Some(method @ ("GET" | "HEAD"))) => (Some(method.to_string()), None),
        (301 | 302, Some(method)) => (Some(method.to_string()), Some(format!("The next request repeats the {method}."))),
        (301 | 302, None) => (None, Some("A POST would become a GET on the next request (what browsers and curl -L do after a 301 or 302); other methods are kept.".into())),
        (307 | 308, Some(method)) => {
            let body = if matches!(method, "POST" | "PUT" | "PATCH") { " with the same body" } else { "" };
            (Some(method.to_string()), Some(format!("The next request repeats the {method}{body}: a {code} never changes the method.")))
        }
        (307 | 308, None) => (None, Some(format!("The next request keeps the method and the body: a {code} never changes them."))),
        _ => (None, None),
    }
}

/// `Location`, resolved against the request URL; for redirects, the next request's method.
pub(crate) fn location(context: &Context) -> Option<(Reading, Option<String>)> {
    let field = context.first("location")?;
    let value = field.value.trim();
    if value.is_empty() {
        return Some((unreadable(&field.name, value, "a URL"), None));
    }
    // Where a malformed Location leads depends on the client's repairs, so none is shown.
    if let Some(problem) = url_check::reference_problem(value) {
        let consequence = "Browsers repair such a Location each their own way and other clients stop, so where it leads is not shown here.";
        return Some((malformed(&field.name, value, "a valid URL", format!("{problem} {consequence}")), None));
    }
    let absolute = url::split(value).scheme.is_some();
    let resolved = match context.url {
        Some(base) => url::resolve(base, value),
        None if absolute => url::resolve(value, value),
        None => None,
    };
    let base_guessed = context.url_guessed && !absolute;
    let shown = mask::text(value);
    let target = match &resolved {
        Some(resolved) if !absolute => {
            format!("{} ({shown} resolved against the request URL{})", mask::text(resolved), if base_guessed { ", taking it to be https" } else { "" })
        }
        Some(resolved) => mask::text(resolved),
        None => format!("{shown}, relative to the URL that was requested (which the text does not show)"),
    };
    let (next_method, method_note) = next_method(context.code, context.method);
    let mut sentence = match context.code {
        301 | 308 => format!("Moved permanently to {target}: update links and bookmarks."),
        302 | 307 => format!("Redirects to {target} for now; keep using the original URL."),
        303 => format!("The result is at {target}."),
        300 => format!("The server's preferred choice is {target}."),
        201 => format!("The new resource is at {target}."),
        _ => format!("Points to {target}."),
    };
    if let Some(note) = method_note {
        sentence.push(' ');
        sentence.push_str(&note);
    }
    let reading = Reading {
        fields: vec![field.name.clone()],
        sentence,
        detail: Detail::Location { value: shown, resolved: resolved.as_deref().map(mask::text), base_guessed, next_method },
    };
    Some((reading, resolved))
}
