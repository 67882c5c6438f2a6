//! `Allow` (RFC 9110 section 10.2.1).

use super::words::listed;
use super::Context;
use crate::{mask, Detail, Reading};

/// `Allow`, against the method that was sent.
pub(crate) fn allow(context: &Context) -> Option<Reading> {
    let (name, value) = context.combined("allow")?;
    let methods: Vec<String> = value.split(',').map(str::trim).filter(|method| !method.is_empty()).map(mask::text).collect();
    let request_method_allowed = context.method.map(|method| methods.iter().any(|allowed| allowed == method));
    let mut sentence = if methods.is_empty() {
        "Allow is empty: the resource accepts no method at the moment.".to_string()
    } else {
        format!("The resource accepts {}.", listed(&methods))
    };
    match (context.method, request_method_allowed) {
        (Some(method), Some(false)) => sentence.push_str(&format!(" The request was a {method}, which is not one of them.")),
        (Some(method), Some(true)) if context.code == 405 => sentence.push_str(&format!(
            " The request was a {method}, which the list includes: the server contradicts itself, or something in between changed the method."
        )),
        _ => {}
    }
    Some(Reading {
        fields: vec![name],
        sentence,
        detail: Detail::Allow { methods, request_method: context.method.map(str::to_string), request_method_allowed },
    })
}
