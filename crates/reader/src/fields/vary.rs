//! `Vary` (RFC 9110 section 12.5.5): what caches key their copies on.

use super::words::listed;
use super::Context;
use crate::{mask, Detail, Reading};

/// The field names a `Vary` value lists, as written.
pub(crate) fn varied_fields(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|field| !field.is_empty())
}

/// `Vary`: what caches key their copies on.
pub(crate) fn vary(context: &Context) -> Option<Reading> {
    let (name, value) = context.combined("vary")?;
    let fields: Vec<String> = varied_fields(&value).map(mask::text).collect();
    let has = |wanted: &str| fields.iter().any(|field| field.eq_ignore_ascii_case(wanted));
    let mut sentence = if has("*") {
        "Vary: * means the response depends on more than the request's fields, so no cache can reuse it for another request.".to_string()
    } else {
        format!("Caches keep a separate copy for each value of {} in the request.", listed(&fields))
    };
    if has("origin") {
        sentence.push_str(" Varying on Origin keeps one origin's CORS answer from being served to another.");
    }
    if has("cookie") || has("authorization") {
        sentence.push_str(" Varying on Cookie or Authorization makes a copy per user, which shared caches can rarely reuse.");
    }
    if has("user-agent") {
        sentence.push_str(" Varying on User-Agent splits the cache into thousands of copies, one per browser version.");
    }
    Some(Reading { fields: vec![name], sentence, detail: Detail::Vary { fields } })
}
