//! Just enough of RFC 3986 to resolve a `Location` against the URL that was requested: split a
//! reference into its five parts, merge paths, remove dot segments (section 5.2), and name a
//! URL's origin. No percent-decoding, no IDNA, no validation: a browser's URL parser would
//! reject a few oddities this accepts, and the analysis only shows where a redirect leads.
//!
//! `url` 2.5.9 (`Url::join`) would add 162 KB (72 KB gzip) to the full wasm (measured 2026-12-07,
//! mostly idna's Unicode tables; still 53 KB / 23 KB gzip with the ASCII-only `idna_adapter` 1.0),
//! and as a WHATWG parser it resolves some of RFC 3986's examples otherwise (`//g` gives
//! `http://g/`); this file does the one thing the reader needs.

/// The five parts of a URI reference, borrowed from it.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Parts<'a> {
    pub(crate) scheme: Option<&'a str>,
    pub(crate) authority: Option<&'a str>,
    pub(crate) path: &'a str,
    pub(crate) query: Option<&'a str>,
    pub(crate) fragment: Option<&'a str>,
}

/// Splits a reference as Appendix B's regular expression does.
pub(crate) fn split(reference: &str) -> Parts<'_> {
    let (rest, fragment) = match reference.split_once('#') {
        Some((rest, fragment)) => (rest, Some(fragment)),
        None => (reference, None),
    };
    let (rest, query) = match rest.split_once('?') {
        Some((rest, query)) => (rest, Some(query)),
        None => (rest, None),
    };
    // A scheme is letters, digits, "+", "-", "." starting with a letter, before the first ":"
    // and before any "/".
    let scheme_end = rest.find(':').filter(|&end| {
        let scheme = &rest[..end];
        scheme.starts_with(|c: char| c.is_ascii_alphabetic()) && scheme.bytes().all(|byte| byte.is_ascii_alphanumeric() || b"+-.".contains(&byte))
    });
    let (scheme, rest) = match scheme_end {
        Some(end) => (Some(&rest[..end]), &rest[end + 1..]),
        None => (None, rest),
    };
    let (authority, path) = match rest.strip_prefix("//") {
        Some(after) => {
            let end = after.find('/').unwrap_or(after.len());
            (Some(&after[..end]), &after[end..])
        }
        None => (None, rest),
    };
    Parts { scheme, authority, path, query, fragment }
}

/// RFC 3986 section 5.2.4.
fn remove_dot_segments(path: &str) -> String {
    let mut input = path;
    let mut output = String::with_capacity(path.len());
    while !input.is_empty() {
        if let Some(rest) = input.strip_prefix("../").or_else(|| input.strip_prefix("./")) {
            input = rest;
        } else if input.starts_with("/./") {
            input = &input[2..];
        } else if input == "/." {
            input = "/";
        } else if input.starts_with("/../") || input == "/.." {
            input = if input == "/.." { "/" } else { &input[3..] };
            let cut = output.rfind('/').unwrap_or(0);
            output.truncate(cut);
        } else if input == "." || input == ".." {
            input = "";
        } else {
            let start = usize::from(input.starts_with('/'));
            let end = input[start..].find('/').map_or(input.len(), |position| position + start);
            output.push_str(&input[..end]);
            input = &input[end..];
        }
    }
    output
}

/// RFC 3986 section 5.2.3.
fn merge(base: &Parts, reference_path: &str) -> String {
    if base.authority.is_some() && base.path.is_empty() {
        return format!("/{reference_path}");
    }
    match base.path.rfind('/') {
        Some(slash) => format!("{}{reference_path}", &base.path[..=slash]),
        None => reference_path.to_string(),
    }
}

