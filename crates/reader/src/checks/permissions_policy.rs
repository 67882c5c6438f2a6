//! `Permissions-Policy` (W3C Permissions Policy): a structured dictionary of features
//! and allowlists, each `*`, `self`, or an inner list of `self`, `*` and quoted origins, `()`
//! allowing no one. A field that is not a dictionary (often Feature-Policy's older syntax) is
//! ignored whole; an allowlist member browsers cannot read is skipped, which for a quoted
//! "self" blocks the feature for the site itself. Powerful features opened to every origin are
//! noted.

use super::{shown, Raised};
use crate::fields::Context;
use crate::structured::{self, Bare, Item, Member};
use crate::{mask, Severity};

/// Features that reach the user's devices, location or money.
const POWERFUL_FEATURES: &[&str] = &[
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "serial",
    "hid",
    "bluetooth",
    "display-capture",
    "magnetometer",
    "accelerometer",
    "gyroscope",
    "screen-wake-lock",
];

/// Why browsers skip an allowlist member, and whether that changes what the policy does; `None`
/// for a member they read.
fn member_problem(feature: &str, item: &Item) -> Option<(String, bool)> {
    let feature = mask::text(feature);
    Some(match &item.bare {
        Bare::Token(keyword) if keyword == "self" || keyword == "*" => return None,
        Bare::Token(keyword) if keyword == "none" => {
            (format!("{feature} lists none, which is no keyword: () is how to allow no one (none happens to block all the same)"), false)
        }
        Bare::Token(keyword) => (format!("{feature} lists {}, which is no keyword (only self and * are)", mask::text(keyword)), true),
        Bare::String(text) if ["self", "*", "none", "src"].contains(&text.as_str()) => {
            (format!("{feature} lists \"{text}\" in quotes, which reads as an origin, not the keyword, so it allows no one"), true)
        }
        Bare::String(text) if !text.contains("://") => {
            (format!("{feature} lists \"{}\", which is not an origin (such as \"https://example.com\")", mask::text(text)), true)
        }
        Bare::String(_) => return None,
        _ => (format!("{feature} lists a value that is neither a keyword nor a quoted origin"), true),
    })
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some((name, value)) = context.combined("permissions-policy") else { return };
    let Some(features) = structured::dictionary(&value) else {
        let older = value.contains('\'') || value.contains(';');
        raised.flag(
            "permissions-policy-malformed",
            "Permissions-Policy",
            Severity::Warning,
            "Permissions-Policy cannot be read".into(),
            format!(
                "Permissions-Policy: {} is not a list of feature=allowlist pairs{}, so browsers ignore the whole field and every feature keeps its default.",
                shown(&name, &value),
                if older { " (it looks like Feature-Policy's syntax, feature 'self'; feature 'none')" } else { "" }
            ),
            "Write each feature as name=allowlist, separated by commas: Permissions-Policy: camera=(), geolocation=(self \"https://maps.example.com\"), fullscreen=*.".into(),
        );
        return;
    };
    let mut problems: Vec<(String, bool)> = Vec::new();
    let mut open: Vec<String> = Vec::new();
    for (feature, member) in &features {
        let everyone = match member {
            Member::Item(item) => match &item.bare {
                Bare::Token(keyword) if keyword == "*" => true,
                _ => {
                    problems.extend(member_problem(feature, item));
                    false
                }
            },
            Member::Inner(items, _) => {
                problems.extend(items.iter().filter_map(|item| member_problem(feature, item)));
                items.iter().any(|item| item.bare == Bare::Token("*".into()))
            }
        };
        if everyone && POWERFUL_FEATURES.contains(&feature.as_str()) {
            open.push(mask::text(feature));
        }
    }
    if !problems.is_empty() {
        let harmful = problems.iter().any(|(_, harmful)| *harmful);
        raised.flag(
            "permissions-policy-allowlist-invalid",
            "Permissions-Policy",
            if harmful { Severity::Warning } else { Severity::Advice },
            "Permissions-Policy has an allowlist member browsers skip".into(),
            format!(
                "In Permissions-Policy, {}: browsers skip such a member, so the feature is allowed to fewer origins than written.",
                problems.iter().map(|(problem, _)| problem.as_str()).collect::<Vec<_>>().join("; ")
            ),
            "Write allowlists as () for no one, self or * bare, and origins quoted inside parentheses: geolocation=(self \"https://maps.example.com\").".into(),
        );
    }
    if !open.is_empty() {
        raised.flag(
            "permissions-policy-wildcard",
            "Permissions-Policy",
            Severity::Advice,
            format!("Permissions-Policy allows {} to every origin", open.join(", ")),
            format!("Permissions-Policy gives {} the allowlist *, so any site this page embeds may ask the user for it once the frame's allow attribute delegates it.", open.join(", ")),
            format!("Allow {} to self and the origins that need it: {}=(self \"https://partner.example.com\").", open.join(", "), open[0]),
        );
    }
}
