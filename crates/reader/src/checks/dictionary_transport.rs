//! `Use-As-Dictionary` (RFC 9842, compression dictionary transport): a Structured Field
//! Dictionary telling the browser to keep this response as a dictionary for later requests that
//! match `match` (a URL pattern String, required), optionally only for the destinations in
//! `match-dest` (an Inner List of Strings), under an `id` (a String) and of a `type` (a Token).
//! A member of the wrong type makes the browser ignore the whole field. (Whether a response
//! compressed with a dictionary varies on it is `content_coding`'s to say.)

use super::Raised;
use crate::fields::Context;
use crate::structured::{self, Bare, Member};

/// What is wrong with the dictionary's members, if anything.
fn problem(members: &[(String, Member)]) -> Option<&'static str> {
    let bare = |key: &str| members.iter().find(|(name, _)| name == key).map(|(_, member)| member.item().map(|item| &item.bare));
    match bare("match") {
        None => return Some("has no match pattern"),
        Some(Some(Bare::String(_))) => {}
        Some(_) => return Some("gives match as something other than a quoted URL pattern"),
    }
    if let Some((_, member)) = members.iter().find(|(name, _)| name == "match-dest") {
        let strings = matches!(member, Member::Inner(items, _) if items.iter().all(|item| matches!(item.bare, Bare::String(_))));
        if !strings {
            return Some("gives match-dest as something other than a list of quoted destinations");
        }
    }
    if bare("id").is_some_and(|id| !matches!(id, Some(Bare::String(_)))) {
        return Some("gives id as something other than a quoted string");
    }
    if bare("type").is_some_and(|kind| !matches!(kind, Some(Bare::Token(_)))) {
        return Some("gives type as something other than a token such as raw");
    }
    None
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some((name, value)) = context.combined("use-as-dictionary") else { return };
    let trouble = match structured::dictionary(&value) {
        None => Some("is not a structured dictionary"),
        Some(members) => problem(&members),
    };
    if let Some(trouble) = trouble {
        raised.malformed(
            &name,
            &value,
            "a dictionary such as match=\"/js/app.*.js\", match-dest=(\"script\")",
            &format!("it {trouble}, and browsers ignore the field: the response is never used as a dictionary"),
        );
    }
}
