//! `WWW-Authenticate` and `Proxy-Authenticate` (RFC 9110 sections 11.6.1 and 11.7.1): the
//! challenges, and what each scheme asks the client to send.

use super::words::{listed, malformed, quoted, unreadable};
use super::Context;
use crate::{mask, Challenge, Detail, Parameter, Reading};

/// A cursor over a challenge list.
struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn skip(&mut self, characters: &str) {
        while self.text[self.at..].starts_with(|c: char| characters.contains(c)) {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<char> {
        self.text[self.at..].chars().next()
    }

    fn eat(&mut self, c: char) -> bool {
        let matched = self.peek() == Some(c);
        self.at += if matched { c.len_utf8() } else { 0 };
        matched
    }

    fn taken(&mut self, test: impl Fn(u8) -> bool) -> Option<&'a str> {
        let start = self.at;
        while self.text.as_bytes().get(self.at).is_some_and(|byte| test(*byte)) {
            self.at += 1;
        }
        (self.at > start).then(|| &self.text[start..self.at])
    }

    fn token(&mut self) -> Option<&'a str> {
        self.taken(|byte| byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte))
    }

    fn token68(&mut self) -> Option<&'a str> {
        let start = self.at;
        self.taken(|byte| byte.is_ascii_alphanumeric() || b"-._~+/".contains(&byte))?;
        self.taken(|byte| byte == b'=');
        Some(&self.text[start..self.at])
    }

    /// A quoted string, unescaped; `None` when it never closes.
    fn quoted_string(&mut self) -> Option<String> {
        self.eat('"');
        let mut text = String::new();
        let mut characters = self.text[self.at..].char_indices();
        while let Some((offset, c)) = characters.next() {
            match c {
                '"' => {
                    self.at += offset + 1;
                    return Some(text);
                }
                '\\' => {
                    if let Some((_, escaped)) = characters.next() {
                        text.push(escaped);
                    }
                }
                _ => text.push(c),
            }
        }
        self.at = self.text.len();
        None
    }
}

/// A challenge as written: scheme, token68 and parameters.
struct RawChallenge {
    scheme: String,
    token68: Option<String>,
    parameters: Vec<(String, String)>,
}

/// The word at the cursor, for a problem to name: up to the next space or comma.
fn next_word(cursor: &Cursor) -> String {
    let rest = &cursor.text[cursor.at..];
    let end = rest.find([' ', '\t', ',']).unwrap_or(rest.len());
    mask::text(&rest[..end.max(rest.chars().next().map_or(0, char::len_utf8))])
}

/// The challenges of a `WWW-Authenticate` or `Proxy-Authenticate` value (RFC 9110 section
/// 11.6.1), where commas separate both challenges and their parameters; or, when the value breaks
/// that syntax, what is wrong, in a sentence. Clients cut a broken list each their own way (with
/// `realm=My Realm`, some read the realm as "My"), so no part of it is read as certain.
fn parse_challenges(value: &str) -> Result<Vec<RawChallenge>, String> {
    const MOST: usize = 16;
    let mut cursor = Cursor { text: value, at: 0 };
    let mut challenges = Vec::new();
    while challenges.len() < MOST {
        cursor.skip(" \t,");
        if cursor.peek().is_none() {
            break;
        }
        let Some(scheme) = cursor.token() else {
            if challenges.is_empty() {
                break;
            }
            return Err(format!("After a comma comes \u{201c}{}\u{201d}, which is not an authentication scheme.", next_word(&cursor)));
        };
        let mut token68 = None;
        let mut parameters = Vec::new();
        // What the cursor passed last, for a problem to name.
        let mut last = scheme.to_string();
        let mut after_comma = false;
        cursor.skip(" \t");
        let start = cursor.at;
        if let Some(token) = cursor.token68() {
            cursor.skip(" \t");
            if cursor.peek().is_none_or(|c| c == ',') {
                token68 = Some(token.to_string());
                last = format!("{scheme} {}", mask::text(token));
            } else {
                cursor.at = start;
            }
        }
        while token68.is_none() {
            let before = cursor.at;
            cursor.skip(" \t");
            let Some(name) = cursor.token() else {
                cursor.at = before;
                break;
            };
            cursor.skip(" \t");
            if !cursor.eat('=') {
                // A token without "=": the next challenge's scheme.
                cursor.at = before;
                break;
            }
            cursor.skip(" \t");
            let value_start = cursor.at;
            let value = if cursor.peek() == Some('"') {
                cursor.quoted_string().ok_or_else(|| format!("The quoted value of {name} never closes: the \" that should end it is missing."))?
            } else {
                let Some(token) = cursor.token() else {
                    return Err(format!("{name}= has no value: write a token or a quoted string after the =, such as {name}=\"\"."));
                };
                token.to_string()
            };
            last = format!("{name}={}", mask::text(&cursor.text[value_start..cursor.at]));
            parameters.push((name.to_ascii_lowercase(), value));
            cursor.skip(" \t");
            after_comma = cursor.eat(',');
            if !after_comma {
                break;
            }
        }
        challenges.push(RawChallenge { scheme: scheme.to_string(), token68, parameters });
        cursor.skip(" \t");
        if !after_comma && cursor.peek().is_some_and(|c| c != ',') {
            return Err(format!(
                "After {last} comes \u{201c}{}\u{201d} with no comma before it: a value with a space in it goes in quotes (realm=\"My Realm\"), and commas separate parameters and challenges. Clients cut such a value each their own way, so none of it is read here.",
                next_word(&cursor)
            ));
        }
    }
    Ok(challenges)
}

