//! `Vary` (RFC 9110 section 12.5.5) as caches suffer it: `*`, which no cache can match, fields
//! that split the cache for nothing, names that are not field names, and lists so long that a
//! cache seldom finds a copy to reuse. What Vary means is read in `fields::vary`, from the same
//! list.

use super::syntax::is_token;
use super::{shown, Raised};
use crate::fields::{listed, varied_fields, Context};
use crate::Severity;

/// More varied fields than this, and a cache keeps a copy per combination of their values. Four
/// leaves out Accept-Encoding with the three fields CORS middleware adds (Origin and the two
/// Access-Control-Request fields), which is common and harmless.
const LONGEST_USUAL_LIST: usize = 4;

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some((name, value)) = context.combined("vary") else { return };
    let fields: Vec<&str> = varied_fields(&value).collect();
    let lower: Vec<String> = fields.iter().map(|field| field.to_ascii_lowercase()).collect();
    if lower.iter().any(|field| field == "*") {
        raised.flag(
            "vary-asterisk",
            "Vary",
            Severity::Advice,
            "Vary: * makes the response uncacheable".into(),
            "Vary: * says the response depends on something outside the request, so no cache can ever reuse it, whatever Cache-Control allows.".into(),
            "List the request fields the response really depends on (such as Accept-Encoding), or send Cache-Control: no-store if it must not be cached."
                .into(),
        );
    }
    if lower.iter().any(|field| field == "user-agent") {
        raised.flag(
            "vary-user-agent",
            "Vary",
            Severity::Advice,
            "Vary: User-Agent".into(),
            "User-Agent differs for almost every browser version, so caches keep a copy per version and rarely reuse any; many CDNs refuse to cache such responses.".into(),
            "Vary on what the response really depends on (Accept, Accept-Encoding, a Client Hint such as Sec-CH-UA-Mobile), or serve one response to all browsers.".into(),
        );
    }
    let mut pointless: Vec<String> = Vec::new();
    for (index, (field, lower_field)) in fields.iter().zip(&lower).enumerate() {
        if lower_field == "host" {
            pointless.push("Host, which is part of the URL caches already key on".into());
        } else if lower_field == "negotiate" {
            pointless.push("Negotiate, the request field of transparent negotiation (RFC 2295), which no browser sends".into());
        } else if lower[..index].contains(lower_field) {
            pointless.push(format!("{field} twice"));
        } else if *field != "*" && !is_token(field) {
            pointless.push(format!("{}, which is not a field name", shown(&name, field)));
        }
    }
    if !pointless.is_empty() {
        raised.flag(
            "vary-pointless",
            "Vary",
            Severity::Advice,
            "Vary lists fields that change nothing".into(),
            format!("Vary lists {}: caches gain nothing from it, and some treat a Vary they cannot read as Vary: *.", listed(&pointless)),
            "List each request field the response depends on once, by its name (on Apache, Negotiate comes from MultiViews: name files by their full name, or turn MultiViews off).".into(),
        );
    }
    let mut distinct: Vec<&String> = lower.iter().filter(|field| *field != "*").collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() > LONGEST_USUAL_LIST {
        raised.flag(
            "vary-long",
            "Vary",
            Severity::Advice,
            format!("Vary lists {} fields", distinct.len()),
            format!("A cache keeps one copy per combination of the values of the {} fields in Vary, so it seldom has the copy a request needs and mostly forwards requests; some CDNs do not cache such responses at all.", distinct.len()),
            "Vary on the fields that really change the response; move variants that need more (a device class, a preview) into the URL.".into(),
        );
    }
}