/// Resolves `reference` against an absolute `base` (RFC 3986 section 5.2.2, strict), or `None`
/// when the base has no scheme. Surrounding whitespace of the reference is ignored.
pub(crate) fn resolve(base: &str, reference: &str) -> Option<String> {
    let base = split(base);
    base.scheme?;
    let reference = split(reference.trim());
    let (scheme, authority, path, query);
    if reference.scheme.is_some() {
        scheme = reference.scheme;
        authority = reference.authority;
        path = remove_dot_segments(reference.path);
        query = reference.query;
    } else {
        scheme = base.scheme;
        if reference.authority.is_some() {
            authority = reference.authority;
            path = remove_dot_segments(reference.path);
            query = reference.query;
        } else {
            authority = base.authority;
            if reference.path.is_empty() {
                path = base.path.to_string();
                query = reference.query.or(base.query);
            } else {
                path = if reference.path.starts_with('/') { remove_dot_segments(reference.path) } else { remove_dot_segments(&merge(&base, reference.path)) };
                query = reference.query;
            }
        }
    }
    let mut resolved = String::new();
    if let Some(scheme) = scheme {
        resolved.push_str(scheme);
        resolved.push(':');
    }
    if let Some(authority) = authority {
        resolved.push_str("//");
        resolved.push_str(authority);
    }
    resolved.push_str(&path);
    if let Some(query) = query {
        resolved.push('?');
        resolved.push_str(query);
    }
    if let Some(fragment) = reference.fragment {
        resolved.push('#');
        resolved.push_str(fragment);
    }
    Some(resolved)
}

/// `scheme://host[:port]` of an absolute http(s) URL, lowercased, default ports dropped: the
/// form an `Origin` header and `Access-Control-Allow-Origin` use.
pub(crate) fn origin(url: &str) -> Option<String> {
    let parts = split(url);
    let scheme = parts.scheme?.to_ascii_lowercase();
    let authority = parts.authority?;
    let host_and_port = authority.rsplit_once('@').map_or(authority, |(_, host)| host).to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => ":443",
        "http" => ":80",
        _ => return None,
    };
    let host_and_port = host_and_port.strip_suffix(default_port).unwrap_or(&host_and_port);
    (!host_and_port.is_empty()).then(|| format!("{scheme}://{host_and_port}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "http://a/b/c/d;p?q";

    #[test]
    fn rfc_3986_normal_examples() {
        for (reference, expected) in [
            ("g:h", "g:h"),
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"),
            ("g;x", "http://a/b/c/g;x"),
            ("g;x?y#s", "http://a/b/c/g;x?y#s"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../", "http://a/"),
            ("../../g", "http://a/g"),
        ] {
            assert_eq!(resolve(BASE, reference).as_deref(), Some(expected), "{reference:?}");
        }
    }

    #[test]
    fn rfc_3986_abnormal_examples() {
        for (reference, expected) in [
            ("../../../g", "http://a/g"),
            ("../../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            (".g", "http://a/b/c/.g"),
            ("g..", "http://a/b/c/g.."),
            ("..g", "http://a/b/c/..g"),
            ("./../g", "http://a/b/g"),
            ("./g/.", "http://a/b/c/g/"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
            ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
            ("g;x=1/../y", "http://a/b/c/y"),
            ("g?y/./x", "http://a/b/c/g?y/./x"),
            ("g?y/../x", "http://a/b/c/g?y/../x"),
            ("g#s/./x", "http://a/b/c/g#s/./x"),
            ("g#s/../x", "http://a/b/c/g#s/../x"),
            ("http:g", "http:g"),
        ] {
            assert_eq!(resolve(BASE, reference).as_deref(), Some(expected), "{reference:?}");
        }
    }

    #[test]
    fn redirects_people_meet() {
        assert_eq!(resolve("https://example.com", "/login?next=%2F").as_deref(), Some("https://example.com/login?next=%2F"));
        assert_eq!(resolve("https://example.com/docs", "docs/").as_deref(), Some("https://example.com/docs/"));
        assert_eq!(resolve("http://example.com/a", "https://www.example.com/a").as_deref(), Some("https://www.example.com/a"));
        assert_eq!(resolve("https://example.com/a/b", "//cdn.example.net/x").as_deref(), Some("https://cdn.example.net/x"));
        assert_eq!(resolve("https://example.com/a", " /b ").as_deref(), Some("https://example.com/b"));
        assert_eq!(resolve("/relative/base", "/b"), None, "a base without a scheme resolves nothing");
    }

    #[test]
    fn origins_drop_default_ports_and_case() {
        assert_eq!(origin("https://App.Example.com:443/path?q").as_deref(), Some("https://app.example.com"));
        assert_eq!(origin("http://localhost:3000/").as_deref(), Some("http://localhost:3000"));
        assert_eq!(origin("https://user:pw@example.com/").as_deref(), Some("https://example.com"));
        assert_eq!(origin("/path"), None);
        assert_eq!(origin("mailto:someone@example.com"), None);
    }
}
