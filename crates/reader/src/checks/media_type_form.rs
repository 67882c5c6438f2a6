//! Content-Type's media type and parameters in forms that parse but mislead (RFC 6838 section
//! 4.2, RFC 9110 section 5.6.6): names outside the registrable alphabet, a parameter given twice,
//! a value in single quotes (which are not quotes in HTTP), and `name*` parameters, whose extended
//! form (RFC 8187) only fields such as Content-Disposition define. The syntax itself is
//! `content_type`'s to check.

use super::syntax::{is_token, parameters, split_outside_quotes};
use super::{shown, Raised};
use crate::fields::Context;
use crate::Severity;

/// The longest type or subtype name RFC 6838 registers.
const LONGEST_NAME: usize = 127;

/// An RFC 6838 `restricted-name`: a letter or digit, then letters, digits and `!#$&-^_.+`.
fn is_restricted_name(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes.next().is_some_and(|first| first.is_ascii_alphanumeric())
        && bytes.all(|byte| byte.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&byte))
        && name.len() <= LONGEST_NAME
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some(field) = context.first("content-type") else { return };
    let parts = split_outside_quotes(field.value.trim(), ';');
    let Some((kind, subtype)) = parts.first().and_then(|media_type| media_type.split_once('/')).filter(|(kind, subtype)| is_token(kind) && is_token(subtype))
    else {
        return;
    };
    let Some(parameters) = parameters(&parts[1..]) else { return };
    if let Some(name) = [kind, subtype].into_iter().find(|name| !is_restricted_name(name)) {
        raised.flag(
            "media-type-name-invalid",
            &field.name,
            Severity::Advice,
            format!("{}: {} is not a registrable media type name", field.name, shown(&field.name, name)),
            format!("Media type names start with a letter or digit and hold at most {LONGEST_NAME} letters, digits and !#$&-^_.+ (RFC 6838 section 4.2); {} is none, so no registry knows the type and clients that check names refuse it.", shown(&field.name, name)),
            "Send the registered type for the content (application/json, text/html…), or a vnd. name built from those characters.".into(),
        );
    }
    let mut seen: Vec<&str> = Vec::new();
    for parameter in &parameters {
        if seen.contains(&parameter.name.as_str()) {
            raised.flag(
                "content-type-parameter-repeated",
                &field.name,
                Severity::Warning,
                format!("{}: {} given twice", field.name, parameter.name),
                format!("{} names {} more than once; clients take the first, the last, or reject the type, so the content is decoded differently from one to the next.", shown(&field.name, &field.value), parameter.name),
                format!("Send {} once; look for a framework and a proxy each appending their own.", parameter.name),
            );
        }
        seen.push(&parameter.name);
        let single_quoted = !parameter.quoted && parameter.value.len() >= 2 && parameter.value.starts_with('\'') && parameter.value.ends_with('\'');
        if single_quoted {
            raised.flag(
                "content-type-parameter-malformed",
                &field.name,
                Severity::Warning,
                format!("{}: {} in single quotes", field.name, parameter.name),
                format!("HTTP quotes with double quotes only, so in {}={} the single quotes are part of the value, and a client looks up a {} named with them, finds none, and falls back to its default.", parameter.name, parameter.value, parameter.name),
                format!("Write {}={} without quotes, or in double quotes.", parameter.name, parameter.value.trim_matches('\'')),
            );
        }
        if let Some(base) = parameter.name.strip_suffix('*') {
            raised.flag(
                "content-type-parameter-malformed",
                &field.name,
                Severity::Warning,
                format!("{}: {} in the extended form", field.name, parameter.name),
                format!("The name*=charset'language'value form (RFC 8187) belongs to fields that define it, such as Content-Disposition's filename*; media types do not, so clients read {} as an unknown parameter and {base} as absent.", parameter.name),
                format!("Write {base}=value, quoting the value if it holds separators; a charset is always plain ASCII."),
            );
        }
    }
}
