//! The smaller things about one `Set-Cookie` line (rfc6265bis): a cookie too large to be stored
//! or large enough to weigh on every request, an attribute given twice (browsers keep the
//! last), attributes no standard browser reads, and a Max-Age written with a leading zero.
//! Apart from `set_cookie`, which checks what decides whether and how the cookie is kept.

use super::Raised;
use crate::{mask, Severity};
use std::collections::HashMap;

/// The most a cookie's name and value may weigh together: browsers drop a larger cookie whole
/// (rfc6265bis section 5.6).
const LARGEST_COOKIE_BYTES: usize = 4096;

/// Past this, a cookie still works but travels with every request to the site. Larger than
/// httplint's 128 bytes, which most session tokens (a signed JWT is 300 bytes or more) pass.
const LARGE_COOKIE_BYTES: usize = 1024;

/// Attributes that only some browsers read, or none, and what becomes of them.
fn nonstandard(attribute: &str) -> Option<&'static str> {
    match attribute {
        "version" => Some("Version belongs to RFC 2965's cookies, which RFC 6265 made obsolete; browsers skip it"),
        "comment" => Some("Comment belongs to RFC 2965's cookies, which RFC 6265 made obsolete; browsers skip it"),
        "priority" => Some("Priority is Chrome's own (which cookies to evict first) and no standard; other browsers skip it"),
        _ => None,
    }
}

/// `name` is the cookie's name, masked; `size` its name and value's length in bytes; the
/// attributes in lower case with their values, in order.
pub(super) fn check(raised: &mut Raised, name: &str, size: usize, attributes: &[(String, &str)]) {
    if size > LARGEST_COOKIE_BYTES {
        raised.flag(
            "set-cookie-too-large",
            "Set-Cookie",
            Severity::Error,
            format!("Set-Cookie: {name} is too large to be stored"),
            format!("The {name} cookie's name and value weigh {size} bytes; browsers drop a cookie over 4,096 bytes without a word, so it is never sent back."),
            format!("Keep {name} under 4 KB: store the data on the server and put only an identifier in the cookie, or split it."),
        );
    } else if size > LARGE_COOKIE_BYTES {
        raised.flag(
            "set-cookie-large",
            "Set-Cookie",
            Severity::Advice,
            format!("Set-Cookie: {name} is large ({size} bytes)"),
            format!("The {name} cookie weighs {size} bytes and travels with every request to the site, images and scripts included, and all of a site's cookies together must fit the request-header limits of servers and proxies."),
            format!("Keep {name} small: store the data on the server and put only an identifier in the cookie."),
        );
    }
    // Each attribute's first value, to tell a repeat that changes the value from one that does not.
    let mut first_values: HashMap<&str, &str> = HashMap::new();
    let mut repeated: Vec<&str> = Vec::new();
    let mut differing = false;
    for (attribute, value) in attributes.iter().filter(|(attribute, _)| !attribute.is_empty()) {
        match first_values.get(attribute.as_str()) {
            None => {
                first_values.insert(attribute, value);
            }
            Some(first) => {
                differing |= !first.eq_ignore_ascii_case(value);
                if !repeated.contains(&attribute.as_str()) {
                    repeated.push(attribute);
                }
            }
        }
    }
    if !repeated.is_empty() {
        let names = repeated.iter().map(|attribute| mask::text(attribute)).collect::<Vec<_>>().join(", ");
        raised.flag(
            "set-cookie-attribute-repeated",
            "Set-Cookie",
            if differing { Severity::Warning } else { Severity::Advice },
            format!("Set-Cookie: {name} gives {names} more than once"),
            if differing {
                format!("The {name} cookie gives {names} twice with different values; browsers keep the last one and drop the others, which is rarely what both writers meant (often a framework and the application each add it).")
            } else {
                format!("The {name} cookie gives {names} twice with the same value: harmless, browsers keep the last, but it usually means two layers each add the attribute.")
            },
            format!("Give each attribute of {name} once, from the one place that sets the cookie."),
        );
    }
    let mut noted: Vec<&str> = attributes.iter().filter_map(|(attribute, _)| nonstandard(attribute)).collect();
    noted.dedup();
    if !noted.is_empty() {
        raised.flag(
            "set-cookie-nonstandard-attribute",
            "Set-Cookie",
            Severity::Advice,
            format!("Set-Cookie: {name} has an attribute browsers do not all read"),
            format!("In the {name} cookie, {}: it does no harm, but it does not do what it may seem to.", noted.join(", and ")),
            "Leave out Version and Comment; keep Priority only if Chrome's eviction order matters to you.".into(),
        );
    }
    let leading_zero = attributes
        .iter()
        .rev()
        .find(|(attribute, _)| attribute == "max-age")
        .map(|(_, value)| *value)
        .filter(|age| age.len() > 1 && age.starts_with('0') && age.bytes().all(|byte| byte.is_ascii_digit()));
    if let Some(age) = leading_zero {
        let digits = match age.trim_start_matches('0') {
            "" => "0",
            digits => digits,
        };
        raised.flag(
            "set-cookie-max-age-leading-zero",
            "Set-Cookie",
            Severity::Advice,
            format!("Set-Cookie: {name} has a Max-Age with a leading zero"),
            format!("Max-Age={} starts with 0, which RFC 6265's grammar does not allow for a lifetime other than 0; browsers read the digits anyway, stricter cookie libraries may not.", mask::text(age)),
            format!("Write Max-Age without leading zeros: Max-Age={digits}."),
        );
    }
}
