//! Request fields that explain the status: conditions (RFC 9110 section 13.1) for 304 and 412,
//! `Range` and `If-Range` (sections 14.2 and 13.1.5) for 206 and 416, `Expect` (section 10.1.1)
//! for 100 and 417.

use super::Context;
use crate::{mask, Detail, Reading};

/// Request fields that explain the status: conditions for 304 and 412, ranges for 206 and
/// 416, expectations for 100 and 417.
pub(crate) fn request_fields(context: &Context) -> Vec<Reading> {
    let wanted: &[&str] = match context.code {
        304 => &["if-none-match", "if-modified-since"],
        412 => &["if-match", "if-unmodified-since", "if-none-match"],
        206 | 416 => &["range", "if-range"],
        100 | 417 => &["expect"],
        _ => &[],
    };
    let Some(request) = context.request else { return Vec::new() };
    wanted
        .iter()
        .filter_map(|name| request.fields.iter().find(|field| field.is(name)))
        .map(|field| {
            let value = mask::text(&field.value);
            let sentence = match (context.code, field.name.to_ascii_lowercase().as_str()) {
                (304, _) => format!("The request's {}: {value} matched, so the copy the client already holds is still good: reuse it.", field.name),
                (412, "if-none-match") if value.trim() == "*" => {
                    "The request said If-None-Match: *, create only if absent, and the resource already exists.".to_string()
                }
                (412, _) => format!(
                    "The request's condition {}: {value} did not hold: the resource changed since the client read it. Fetch it again, then retry.",
                    field.name
                ),
                (206, "range") => format!("The request asked for {value}."),
                (416, "range") => format!("The request asked for {value}, which lies outside the resource."),
                (_, "if-range") => format!("The request sent If-Range: {value}: the range applies only if the resource is unchanged."),
                (100, _) => format!("The request announced Expect: {value}; the server is ready for the body."),
                _ => format!("The server (or a proxy) refuses Expect: {value}: send the request again without it."),
            };
            Reading { fields: vec![field.name.clone()], sentence, detail: Detail::RequestField { field: field.name.clone(), value } }
        })
        .collect()
}
