//! Whether a field value is a URI reference (RFC 3986 section 4.1), and if not, what is wrong
//! with it in words: a value that is not one is shown as malformed rather than resolved, since
//! clients repair it each their own way, or stop. Apart from `url`, which resolves references
//! and takes them as they come.

use crate::url;

/// Characters a URI may carry as they are (RFC 3986 section 2.2 and 2.3), `%` aside.
fn allowed(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&byte)
}

/// A character as the problem names it: itself when visible, else its code point.
fn named(character: char) -> String {
    if character.is_control() || character.is_whitespace() {
        format!("U+{:04X}", u32::from(character))
    } else {
        format!("\u{201c}{character}\u{201d}")
    }
}

/// What makes the character unfit for a URI, if anything.
fn character_problem(character: char) -> Option<String> {
    Some(match character {
        ' ' => "It has a space in it, which a URL must percent-encode as %20.".into(),
        '\t' => "It has a tab in it, which a URL must percent-encode as %09.".into(),
        _ if character.is_control() => format!("It has the control character {} in it, which no URL may hold.", named(character)),
        _ if !character.is_ascii() => {
            format!("It has {} in it: a URL carries ASCII only, with other characters percent-encoded as UTF-8 bytes.", named(character))
        }
        _ if !allowed(character as u8) && character != '%' => {
            format!("It has {} in it, which a URL must percent-encode (%{:02X}).", named(character), character as u32)
        }
        _ => return None,
    })
}

/// What is wrong with the host and port of an authority, if anything.
fn authority_problem(authority: &str) -> Option<String> {
    let host_and_port = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    let (host, port) = if let Some(literal) = host_and_port.strip_prefix('[') {
        let Some((address, after)) = literal.split_once(']') else {
            return Some("Its host opens a bracket for an IPv6 address and never closes it.".into());
        };
        let is_address =
            address.starts_with(['v', 'V']) || (address.contains(':') && address.bytes().all(|byte| byte.is_ascii_hexdigit() || b":.".contains(&byte)));
        if !is_address {
            return Some(format!("Its host [{address}] is not an IPv6 address."));
        }
        match after.strip_prefix(':') {
            Some(port) => ("", Some(port)),
            None if after.is_empty() => ("", None),
            None => return Some(format!("After its host's brackets comes \u{201c}{after}\u{201d} where only a port may follow.")),
        }
    } else {
        match host_and_port.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (host_and_port, None),
        }
    };
    if host.contains(['[', ']', '@']) {
        return Some(format!("Its host \u{201c}{host}\u{201d} has a bracket or an @ in it, which only an IPv6 address or user name may."));
    }
    match port {
        Some(port) if !port.bytes().all(|byte| byte.is_ascii_digit()) => Some(format!("Its port \u{201c}{port}\u{201d} is not a number.")),
        _ => None,
    }
}

/// What keeps `reference` from being a URI reference, in a sentence; `None` when it is one.
/// Surrounding whitespace is not part of a field value, so it is not held against it.
pub(crate) fn reference_problem(reference: &str) -> Option<String> {
    let reference = reference.trim_matches([' ', '\t']);
    if let Some(problem) = reference.chars().find_map(character_problem) {
        return Some(problem);
    }
    let bytes = reference.as_bytes();
    for (at, _) in reference.match_indices('%') {
        if !bytes.get(at + 1..at + 3).is_some_and(|digits| digits.iter().all(u8::is_ascii_hexdigit)) {
            return Some("It has a % that does not start a percent-encoded byte (% and two hex digits); a % itself is written %25.".into());
        }
    }
    let parts = url::split(reference);
    if let Some(problem) = parts.authority.and_then(authority_problem) {
        return Some(problem);
    }
    if parts.path.contains(['[', ']']) || parts.query.is_some_and(|query| query.contains(['[', ']'])) {
        return Some("It has a bracket outside the host, which a URL must percent-encode (%5B and %5D).".into());
    }
    if parts.fragment.is_some_and(|fragment| fragment.contains(['#', '[', ']'])) {
        return Some("Its fragment has a # or a bracket in it, which a URL must percent-encode.".into());
    }
    // Without a scheme, a colon in the first segment would read as one (section 4.2).
    if parts.scheme.is_none() && parts.authority.is_none() && parts.path.split('/').next().is_some_and(|segment| segment.contains(':')) {
        return Some("Its first segment has a colon in it but is no scheme: write it as ./ followed by the path, or give the whole URL.".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_people_send_are_well_formed() {
        for reference in [
            "https://www.example.com/",
            "/login?next=%2Faccount%3Ftab%3D1",
            "../b?access_token=x#f",
            "//cdn.example.net/x",
            "https://[2001:db8::1]:8443/a",
            "http://user:pw@example.com:8080/",
            "?page=2",
            "",
            " /padded ",
            "mailto:someone@example.com",
            "https://example.com/a(b)!$&'*+,;=:@",
        ] {
            assert_eq!(reference_problem(reference), None, "{reference:?}");
        }
    }

    #[test]
    fn each_malformation_is_named() {
        for (reference, expected) in [
            ("http://[", "never closes"),
            ("http://[example]/", "not an IPv6 address"),
            ("http://[::1]x/", "only a port may follow"),
            ("http://example.com:80x/", "port \u{201c}80x\u{201d}"),
            ("/docs/My Report.pdf", "space"),
            ("/a\tb", "tab"),
            ("/a\u{1}b", "U+0001"),
            ("/caf\u{e9}", "\u{201c}\u{e9}\u{201d}"),
            ("/a|b", "%7C"),
            ("/a\\b", "%5C"),
            ("/100%", "percent-encoded byte"),
            ("/search?q=%zz", "percent-encoded byte"),
            ("/list?ids[]=1", "bracket outside the host"),
            ("/a#b#c", "fragment"),
            ("2024:report", "Its first segment"),
        ] {
            let problem = reference_problem(reference).unwrap_or_default();
            assert!(problem.contains(expected), "{reference:?}: {problem:?}");
        }
    }
}
