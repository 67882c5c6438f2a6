//! `Clear-Site-Data` (W3C Clear Site Data): a list of quoted types of data for the
//! browser to clear, usually sent on signing out. Browsers skip a type they do not know or one
//! written without its quotes, so a sign-out that means to clear everything may clear nothing.

use super::syntax::{split_outside_quotes, unquoted};
use super::{shown, Raised};
use crate::fields::Context;
use crate::{mask, Severity};

/// The types browsers clear (the standard's four and `*`, and Chrome's cache variants).
const TYPES: &[&str] = &["cache", "cookies", "storage", "executionContexts", "clientHints", "prefetchCache", "prerenderCache", "*"];

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some((name, value)) = context.combined("clear-site-data") else { return };
    let mut skipped: Vec<String> = Vec::new();
    let mut cleared = 0;
    for member in split_outside_quotes(&value, ',') {
        match unquoted(member) {
            Some(kind) if TYPES.contains(&kind.as_str()) => cleared += 1,
            Some(kind) if kind.is_empty() => skipped.push("an empty string".into()),
            Some(kind) => skipped.push(format!("\"{}\", which is no type of data browsers clear", mask::text(&kind))),
            None if TYPES.contains(&member) => skipped.push(format!("{member} without quotes")),
            None if member.is_empty() => skipped.push("an empty member".into()),
            None => skipped.push(format!("{}, which is neither quoted nor a type of data", mask::text(member))),
        }
    }
    if skipped.is_empty() {
        return;
    }
    raised.flag(
        "clear-site-data-invalid",
        "Clear-Site-Data",
        Severity::Warning,
        "Clear-Site-Data has values browsers skip".into(),
        format!(
            "Clear-Site-Data: {} holds {}: browsers skip such values, so {}.",
            shown(&name, &value),
            skipped.join(", "),
            if cleared == 0 {
                "nothing is cleared, and after a sign-out the session's data stays in the browser"
            } else {
                "less is cleared than the field names"
            }
        ),
        "Quote each type: Clear-Site-Data: \"cache\", \"cookies\", \"storage\" (or \"*\" for all of them).".into(),
    );
}
