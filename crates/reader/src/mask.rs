//! Privacy: secrets never reach the analysis. Credentials and cookies are masked by field,
//! keeping what identifies them (the scheme, the cookie's name, its attributes); anything else
//! that looks like a token is masked wherever it appears: JWTs, long hex or base64 runs, and
//! secret-looking query parameters (`access_token=`) in URLs.

use std::borrow::Cow;

/// What a masked secret shows instead of its value.
pub(crate) const MASK: &str = "\u{2022}\u{2022}\u{2022}\u{2022}";

/// Characters of a token kept in front of the mask, so tokens can be told apart (`ghp_••••`).
const SHOWN_PREFIX: usize = 4;

/// Runs shorter than this are identifiers (a cf-ray, a ULID), not secrets.
const LONG_RUN: usize = 32;

/// Fields that carry nothing but a secret.
const SECRET_FIELDS: &[&str] = &[
    "x-api-key",
    "api-key",
    "x-auth-token",
    "x-access-token",
    "x-csrf-token",
    "x-xsrf-token",
    "x-amz-security-token",
    "x-goog-api-key",
    "private-token",
    "authentication-info",
    "proxy-authentication-info",
];

/// Any parameter named `…_token`, in any case, is a secret too.
const TOKEN_SUFFIX: &str = "_token";

/// Query and fragment parameters whose values are secrets.
const SECRET_PARAMETERS: &[&str] = &[
    "access_token",
    "id_token",
    "refresh_token",
    "token",
    "code",
    "api_key",
    "apikey",
    "key",
    "secret",
    "client_secret",
    "password",
    "passwd",
    "sig",
    "signature",
    "x-amz-signature",
    "x-amz-credential",
    "x-amz-security-token",
    "x-goog-signature",
    "x-goog-credential",
    "auth",
    "session",
    "sessionid",
    "jwt",
];

/// A field's value as the analysis may show it. `name` is the field name in any case.
pub(crate) fn field(name: &str, value: &str) -> String {
    let is = |wanted: &str| name.eq_ignore_ascii_case(wanted);
    if is("authorization") || is("proxy-authorization") {
        credentials(value)
    } else if is("cookie") {
        cookie_pairs(value, "; ")
    } else if is("set-cookie") {
        set_cookie(value)
    } else if SECRET_FIELDS.iter().any(|secret| is(secret)) {
        MASK.to_string()
    } else {
        text(value)
    }
}

/// `Bearer ••••`, `Basic ••••`; a value without a scheme is all secret.
fn credentials(value: &str) -> String {
    match value.trim().split_once(' ') {
        Some((scheme, _)) if scheme.bytes().all(|byte| byte.is_ascii_alphanumeric() || b"-_".contains(&byte)) => format!("{scheme} {MASK}"),
        _ => MASK.to_string(),
    }
}

/// `name=••••` for each pair.
fn cookie_pairs(value: &str, separator: &str) -> String {
    value
        .split(';')
        .map(str::trim)
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((name, _)) => format!("{}={MASK}", text(name.trim())),
            None => MASK.to_string(),
        })
        .collect::<Vec<_>>()
        .join(separator)
}

/// The cookie's value masked, its attributes (`Path`, `Max-Age`, `HttpOnly`…) kept.
fn set_cookie(value: &str) -> String {
    let (pair, attributes) = value.split_once(';').unwrap_or((value, ""));
    let mut masked = cookie_pairs(pair, "");
    if !attributes.is_empty() {
        masked.push(';');
        masked.push_str(&text(attributes));
    }
    masked
}

/// The characters of a token run, by byte, all ASCII: scanned as bytes, a run starts and ends on
/// character boundaries. A table, as every byte of every value shown is looked up.
const RUN_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let value = byte as u8;
        table[byte] = value.is_ascii_alphanumeric() || matches!(value, b'+' | b'/' | b'_' | b'-' | b'=' | b'.' | b'~');
        byte += 1;
    }
    table
};

/// Runs shorter than this are shown as they are: the shortest JWT (`eyJ` and 5 more characters,
/// a dot, 8 characters) is this long, and a run must be `LONG_RUN` long for a piece of it to look
/// secret.
const SHORTEST_MASKED_RUN: usize = 17;

/// Where a parameter can start: `?`, `&`, `#` or `;`.
fn is_parameter_separator(byte: &u8) -> bool {
    matches!(byte, b'?' | b'&' | b'#' | b';')
}

/// Whether the text holds `://`, looked for from its colons: cheaper than setting up a substring
/// search for every value shown.
fn has_scheme_separator(value: &str) -> bool {
    value.match_indices(':').any(|(colon, _)| value.as_bytes()[colon + 1..].starts_with(b"//"))
}

