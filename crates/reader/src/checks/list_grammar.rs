//! The grammar of the plainer response fields no reader here interprets at length: lists of
//! tokens (Allow, Connection, Trailer, the CORS method and header lists), protocols (Upgrade),
//! language tags (Content-Language), media types (Accept-Patch, Accept-Post), parameters
//! (Keep-Alive, Authentication-Info), a URI reference
//! (Content-Location), a version (MIME-Version) and lists of group names (Cache-Groups).
//! A value that breaks its grammar is flagged whole rather than half-read; empty list members are
//! allowed, as recipients skip them (RFC 9110 section 5.6.1).

use super::syntax::{is_token, parameters, split_outside_quotes};
use super::{shown, Raised};
use crate::fields::Context;
use crate::structured::{self, Bare, Member};
use crate::url_check::reference_problem;
use crate::Severity;

/// What a field's value must be.
#[derive(Clone, Copy)]
enum Grammar {
    /// `#token`, with `*` allowed where `wildcard`.
    Tokens { wildcard: bool },
    /// `#( protocol-name [ "/" protocol-version ] )`.
    Protocols,
    /// `#language-tag`: subtags of 1 to 8 letters and digits joined by `-`.
    LanguageTags,
    /// `#media-type`.
    MediaTypes,
    /// `#( token [ "=" ( token / quoted-string ) ] )`.
    Parameters,
    /// `URI-reference`.
    Reference,
    /// `1*DIGIT "." 1*DIGIT`.
    Version,
    /// A Structured Field List of Strings (RFC 9651).
    Strings,
}

/// Each field, its grammar and how the grammar is said in the flag.
const FIELDS: &[(&str, Grammar, &str)] = &[
    ("allow", Grammar::Tokens { wildcard: false }, "a list of methods such as GET, HEAD, POST"),
    ("connection", Grammar::Tokens { wildcard: false }, "a list of options such as keep-alive or close"),
    ("trailer", Grammar::Tokens { wildcard: false }, "a list of field names such as Server-Timing"),
    ("access-control-allow-methods", Grammar::Tokens { wildcard: true }, "a list of methods such as GET, POST, or *"),
    ("access-control-allow-headers", Grammar::Tokens { wildcard: true }, "a list of field names such as Content-Type, Authorization, or *"),
    ("access-control-expose-headers", Grammar::Tokens { wildcard: true }, "a list of field names such as ETag, or *"),
    ("upgrade", Grammar::Protocols, "a list of protocols such as websocket or h2c"),
    ("content-language", Grammar::LanguageTags, "a list of language tags such as en-GB, fr"),
    ("accept-patch", Grammar::MediaTypes, "a list of media types such as application/merge-patch+json"),
    ("accept-post", Grammar::MediaTypes, "a list of media types such as application/json"),
    ("keep-alive", Grammar::Parameters, "parameters such as timeout=5, max=100"),
    ("content-location", Grammar::Reference, "a URL"),
    ("authentication-info", Grammar::Parameters, "parameters such as nextnonce=\"a1b2\", qop=auth"),
    ("proxy-authentication-info", Grammar::Parameters, "parameters such as nextnonce=\"a1b2\", qop=auth"),
    ("mime-version", Grammar::Version, "a version such as 1.0"),
    ("cache-groups", Grammar::Strings, "a list of quoted group names such as \"scripts\", \"styles\""),
    ("cache-group-invalidation", Grammar::Strings, "a list of quoted group names such as \"scripts\""),
];

fn is_language_tag(tag: &str) -> bool {
    tag.split('-').all(|subtag| (1..=8).contains(&subtag.len()) && subtag.bytes().all(|byte| byte.is_ascii_alphanumeric()))
}

fn is_media_type(text: &str) -> bool {
    let parts = split_outside_quotes(text, ';');
    // A wildcard is for Accept, not for a type a resource takes.
    let concrete = |name: &str| is_token(name) && !name.contains('*');
    parts[0].split_once('/').is_some_and(|(kind, subtype)| concrete(kind) && concrete(subtype)) && parameters(&parts[1..]).is_some()
}

fn follows(grammar: Grammar, value: &str) -> bool {
    let members = || split_outside_quotes(value, ',').into_iter().filter(|member| !member.is_empty());
    match grammar {
        Grammar::Tokens { wildcard } => members().all(|member| is_token(member) || (wildcard && member == "*")),
        Grammar::Protocols => members().all(|member| match member.split_once('/') {
            Some((name, version)) => is_token(name) && is_token(version),
            None => is_token(member),
        }),
        Grammar::LanguageTags => members().all(is_language_tag),
        Grammar::MediaTypes => members().all(is_media_type),
        Grammar::Parameters => members().all(|member| parameters(&[member]).is_some() || is_token(member)),
        Grammar::Reference => reference_problem(value.trim()).is_none(),
        Grammar::Version => value
            .trim()
            .split_once('.')
            .is_some_and(|(major, minor)| [major, minor].iter().all(|part| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit()))),
        Grammar::Strings => structured::list(value)
            .is_some_and(|members| members.iter().all(|member| matches!(member, Member::Item(item) if matches!(item.bare, Bare::String(_))))),
    }
}

pub(super) fn check(raised: &mut Raised, context: &Context) {
    for (field, grammar, expected) in FIELDS {
        let Some((name, value)) = context.combined(field) else { continue };
        if !follows(*grammar, &value) {
            raised.malformed(&name, &value, expected, "clients ignore it or read only part of it");
        } else if matches!(grammar, Grammar::LanguageTags) {
            repeated_language(raised, &name, &value);
        }
    }
}

/// A language named twice in Content-Language: harmless to clients, and a sign of two layers
/// each adding theirs.
fn repeated_language(raised: &mut Raised, name: &str, value: &str) {
    let tags: Vec<String> = split_outside_quotes(value, ',').into_iter().filter(|tag| !tag.is_empty()).map(str::to_ascii_lowercase).collect();
    let Some(repeated) = tags.iter().enumerate().find(|(index, tag)| tags[..*index].contains(tag)).map(|(_, tag)| tag) else { return };
    raised.flag(
        "content-language-repeated",
        name,
        Severity::Advice,
        format!("{name} names {repeated} twice"),
        format!(
            "{name}: {} lists a language more than once; clients read it once, but it usually shows a framework and a proxy each adding their own.",
            shown(name, value)
        ),
        format!("Send each language once: {name}: {repeated}."),
    );
}

#[cfg(test)]
mod tests {
    use super::{follows, Grammar};

    #[test]
    fn grammars() {
        assert!(follows(Grammar::Tokens { wildcard: false }, "GET, HEAD,, POST"));
        assert!(!follows(Grammar::Tokens { wildcard: false }, "GET HEAD"));
        assert!(follows(Grammar::Tokens { wildcard: true }, "*"));
        assert!(follows(Grammar::Protocols, "websocket, HTTP/2.0"));
        assert!(follows(Grammar::LanguageTags, "en-GB, zh-Hant-TW, de"));
        assert!(!follows(Grammar::LanguageTags, "english language"));
        assert!(follows(Grammar::MediaTypes, "application/json, text/plain; charset=utf-8"));
        assert!(!follows(Grammar::MediaTypes, "*/*") && !follows(Grammar::MediaTypes, "invalid"));
        assert!(follows(Grammar::Parameters, "timeout=5, max=100"));
        assert!(!follows(Grammar::Reference, "/a b"));
        assert!(follows(Grammar::Version, "1.0") && !follows(Grammar::Version, "1"));
        assert!(follows(Grammar::Strings, "\"scripts\", \"styles\"") && !follows(Grammar::Strings, "scripts"));
    }
}
