//! Content coding (RFC 9110 sections 8.4 and 12.5.3): `Content-Encoding` names how the content
//! was compressed, and the client must know every coding, in order, to undo them. An unknown
//! coding, one applied twice, `identity`, or one the request did not accept leaves the client
//! with bytes it cannot read; so does a dictionary-compressed response (RFC 9842) that a cache
//! may hand to a client without the dictionary. Whether the content really decompresses cannot
//! be told from a paste: the tool that printed it decoded the bytes, or shows none.

use super::syntax::{is_token, split_outside_quotes};
use super::{shown, Raised};
use crate::fields::{varied_fields, Context};
use crate::Severity;

/// Content codings in the IANA registry, and the aliases RFC 9110 asks recipients to accept.
const KNOWN: &[&str] = &["gzip", "x-gzip", "deflate", "br", "zstd", "compress", "x-compress", "dcb", "dcz", "aes128gcm", "exi", "pack200-gzip", "identity"];

/// Whether the request's Accept-Encoding lets the client take `coding`: listed, or covered by
/// `*`, with a weight above zero (RFC 9110 section 12.5.3).
fn accepted(accept_encoding: &str, coding: &str) -> bool {
    let mut wildcard = None;
    for member in split_outside_quotes(accept_encoding, ',') {
        let mut parts = member.split(';');
        let name = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
        let weight_positive = parts.all(|parameter| match parameter.trim().split_once('=') {
            Some((key, value)) if key.trim().eq_ignore_ascii_case("q") => value.trim().parse::<f64>().map_or(true, |weight| weight > 0.0),
            _ => true,
        });
        let aliases = |name: &str| name == coding || format!("x-{name}") == coding || format!("x-{coding}") == name;
        if aliases(&name) {
            return weight_positive;
        }
        if name == "*" {
            wildcard = Some(weight_positive);
        }
    }
    wildcard.unwrap_or(false)
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    let Some((name, value)) = context.combined("content-encoding") else { return };
    let codings: Vec<String> = split_outside_quotes(&value, ',').into_iter().filter(|coding| !coding.is_empty()).map(str::to_ascii_lowercase).collect();
    let unknown: Vec<&String> = codings.iter().filter(|coding| !KNOWN.contains(&coding.as_str())).collect();
    if let Some(coding) = unknown.first() {
        raised.flag(
            "content-encoding-unknown",
            "Content-Encoding",
            Severity::Warning,
            format!("Content-Encoding: {} is not a content coding", shown(&name, coding)),
            format!(
                "{} is not a registered content coding{}, so clients cannot decode the content: browsers show an error or garbage.",
                shown(&name, coding),
                if is_token(coding) { "" } else { " (nor even a single name)" }
            ),
            "Name the coding actually applied (gzip, br, zstd, deflate), or leave Content-Encoding out for uncompressed content; a media type belongs in Content-Type.".into(),
        );
    }
    if codings.iter().any(|coding| coding == "identity") {
        raised.flag(
            "content-encoding-identity",
            "Content-Encoding",
            Severity::Advice,
            "Content-Encoding: identity".into(),
            "identity means no coding; RFC 9110 section 12.5.3 reserves it for Accept-Encoding, and some clients do not expect it in Content-Encoding.".into(),
            "Leave Content-Encoding out for content that is not encoded.".into(),
        );
    }
    let mut twice: Vec<&String> =
        codings.iter().enumerate().filter(|(index, coding)| *coding != "identity" && codings[..*index].contains(coding)).map(|(_, coding)| coding).collect();
    twice.dedup();
    if let Some(coding) = twice.first() {
        raised.flag(
            "content-encoding-twice",
            "Content-Encoding",
            Severity::Warning,
            format!("Content-Encoding: {coding} applied twice"),
            format!("The content says it was compressed with {coding} twice; that is almost always a server and a proxy (or two middlewares) each compressing it, and clients that undo one layer show compressed bytes."),
            format!("Compress once: turn off {coding} in the application or in the proxy, not both."),
        );
    }
    dictionary_vary(raised, context, &codings);
    let Some(accept_encoding) = context.request.and_then(|request| request.field("accept-encoding")) else { return };
    if let Some(coding) = codings.iter().find(|coding| *coding != "identity" && KNOWN.contains(&coding.as_str()) && !accepted(accept_encoding, coding)) {
        raised.flag(
            "content-encoding-not-accepted",
            "Content-Encoding",
            Severity::Warning,
            format!("Content-Encoding: {coding} was not asked for"),
            format!(
                "The request's Accept-Encoding ({}) does not accept {coding}, yet the content is coded with it: the client may not be able to decode it.",
                shown("accept-encoding", accept_encoding)
            ),
            format!("Send {coding} only to clients that list it in Accept-Encoding, and add Vary: Accept-Encoding."),
        );
    }
}

/// RFC 9842 section 6.2: a response compressed against a dictionary (dcb, dcz) that caches may
/// store must name Available-Dictionary in Vary, or a cache serves it to clients that lack the
/// dictionary (and Accept-Encoding too, to clients that do not speak dcb or dcz).
fn dictionary_vary(raised: &mut Raised, context: &Context, codings: &[String]) {
    let Some(coding) = codings.iter().find(|coding| *coding == "dcb" || *coding == "dcz") else { return };
    // Caches may store it unless told not to, or unless its status is not cacheable by default
    // and nothing gives it a lifetime (RFC 9111 section 3).
    let directives: Vec<String> = context
        .combined("cache-control")
        .map(|(_, value)| value.split(',').map(|directive| directive.split('=').next().unwrap_or_default().trim().to_ascii_lowercase()).collect())
        .unwrap_or_default();
    let has = |name: &str| directives.iter().any(|directive| directive == name);
    let lifetime = has("max-age") || has("s-maxage") || context.has("expires");
    if has("no-store") || !(context.cacheable || lifetime) {
        return;
    }
    let varied: Vec<String> = context.combined("vary").map(|(_, value)| varied_fields(&value).map(str::to_ascii_lowercase).collect()).unwrap_or_default();
    let missing: Vec<&str> = ["Available-Dictionary", "Accept-Encoding"]
        .into_iter()
        .filter(|field| !varied.iter().any(|varied| varied == "*" || varied.eq_ignore_ascii_case(field)))
        .collect();
    if missing.is_empty() {
        return;
    }
    raised.flag(
        "content-encoding-dictionary-without-vary",
        "Content-Encoding",
        Severity::Warning,
        format!("Content-Encoding: {coding} without Vary: {}", missing.join(", ")),
        format!(
            "The content is compressed against a dictionary the client announced, and caches may store it; without {} in Vary, a cache hands it to clients that hold another dictionary or none, and they cannot decode it (RFC 9842 section 6.2).",
            missing.join(" and ")
        ),
        "Send Vary: Accept-Encoding, Available-Dictionary on dictionary-compressed responses, or Cache-Control: no-store.".into(),
    );
}

#[cfg(test)]
mod tests {
    use super::accepted;

    #[test]
    fn accepted_codings() {
        assert!(accepted("gzip, deflate, br", "br"));
        assert!(accepted("x-gzip", "gzip"));
        assert!(accepted("*", "zstd"));
        assert!(!accepted("gzip;q=0, *", "gzip"));
        assert!(!accepted("deflate, gzip", "br"));
        assert!(!accepted("", "gzip"));
    }
}