/// Any text with the tokens in it masked.
pub(crate) fn text(value: &str) -> String {
    // Most values have no URL and no parameters: they are not copied for nothing.
    let value = if has_scheme_separator(value) { Cow::Owned(user_passwords(value)) } else { Cow::Borrowed(value) };
    let value = if value.as_bytes().iter().any(is_parameter_separator) { Cow::Owned(secret_parameters(&value)) } else { value };
    let bytes = value.as_bytes();
    let mut masked = String::with_capacity(value.len());
    // The text up to `shown` is on `masked`; what follows is copied at once up to the next run
    // long enough to hold a secret.
    let mut shown = 0;
    let mut position = 0;
    while position < bytes.len() {
        if !RUN_BYTES[usize::from(bytes[position])] {
            position += 1;
            continue;
        }
        let start = position;
        while position < bytes.len() && RUN_BYTES[usize::from(bytes[position])] {
            position += 1;
        }
        if position - start >= SHORTEST_MASKED_RUN {
            masked.push_str(&value[shown..start]);
            push_run(&mut masked, &value[start..position]);
            shown = position;
        }
    }
    masked.push_str(&value[shown..]);
    masked
}

/// A run of token characters, onto `masked`: a JWT is masked whole; otherwise each dot-separated
/// piece (host names, versions) is looked at alone, and a path's segments one by one (which lets
/// a base64 secret with a `/` in it through, where masking whole paths would hide every
/// redirect).
fn push_run(masked: &mut String, run: &str) {
    if is_jwt(run) {
        masked.push_str(&shortened(run));
        return;
    }
    // No piece of a short run is long enough to look secret: most runs (words, numbers, dates).
    if run.len() < LONG_RUN {
        masked.push_str(run);
        return;
    }
    for piece in run.split_inclusive(['.', '~']) {
        let (body, separator) = piece.split_at(piece.trim_end_matches(['.', '~']).len());
        if body.contains('/') {
            for segment in body.split_inclusive('/') {
                push_masked_if_secret(masked, segment, segment.trim_end_matches('/'));
            }
        } else {
            push_masked_if_secret(masked, body, body);
        }
        masked.push_str(separator);
    }
}

/// `text` onto `masked`, shortened to its first characters and the mask if `judged` looks secret.
fn push_masked_if_secret(masked: &mut String, text: &str, judged: &str) {
    if looks_secret(judged) {
        masked.push_str(&shortened(text));
    } else {
        masked.push_str(text);
    }
}

/// `eyJ…` header, a dot, a payload: a JSON Web Token.
fn is_jwt(run: &str) -> bool {
    if !run.starts_with("eyJ") {
        return false;
    }
    let mut parts = run.split('.');
    parts.clone().count() >= 2 && parts.all(|part| part.len() >= 8 || part.is_empty()) && run.split('.').nth(1).is_some_and(|payload| payload.len() >= 8)
}

/// A long hex run (a digest, an API key), or a long base64 run mixing digits and both cases.
fn looks_secret(piece: &str) -> bool {
    let piece = piece.trim_end_matches('=');
    if piece.len() < LONG_RUN {
        return false;
    }
    if piece.bytes().all(|byte| byte.is_ascii_hexdigit()) {
        return true;
    }
    let has = |test: fn(&u8) -> bool| piece.as_bytes().iter().any(test);
    has(u8::is_ascii_digit) && has(u8::is_ascii_uppercase) && has(u8::is_ascii_lowercase)
}

fn shortened(secret: &str) -> String {
    let prefix: String = secret.chars().take(SHOWN_PREFIX).collect();
    format!("{prefix}{MASK}")
}

/// Passwords in URLs' user information: `https://alice:••••@example.com/`.
fn user_passwords(value: &str) -> String {
    let mut masked = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(start) = rest.find("://") {
        masked.push_str(&rest[..start + 3]);
        rest = &rest[start + 3..];
        let authority_end = rest.find(['/', '?', '#', ' ', '"', '\'', '>', ',']).unwrap_or(rest.len());
        if let Some(at) = rest[..authority_end].rfind('@') {
            if let Some(colon) = rest[..at].find(':') {
                masked.push_str(&rest[..=colon]);
                masked.push_str(MASK);
                rest = &rest[at..];
            }
        }
    }
    masked.push_str(rest);
    masked
}

