//! CORS (the Fetch standard's CORS protocol): the `Access-Control-*` fields against the
//! request's `Origin`.

use super::words::{digits, listed};
use super::Context;
use crate::parse::Field;
use crate::{http_date, mask, url, Detail, Reading};

fn list_of(context: &Context, name: &str) -> Vec<String> {
    context.combined(name).map(|(_, value)| value.split(',').map(str::trim).filter(|item| !item.is_empty()).map(mask::text).collect()).unwrap_or_default()
}

/// What the CORS fields tell a browser, against the request's `Origin`.
pub(crate) struct CorsVerdict {
    pub(crate) reading: Reading,
    pub(crate) missing: bool,
    pub(crate) mismatch: bool,
    pub(crate) wildcard_with_credentials: bool,
    pub(crate) several_origins: bool,
}

/// `Access-Control-*` against the request's `Origin`.
pub(crate) fn cors(context: &Context) -> Option<CorsVerdict> {
    let allow_fields: Vec<&Field> = context.all("access-control-allow-origin").collect();
    let request_origin = context.request_field("origin").map(str::trim).filter(|origin| !origin.is_empty());
    let any_cors_field = context.fields.iter().any(|field| field.name_starts_with("access-control-"));
    if !any_cors_field && request_origin.is_none() {
        return None;
    }
    // A same-origin request needs no CORS fields.
    let same_origin = request_origin.zip(context.url.and_then(url::origin)).is_some_and(|(origin, target)| origin.eq_ignore_ascii_case(&target));
    if !any_cors_field && same_origin {
        return None;
    }
    let allow_value = (!allow_fields.is_empty()).then(|| allow_fields.iter().map(|field| field.value.trim()).collect::<Vec<_>>().join(", "));
    let several_origins = allow_fields.len() > 1 || allow_value.as_deref().is_some_and(|value| value.contains(',') || value.contains(' '));
    let credentials = context.first("access-control-allow-credentials").is_some_and(|field| field.value.trim() == "true");
    let wildcard = allow_value.as_deref() == Some("*");
    let origin_allowed = match (request_origin, allow_value.as_deref()) {
        (_, Some(_)) if several_origins => Some(false),
        (Some(_), Some("*")) => Some(!credentials),
        (Some(origin), Some(allowed)) => Some(origin == allowed),
        (Some(_), None) => Some(same_origin),
        (None, _) => None,
    };
    let shown_origin = request_origin.map(mask::text);
    let shown_allowed = allow_value.as_deref().map(mask::text);
    let missing = request_origin.is_some() && allow_value.is_none() && !same_origin;
    let mismatch = !several_origins && !wildcard && allow_value.is_some() && request_origin.is_some() && origin_allowed == Some(false);
    let wildcard_with_credentials = wildcard && credentials;
    let mut sentences: Vec<String> = Vec::new();
    match (&shown_origin, &shown_allowed) {
        (_, Some(allowed)) if several_origins => {
            sentences.push(format!("Access-Control-Allow-Origin holds several values ({allowed}); browsers accept exactly one origin or *, so they reject the response."))
        }
        (_, Some(_)) if wildcard_with_credentials => sentences.push(
            "Access-Control-Allow-Origin: * cannot be combined with Access-Control-Allow-Credentials: true: browsers refuse the response to any request that carries cookies or HTTP authentication.".into(),
        ),
        (_, Some(_)) if wildcard => sentences.push("Scripts on any website may read this response, as long as the request carries no credentials (cookies, HTTP authentication).".into()),
        (Some(origin), Some(allowed)) if mismatch => {
            sentences.push(format!("The response allows {allowed}, but the request came from {origin}: the browser will block the script from reading it."))
        }
        (_, Some(allowed)) if allowed == "null" => sentences.push("It allows the origin null, which any sandboxed iframe or local file can claim: allow real origins instead.".into()),
        (_, Some(allowed)) => sentences.push(format!("Scripts on {allowed} may read this response{}.", if credentials { ", including with cookies and HTTP authentication" } else { "" })),
        (Some(origin), None) if missing => {
            let mut sentence = format!("The request came from {origin}, and the response has no Access-Control-Allow-Origin: the browser will not let the script read it.");
            if context.code >= 400 {
                sentence.push_str(&format!(" Error responses from proxies and frameworks often lack CORS headers, so the real problem may be the {} itself: fix that first.", context.code));
            }
            sentences.push(sentence);
        }
        _ => {}
    }
    let allow_methods = list_of(context, "access-control-allow-methods");
    let allow_headers = list_of(context, "access-control-allow-headers");
    let expose_headers = list_of(context, "access-control-expose-headers");
    let max_age = context.first("access-control-max-age").and_then(|field| digits(field.value.trim())).map(|seconds| seconds.min(i64::MAX as u64) as i64);
    if !allow_methods.is_empty() {
        sentences.push(format!("A preflight allows the methods {}.", listed(&allow_methods)));
    }
    if !allow_headers.is_empty() {
        sentences.push(format!("Requests may send the headers {}.", listed(&allow_headers)));
    }
    if !expose_headers.is_empty() {
        sentences.push(format!("Scripts may also read the response headers {}.", listed(&expose_headers)));
    }
    if let Some(max_age) = max_age {
        sentences.push(format!("The browser may cache this preflight for {}.", http_date::duration(max_age)));
    }
    if allow_value.is_some() && !wildcard && !several_origins && !list_of(context, "vary").iter().any(|field| field.eq_ignore_ascii_case("origin")) {
        sentences.push("Without Vary: Origin, a cache may serve this answer to requests from other origins.".into());
    }
    if sentences.is_empty() {
        return None;
    }
    let mut fields: Vec<String> = context.fields.iter().filter(|field| field.name_starts_with("access-control-")).map(|field| field.name.clone()).collect();
    fields.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    if fields.is_empty() {
        // Nothing in the response: what was read is the request's Origin.
        fields.extend(context.request.and_then(|request| request.fields.iter().find(|field| field.is("origin"))).map(|field| field.name.clone()));
    }
    Some(CorsVerdict {
        reading: Reading {
            fields,
            sentence: sentences.join(" "),
            detail: Detail::Cors {
                allow_origin: shown_allowed,
                request_origin: shown_origin,
                origin_allowed,
                credentials,
                allow_methods,
                allow_headers,
                expose_headers,
                max_age,
            },
        },
        missing,
        mismatch,
        wildcard_with_credentials,
        several_origins,
    })
}
