//! Validators (RFC 9110 section 8.8): `ETag` and `Last-Modified`, which a client sends back in
//! If-None-Match and If-Modified-Since. One that cannot be read or compared makes every
//! revalidation a full download.

use super::{shown, Raised};
use crate::fields::Context;
use crate::{http_date, Severity};

/// An entity tag: `"xyzzy"` or `W/"xyzzy"`, the opaque part without spaces or quotes
/// (RFC 9110 section 8.8.3).
fn is_entity_tag(value: &str) -> bool {
    let opaque = value.strip_prefix("W/").unwrap_or(value);
    opaque.len() >= 2
        && opaque.starts_with('"')
        && opaque.ends_with('"')
        && opaque[1..opaque.len() - 1].bytes().all(|byte| byte == 0x21 || (0x23..=0x7e).contains(&byte) || byte >= 0x80)
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    if let Some(field) = context.first("etag").filter(|field| !is_entity_tag(field.value.trim())) {
        raised.flag(
            "etag-malformed",
            "ETag",
            Severity::Warning,
            "ETag is not a quoted entity tag".into(),
            format!(
                "ETag: {} is not written as \"tag\" or W/\"tag\" (RFC 9110 section 8.8.3): clients and caches that send it back in If-None-Match may not match it, so revalidation downloads the whole response again.",
                shown("etag", field.value.trim())
            ),
            "Put the tag in double quotes, without spaces or quotes inside, and W/ before it (capital W) for a weak tag: ETag: \"33a64df5\".".into(),
        );
    }
    let Some(field) = context.first("last-modified") else { return };
    let Some(modified) = http_date::parse(&field.value) else {
        raised.flag(
            "last-modified-malformed",
            "Last-Modified",
            Severity::Warning,
            "Last-Modified is not an HTTP date".into(),
            format!("Last-Modified: {} is not a date in the form Sun, 06 Nov 1994 08:49:37 GMT, so clients cannot revalidate with If-Modified-Since and caches cannot estimate a lifetime from it.", shown("last-modified", &field.value)),
            "Send Last-Modified as an IMF-fixdate in GMT (Tue, 14 May 2024 09:30:00 GMT), or leave it out and send an ETag.".into(),
        );
        return;
    };
    // Against the response's own clock when it has one: that is what RFC 9110 section 8.8.2.1 compares.
    let (reference, against) = match (context.date, context.now) {
        (Some(date), _) => (date, "the response's Date"),
        (None, Some(now)) => (now.saturating_add(5 * 60), "this computer's clock"),
        (None, None) => return,
    };
    if modified > reference {
        raised.flag(
            "last-modified-in-future",
            "Last-Modified",
            Severity::Warning,
            "Last-Modified is in the future".into(),
            format!(
                "Last-Modified ({}) is later than {against}: a server must not claim a change it has not made yet (RFC 9110 section 8.8.2.1), and caches may then keep the response far too long or revalidate it on every request.",
                http_date::format(modified)
            ),
            "Send the time the content really changed, never later than Date; check the server's clock and the file times it reads.".into(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::is_entity_tag;

    #[test]
    fn entity_tags() {
        for good in [r#""xyzzy""#, r#"W/"xyzzy""#, r#""""#, r#""a-b.c/d""#] {
            assert!(is_entity_tag(good), "{good}");
        }
        for bad in ["xyzzy", r#"w/"xyzzy""#, r#""a b""#, r#"""#, r#""a"b""#, "W/xyzzy"] {
            assert!(!is_entity_tag(bad), "{bad}");
        }
    }
}