/// Values of secret-looking parameters after `?`, `&`, `#` or `;` (`access_token=••••`).
fn secret_parameters(value: &str) -> String {
    let mut masked = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(separator) = rest.as_bytes().iter().position(is_parameter_separator) {
        masked.push_str(&rest[..=separator]);
        rest = &rest[separator + 1..];
        let name_end = rest.as_bytes().iter().position(|byte| !(byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'-'))).unwrap_or(rest.len());
        let name = &rest[..name_end];
        let secret = SECRET_PARAMETERS.iter().any(|secret| secret.eq_ignore_ascii_case(name))
            || name.len().checked_sub(TOKEN_SUFFIX.len()).is_some_and(|start| name[start..].eq_ignore_ascii_case(TOKEN_SUFFIX));
        if secret && rest[name_end..].starts_with('=') {
            masked.push_str(name);
            masked.push('=');
            masked.push_str(MASK);
            rest = &rest[name_end + 1..];
            let value_end = rest.find(['&', '#', ';', ' ', '"', '\'', '>', ',']).unwrap_or(rest.len());
            rest = &rest[value_end..];
        }
    }
    masked.push_str(rest);
    masked
}

#[cfg(test)]
mod tests {
    use super::*;

    const JWT: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    #[test]
    fn credentials_keep_their_scheme() {
        assert_eq!(field("Authorization", &format!("Bearer {JWT}")), "Bearer ••••");
        assert_eq!(field("authorization", "Basic dXNlcjpwYXNzd29yZA=="), "Basic ••••");
        assert_eq!(field("Proxy-Authorization", "Digest username=\"me\", response=\"abc\""), "Digest ••••");
        assert_eq!(field("Authorization", "sk-live-0123"), "••••");
        assert_eq!(field("X-Api-Key", "abc"), "••••");
    }

    #[test]
    fn cookies_keep_their_names_and_attributes() {
        assert_eq!(field("Cookie", "session=abc123; theme=dark"), "session=••••; theme=••••");
        assert_eq!(
            field("Set-Cookie", "session=38afes7a8; Path=/; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Secure; HttpOnly; SameSite=Lax"),
            "session=••••; Path=/; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Secure; HttpOnly; SameSite=Lax"
        );
        assert_eq!(field("set-cookie", "__cf_bm=x.y-1700000000-1.0.1.1-zzz; path=/; domain=.example.com"), "__cf_bm=••••; path=/; domain=.example.com");
    }

    #[test]
    fn tokens_anywhere_are_masked() {
        assert_eq!(text(&format!("token is {JWT}, ok")), "token is eyJh••••, ok");
        assert_eq!(text("etag \"5d41402abc4b2a76b9719d911017c592\""), "etag \"5d41••••\"");
        assert_eq!(text("kKV6gqZ2G3B6n1vHbgwpG3PLx4rQPlCWqd0hWfSnHr3_2lNnV2kKPA=="), "kKV6••••");
        assert_eq!(text("ghp_16C7e42F292c6912E7710c838347Ae178B4a"), "ghp_••••");
    }

    #[test]
    fn the_shortest_jwt_is_masked() {
        let shortest = "eyJhbGci.eyJzdWIi";
        assert_eq!(shortest.len(), SHORTEST_MASKED_RUN);
        assert_eq!(text(&format!("x {shortest} y")), "x eyJh•••• y");
        assert_eq!(text(&format!("x {} y", &shortest[..16])), format!("x {} y", &shortest[..16]));
    }

    #[test]
    fn urls_lose_their_secret_parameters_and_keep_the_rest() {
        assert_eq!(text("https://app.example.com/cb#access_token=abc.def&token_type=bearer"), "https://app.example.com/cb#access_token=••••&token_type=bearer");
        assert_eq!(text("/login?next=%2Fhome&code=4%2F0AX4Xf&state=xyz"), "/login?next=%2Fhome&code=••••&state=xyz");
        assert_eq!(
            text("https://bucket.s3.amazonaws.com/a.png?X-Amz-Credential=AKIA%2F2024&X-Amz-Signature=abcd1234"),
            "https://bucket.s3.amazonaws.com/a.png?X-Amz-Credential=••••&X-Amz-Signature=••••"
        );
        assert_eq!(text("https://example.com/Some/Path/With/MixedCase123/AndMore"), "https://example.com/Some/Path/With/MixedCase123/AndMore");
        assert_eq!(text("see https://alice:s3cret@example.com/a and ftp://bob@example.org"), "see https://alice:••••@example.com/a and ftp://bob@example.org");
    }

    #[test]
    fn identifiers_people_quote_stay_readable() {
        for value in [
            "8a1b2c3d4e5f6789-FRA",
            "cache-fra-eddf8230064-FRA",
            "fra1::iad1::8sz4x-1712345678901-3a2b1c4d5e6f",
            "550e8400-e29b-41d4-a716-446655440000",
            "01HQ8Z9RKX3P5Y7B2M4N6T8V0W-fra",
            "max-age=31536000; includeSubDomains; preload",
            "h3=\":443\"; ma=86400",
            "Mon, 01 Jan 2024 00:00:00 GMT",
            "req_8fA3bC9dE1",
        ] {
            assert_eq!(text(value), value);
        }
    }
}