fn bearer_error(error: &str) -> String {
    match error {
        "invalid_token" => "The bearer token was rejected (invalid_token): it has expired, was revoked, is malformed, or was issued for another API.".into(),
        "insufficient_scope" => "The token is valid but lacks the scope this request needs (insufficient_scope).".into(),
        "invalid_request" => "The request was malformed (invalid_request): a parameter is missing or repeated, or the token was sent more than one way.".into(),
        "invalid_dpop_proof" | "use_dpop_nonce" => format!(
            "The DPoP proof was refused ({error}): make a new proof{}.",
            if error == "use_dpop_nonce" { " with the nonce from the DPoP-Nonce header" } else { "" }
        ),
        other => format!("The token was refused ({}).", mask::text(other)),
    }
}

fn challenge_sentence(challenge: &Challenge, proxy: bool) -> String {
    let realm = challenge.realm.as_ref().map(|realm| format!(" for realm {}", quoted(realm))).unwrap_or_default();
    let parameter = |name: &str| challenge.parameters.iter().find(|parameter| parameter.name == name).and_then(|parameter| parameter.value.clone());
    let header = if proxy { "Proxy-Authorization" } else { "Authorization" };
    let mut sentence = match challenge.scheme.to_ascii_lowercase().as_str() {
        "bearer" | "dpop" => {
            let kind = if challenge.scheme.eq_ignore_ascii_case("dpop") { "a DPoP-bound OAuth access token" } else { "an OAuth bearer token" };
            let mut sentence = match &challenge.error {
                Some(error) => bearer_error(error),
                None => format!("Send {kind} in {header}: {} <token>{realm}.", challenge.scheme),
            };
            if let Some(description) = &challenge.error_description {
                sentence.push_str(&format!(" The server says: {}.", quoted(description)));
            }
            if let Some(scope) = &challenge.scope {
                sentence.push_str(&format!(" Scope needed: {scope}."));
            }
            if let Some(metadata) = parameter("resource_metadata") {
                sentence.push_str(&format!(" Which authorization server issues tokens for it is described at {metadata}."));
            }
            sentence
        }
        "basic" => {
            format!("Send a username and password with Basic authentication{realm}{}.", if parameter("charset").is_some() { ", encoded as UTF-8" } else { "" })
        }
        "digest" => {
            let algorithm = parameter("algorithm").map(|algorithm| format!(", algorithm {algorithm}")).unwrap_or_default();
            if parameter("stale").is_some_and(|stale| stale.eq_ignore_ascii_case("true")) {
                format!("Digest authentication{realm}: the nonce went stale, so retry with the new one; the credentials themselves were accepted.")
            } else {
                format!("Authenticate with HTTP Digest{realm}{algorithm}.")
            }
        }
        "negotiate" => format!(
            "Windows integrated authentication: Kerberos, or NTLM through SPNEGO{}.",
            if challenge.token68.is_some() { " (this challenge continues a handshake already under way)" } else { "" }
        ),
        "ntlm" => "NTLM (Windows) authentication.".to_string(),
        "aws4-hmac-sha256" => "Sign the request with AWS Signature Version 4.".to_string(),
        _ => format!("Authenticate with the {} scheme{realm}.", challenge.scheme),
    };
    if proxy {
        sentence = sentence.replace("in Authorization:", "in Proxy-Authorization:");
    }
    sentence
}

/// `WWW-Authenticate`, or `Proxy-Authenticate` when `proxy`.
pub(crate) fn challenges(context: &Context, proxy: bool) -> Option<Reading> {
    let (name, value) = context.combined(if proxy { "proxy-authenticate" } else { "www-authenticate" })?;
    let parsed = match parse_challenges(&value) {
        Ok(parsed) => parsed,
        Err(problem) => return Some(malformed(&name, &value, "a list of challenges", problem)),
    };
    let challenges: Vec<Challenge> = parsed
        .into_iter()
        .map(|RawChallenge { scheme, token68, parameters }| {
            let find = |wanted: &str| parameters.iter().find(|(name, _)| name == wanted).map(|(_, value)| mask::text(value));
            Challenge {
                realm: find("realm"),
                error: find("error"),
                error_description: find("error_description"),
                scope: find("scope"),
                token68: token68.map(|token| mask::text(&token)),
                parameters: parameters.iter().map(|(name, value)| Parameter { name: name.clone(), value: Some(mask::text(value)) }).collect(),
                scheme,
            }
        })
        .collect();
    if challenges.is_empty() {
        return Some(unreadable(&name, &value, "a challenge such as Bearer realm=\"api\""));
    }
    let sentences: Vec<String> = challenges.iter().map(|challenge| challenge_sentence(challenge, proxy)).collect();
    let mut sentence = if challenges.len() == 1 {
        sentences[0].clone()
    } else {
        let schemes: Vec<String> = challenges.iter().map(|challenge| challenge.scheme.clone()).collect();
        format!("{} ways to authenticate are offered ({}); pick one. {}", challenges.len(), listed(&schemes), sentences.join(" "))
    };
    if proxy {
        sentence.push_str(" This is a proxy between the client and the server asking: the credentials go in Proxy-Authorization.");
    }
    Some(Reading { fields: vec![name], sentence, detail: Detail::Challenges { proxy, challenges } })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenges_split_where_commas_separate_schemes() {
        let parsed = parse_challenges(r#"Basic realm="simple", Newauth realm="apps", type=1, title="Login to \"apps\"", Negotiate, Bearer YWJj=="#).unwrap();
        let schemes: Vec<&str> = parsed.iter().map(|challenge| challenge.scheme.as_str()).collect();
        assert_eq!(schemes, ["Basic", "Newauth", "Negotiate", "Bearer"]);
        assert_eq!(parsed[1].parameters, vec![("realm".into(), "apps".into()), ("type".into(), "1".into()), ("title".into(), "Login to \"apps\"".into())]);
        assert_eq!(parsed[3].token68.as_deref(), Some("YWJj=="));
        let bearer = parse_challenges(r#"Bearer realm="example", error="invalid_token", error_description="The access token expired""#).unwrap();
        assert_eq!(bearer.len(), 1);
        assert_eq!(bearer[0].parameters[2], ("error_description".into(), "The access token expired".into()));
        assert!(parse_challenges("").unwrap().is_empty());
        assert!(parse_challenges("\"quoted\"").unwrap().is_empty());
        assert_eq!(parse_challenges("Negotiate, , NTLM").unwrap().len(), 2, "empty list elements are allowed");
    }

    #[test]
    fn a_broken_challenge_list_says_what_is_wrong() {
        for (value, expected) in [
            ("Basic realm=My Realm", "After realm=My comes \u{201c}Realm\u{201d} with no comma"),
            (r#"Basic realm="api" charset="UTF-8""#, "After realm=\"api\" comes \u{201c}charset=\"UTF-8\"\u{201d}"),
            (r#"Bearer realm="unterminated"#, "The quoted value of realm never closes"),
            ("Bearer error=x, realm=", "realm= has no value"),
            (r#"Basic realm="a", "b""#, "not an authentication scheme"),
        ] {
            let problem = parse_challenges(value).err().unwrap_or_default();
            assert!(problem.contains(expected), "{value:?}: {problem:?}");
        }
    }
}
