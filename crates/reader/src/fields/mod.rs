//! Header field readers: each reads one field (or a family of fields) of one response and says
//! what it means, in a sentence and as values. Readers see raw values and show masked ones.

use super::parse::{Field, Request};
use super::{http_date, mask, structured, url, AltService, CacheHop, Challenge, Detail, Limit, Parameter, ProxyHop, Reading, Reference};
use structured::{Bare, Member};

/// What the readers know about the response they read.
pub(super) struct Context<'a> {
    pub(super) code: u16,
    pub(super) fields: &'a [Field],
    pub(super) request: Option<&'a Request>,
    pub(super) method: Option<&'a str>,
    /// The absolute URL that was requested, raw.
    pub(super) url: Option<&'a str>,
    pub(super) url_guessed: bool,
    /// The response's `Date`.
    pub(super) date: Option<i64>,
    pub(super) now: Option<i64>,
    pub(super) cacheable: bool,
}

impl Context<'_> {
    pub(super) fn all<'b>(&'b self, name: &'b str) -> impl Iterator<Item = &'b Field> + 'b {
        self.fields.iter().filter(move |field| field.name.eq_ignore_ascii_case(name))
    }

    pub(super) fn first(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|field| field.name.eq_ignore_ascii_case(name))
    }

    pub(super) fn has(&self, name: &str) -> bool {
        self.first(name).is_some()
    }

    /// All the field's lines combined, as RFC 9110 section 5.3 allows for list fields, and the
    /// name as first written.
    pub(super) fn combined(&self, name: &str) -> Option<(String, String)> {
        let first = self.first(name)?;
        let values: Vec<&str> = self.all(name).map(|field| field.value.as_str()).filter(|value| !value.is_empty()).collect();
        Some((first.name.clone(), values.join(", ")))
    }

    /// The time relative times are counted from: the response's Date, else now.
    pub(super) fn reference(&self) -> Option<(i64, Reference)> {
        self.date.map(|date| (date, Reference::ResponseDate)).or(self.now.map(|now| (now, Reference::Now)))
    }

    /// Now, else the response's Date: for whether a date has passed.
    fn present(&self) -> Option<i64> {
        self.now.or(self.date)
    }

    fn request_field(&self, name: &str) -> Option<&str> {
        self.request.and_then(|request| request.field(name))
    }
}

/// `146,515`.
pub(super) fn grouped(number: u64) -> String {
    let digits = number.to_string();
    let mut groups: Vec<&str> = digits.as_bytes().rchunks(3).map(|group| std::str::from_utf8(group).unwrap_or_default()).collect();
    groups.reverse();
    groups.join(",")
}

/// `a`, `a and b`, `a, b and c`.
pub(super) fn listed(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn quoted(text: &str) -> String {
    format!("\u{201c}{text}\u{201d}")
}

fn unreadable(name: &str, value: &str, expected: &'static str) -> Reading {
    let shown = mask::text(value);
    Reading {
        fields: vec![name.to_string()],
        sentence: format!("{name}: {} is not {expected}, so clients ignore it.", quoted(&shown)),
        detail: Detail::Unreadable { field: name.to_string(), value: shown, expected },
    }
}

fn digits(text: &str) -> Option<u64> {
    (!text.is_empty() && text.len() <= 18 && text.bytes().all(|byte| byte.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

/// "Wait 2 minutes (120 seconds)", "Wait 30 seconds".
fn wait(seconds: i64) -> String {
    if seconds < 60 {
        format!("Wait {}", http_date::duration(seconds))
    } else {
        format!("Wait {} ({} seconds)", http_date::duration(seconds), grouped(seconds.unsigned_abs()))
    }
}

fn counted_from(reference: Reference) -> &'static str {
    match reference {
        Reference::ResponseDate => "counted from the response's Date",
        Reference::Now => "counted from now",
    }
}

/// `Retry-After`: seconds or an HTTP-date, both read as a delay and as a clock time.
pub(super) fn retry_after(context: &Context) -> Option<Reading> {
    let field = context.first("retry-after")?;
    let value = field.value.trim();
    let reference = context.reference();
    let (seconds, at) = if let Some(seconds) = digits(value) {
        let seconds = i64::try_from(seconds).ok()?;
        (Some(seconds), reference.and_then(|(from, _)| from.checked_add(seconds)))
    } else if let Some(at) = http_date::parse(value) {
        (reference.map(|(from, _)| at.saturating_sub(from)), Some(at))
    } else {
        return Some(unreadable(&field.name, value, "a number of seconds or an HTTP-date"));
    };
    let clock = at.map(|at| http_date::clock(at, reference.map(|(from, _)| from)));
    let sentence = match (seconds, &clock, reference) {
        (Some(0), _, _) if digits(value).is_some() => "Retrying right away is allowed (Retry-After: 0).".to_string(),
        (Some(seconds), Some(clock), Some((_, from))) if seconds <= 0 => {
            format!("The time it names ({clock}) had already come, {}: retrying right away is allowed.", counted_from(from))
        }
        (Some(seconds), Some(clock), Some((_, from))) => format!("{} before retrying: until {clock}, {}.", wait(seconds), counted_from(from)),
        (Some(seconds), _, _) => format!("{} before retrying.", wait(seconds)),
        (None, Some(clock), _) => format!("Retry after {clock}."),
        (None, None, _) => return None,
    };
    Some(Reading {
        fields: vec![field.name.clone()],
        sentence,
        detail: Detail::RetryAfter { seconds, at, clock, relative_to: reference.map(|(_, from)| from) },
    })
}

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

    fn quoted_string(&mut self) -> String {
        self.eat('"');
        let mut text = String::new();
        let mut characters = self.text[self.at..].char_indices();
        while let Some((offset, c)) = characters.next() {
            match c {
                '"' => {
                    self.at += offset + 1;
                    return text;
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
        text
    }
}

/// A challenge as written: scheme, token68 and parameters.
pub(super) type RawChallenge = (String, Option<String>, Vec<(String, String)>);

/// The challenges of a `WWW-Authenticate` or `Proxy-Authenticate` value (RFC 9110 section
/// 11.6.1), where commas separate both challenges and their parameters.
pub(super) fn parse_challenges(value: &str) -> Vec<RawChallenge> {
    const MOST: usize = 16;
    let mut cursor = Cursor { text: value, at: 0 };
    let mut challenges = Vec::new();
    while challenges.len() < MOST {
        cursor.skip(" \t,");
        let Some(scheme) = cursor.token() else { break };
        let mut token68 = None;
        let mut parameters = Vec::new();
        cursor.skip(" \t");
        let start = cursor.at;
        if let Some(token) = cursor.token68() {
            cursor.skip(" \t");
            if cursor.peek().is_none_or(|c| c == ',') {
                token68 = Some(token.to_string());
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
            let value = if cursor.peek() == Some('"') { cursor.quoted_string() } else { cursor.token().unwrap_or_default().to_string() };
            parameters.push((name.to_ascii_lowercase(), value));
            cursor.skip(" \t");
            if !cursor.eat(',') {
                break;
            }
        }
        challenges.push((scheme.to_string(), token68, parameters));
        if cursor.at < value.len() && !cursor.text[cursor.at..].starts_with([' ', '\t', ',']) && cursor.token().is_none() {
            break;
        }
    }
    challenges
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
pub(super) fn challenges(context: &Context, proxy: bool) -> Option<Reading> {
    let (name, value) = context.combined(if proxy { "proxy-authenticate" } else { "www-authenticate" })?;
    let challenges: Vec<Challenge> = parse_challenges(&value)
        .into_iter()
        .map(|(scheme, token68, parameters)| {
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

/// The method of the request a redirect leads to, and why.
fn next_method(code: u16, method: Option<&str>) -> (Option<String>, Option<String>) {
    match (code, method) {
        (303, Some("HEAD")) => (Some("HEAD".into()), Some("A 303 continues with a GET (HEAD stays HEAD).".into())),
        (303, _) => (Some("GET".into()), Some(format!("A 303 always continues with a GET{}.", method.map(|method| format!(", so the {method} becomes a GET")).unwrap_or_default()))),
        (301 | 302, Some("POST")) => (
            Some("GET".into()),
            Some("The POST becomes a GET on the next request: browsers and curl -L have always done this after a 301 or 302, and RFC 9110 allows it; send 307 or 308 to keep the POST and its body.".into()),
        ),
        // GET and HEAD go on as they are: nothing worth a sentence.
        (301 | 302 | 307 | 308, Some(method @ ("GET" | "HEAD"))) => (Some(method.to_string()), None),
        (301 | 302, Some(method)) => (Some(method.to_string()), Some(format!("The next request repeats the {method}."))),
        (301 | 302, None) => (None, Some("A POST would become a GET on the next request (what browsers and curl -L do after a 301 or 302); other methods are kept.".into())),
        (307 | 308, Some(method)) => {
            let body = if matches!(method, "POST" | "PUT" | "PATCH") { " with the same body" } else { "" };
            (Some(method.to_string()), Some(format!("The next request repeats the {method}{body}: a {code} never changes the method.")))
        }
        (307 | 308, None) => (None, Some(format!("The next request keeps the method and the body: a {code} never changes them."))),
        _ => (None, None),
    }
}

/// `Location`, resolved against the request URL; for redirects, the next request's method.
pub(super) fn location(context: &Context) -> Option<(Reading, Option<String>)> {
    let field = context.first("location")?;
    let value = field.value.trim();
    if value.is_empty() {
        return Some((unreadable(&field.name, value, "a URL"), None));
    }
    let absolute = url::split(value).scheme.is_some();
    let resolved = match context.url {
        Some(base) => url::resolve(base, value),
        None if absolute => url::resolve(value, value),
        None => None,
    };
    let base_guessed = context.url_guessed && !absolute;
    let shown = mask::text(value);
    let target = match &resolved {
        Some(resolved) if !absolute => {
            format!("{} ({shown} resolved against the request URL{})", mask::text(resolved), if base_guessed { ", taking it to be https" } else { "" })
        }
        Some(resolved) => mask::text(resolved),
        None => format!("{shown}, relative to the URL that was requested (which the text does not show)"),
    };
    let (next_method, method_note) = next_method(context.code, context.method);
    let mut sentence = match context.code {
        301 | 308 => format!("Moved permanently to {target}: update links and bookmarks."),
        302 | 307 => format!("Redirects to {target} for now; keep using the original URL."),
        303 => format!("The result is at {target}."),
        300 => format!("The server's preferred choice is {target}."),
        201 => format!("The new resource is at {target}."),
        _ => format!("Points to {target}."),
    };
    if let Some(note) = method_note {
        sentence.push(' ');
        sentence.push_str(&note);
    }
    let reading = Reading {
        fields: vec![field.name.clone()],
        sentence,
        detail: Detail::Location { value: shown, resolved: resolved.as_deref().map(mask::text), base_guessed, next_method },
    };
    Some((reading, resolved))
}

/// `Allow`, against the method that was sent.
pub(super) fn allow(context: &Context) -> Option<Reading> {
    let (name, value) = context.combined("allow")?;
    let methods: Vec<String> = value.split(',').map(str::trim).filter(|method| !method.is_empty()).map(mask::text).collect();
    let request_method_allowed = context.method.map(|method| methods.iter().any(|allowed| allowed == method));
    let mut sentence = if methods.is_empty() {
        "Allow is empty: the resource accepts no method at the moment.".to_string()
    } else {
        format!("The resource accepts {}.", listed(&methods))
    };
    match (context.method, request_method_allowed) {
        (Some(method), Some(false)) => sentence.push_str(&format!(" The request was a {method}, which is not one of them.")),
        (Some(method), Some(true)) if context.code == 405 => sentence.push_str(&format!(
            " The request was a {method}, which the list includes: the server contradicts itself, or something in between changed the method."
        )),
        _ => {}
    }
    Some(Reading {
        fields: vec![name],
        sentence,
        detail: Detail::Allow { methods, request_method: context.method.map(str::to_string), request_method_allowed },
    })
}

/// A `Content-Range` as written: unit, first and last position, complete length.
pub(super) type RawContentRange = (String, Option<(u64, u64)>, Option<u64>);

/// `bytes 0-1023/146515`, `bytes */146515`, `bytes 0-1023/*`.
pub(super) fn parse_content_range(value: &str) -> Option<RawContentRange> {
    let (unit, rest) = value.trim().split_once(' ')?;
    let (range, length) = rest.trim().split_once('/')?;
    let length = if length == "*" { None } else { Some(digits(length)?) };
    let range = if range == "*" {
        None
    } else {
        let (first, last) = range.split_once('-')?;
        let (first, last) = (digits(first)?, digits(last)?);
        if last < first || length.is_some_and(|length| last >= length) {
            return None;
        }
        Some((first, last))
    };
    if range.is_none() && length.is_none() {
        return None;
    }
    Some((unit.to_string(), range, length))
}

pub(super) fn content_range(context: &Context) -> Option<Reading> {
    let field = context.first("content-range")?;
    let Some((unit, range, length)) = parse_content_range(&field.value) else {
        return Some(unreadable(&field.name, &field.value, "a range such as bytes 0-1023/146515, or bytes */146515"));
    };
    let of = length.map(|length| format!("{} {unit}", grouped(length))).unwrap_or_else(|| "a representation whose full length the server does not say".into());
    let sentence = match (range, length) {
        (Some((first, last)), _) => format!("This part is {unit} {}\u{2013}{} ({} {unit}) of {of}.", grouped(first), grouped(last), grouped(last - first + 1)),
        (None, Some(0)) => format!("The representation is empty (0 {unit}): no range of it can be satisfied."),
        (None, Some(length)) => {
            let position = if unit == "bytes" { "byte" } else { unit.as_str() };
            format!("The whole representation is {} {unit}: a range must start before {position} {}.", grouped(length), grouped(length))
        }
        (None, None) => return None,
    };
    Some(Reading {
        fields: vec![field.name.clone()],
        sentence,
        detail: Detail::ContentRange { unit, first: range.map(|(first, _)| first), last: range.map(|(_, last)| last), complete_length: length },
    })
}

/// `Upgrade`, on a 101 or 426.
pub(super) fn upgrade(context: &Context) -> Option<Reading> {
    if context.code != 101 && context.code != 426 {
        return None;
    }
    let (name, value) = context.combined("upgrade")?;
    let protocols: Vec<String> = value.split(',').map(str::trim).filter(|protocol| !protocol.is_empty()).map(mask::text).collect();
    let sentence = if context.code == 101 {
        format!("The connection switches to {} from here on.", listed(&protocols))
    } else {
        format!(
            "The server will only answer over {}: send the request again with Upgrade: {} and Connection: Upgrade, or over that protocol directly.",
            listed(&protocols),
            protocols.join(", ")
        )
    };
    Some(Reading { fields: vec![name], sentence, detail: Detail::Upgrade { protocols } })
}

/// Seconds until a reset written as epoch seconds (GitHub), epoch milliseconds, or a delay.
fn reset_from_number(number: f64, reference: Option<i64>) -> (Option<i64>, Option<i64>) {
    const EPOCH_SECONDS: f64 = 1e9;
    const EPOCH_MILLISECONDS: f64 = 1e12;
    if number >= EPOCH_MILLISECONDS {
        let at = (number / 1000.0).ceil() as i64;
        (reference.map(|from| at.saturating_sub(from)), Some(at))
    } else if number >= EPOCH_SECONDS {
        let at = number.ceil() as i64;
        (reference.map(|from| at.saturating_sub(from)), Some(at))
    } else {
        let seconds = number.ceil() as i64;
        (Some(seconds), reference.map(|from| from.saturating_add(seconds)))
    }
}

fn number(text: &str) -> Option<f64> {
    let text = text.trim();
    (!text.is_empty() && text.len() <= 24 && text.bytes().all(|byte| byte.is_ascii_digit() || byte == b'.'))
        .then(|| text.parse().ok())
        .flatten()
        .filter(|number: &f64| number.is_finite())
}

fn first_integer(value: &str) -> Option<u64> {
    digits(value.split([',', ';']).next()?.trim())
}

fn new_limit(source: &str) -> Limit {
    Limit {
        policy: None,
        quota: None,
        window: None,
        unit: None,
        remaining: None,
        reset_seconds: None,
        reset_at: None,
        reset_clock: None,
        source: source.to_string(),
    }
}

/// The draft's structured fields: `RateLimit-Policy` (quota `q`, window `w`, unit `qu`) and
/// `RateLimit` (remaining `r`, reset `t`) from -08 on, matched by policy name; `RateLimit`
/// as a Dictionary (`limit=100, remaining=50, reset=30`) from -07.
fn draft_limits(context: &Context, reference: Option<i64>) -> Vec<Limit> {
    let mut limits: Vec<Limit> = Vec::new();
    let nonnegative = |bare: Option<&Bare>| bare.and_then(Bare::as_integer).and_then(|number| u64::try_from(number).ok());
    if let Some((name, value)) = context.combined("ratelimit-policy") {
        for member in structured::list(&value).unwrap_or_default() {
            let Some(item) = member.item() else { continue };
            let mut limit = new_limit(&name);
            match &item.bare {
                Bare::Integer(quota) => limit.quota = u64::try_from(*quota).ok(),
                bare => {
                    limit.policy = bare.as_text().map(mask::text);
                    limit.quota = nonnegative(item.parameter("q"));
                }
            }
            limit.window = nonnegative(item.parameter("w"));
            limit.unit = item.parameter("qu").and_then(Bare::as_text).map(mask::text);
            limits.push(limit);
        }
    }
    let Some((name, value)) = context.combined("ratelimit") else { return limits };
    let current = structured::list(&value).filter(|members| members.iter().all(|member| member.item().is_some_and(|item| item.bare.as_text().is_some())));
    if let Some(members) = current {
        for item in members.iter().filter_map(Member::item) {
            let policy = item.bare.as_text().map(mask::text);
            let position = limits.iter().position(|limit| limit.policy == policy).unwrap_or_else(|| {
                limits.push(Limit { policy: policy.clone(), ..new_limit(&name) });
                limits.len() - 1
            });
            let limit = &mut limits[position];
            limit.source = if limit.source == name { name.clone() } else { format!("{}, {name}", limit.source) };
            limit.remaining = nonnegative(item.parameter("r"));
            if let Some(seconds) = item.parameter("t").and_then(Bare::as_integer) {
                limit.reset_seconds = Some(seconds);
                limit.reset_at = reference.map(|from| from.saturating_add(seconds));
            }
        }
    } else if let Some(dictionary) = structured::dictionary(&value) {
        let get = |key: &str| dictionary.iter().find(|(name, _)| name == key).and_then(|(_, member)| member.item()).map(|item| &item.bare);
        let mut limit = limits.pop().unwrap_or_else(|| new_limit(&name));
        limit.quota = nonnegative(get("limit")).or(limit.quota);
        limit.remaining = nonnegative(get("remaining"));
        limit.reset_seconds = get("reset").and_then(Bare::as_integer);
        limit.reset_at = limit.reset_seconds.zip(reference).map(|(seconds, from)| from.saturating_add(seconds));
        limits.push(limit);
    }
    limits
}

/// `{prefix}Limit`, `{prefix}Remaining`, `{prefix}Reset`: the draft's first fields
/// (`RateLimit-`) and the conventions before it (`X-RateLimit-`, `X-Rate-Limit-`).
fn separate_limits(context: &Context, prefix: &str, reference: Option<i64>) -> Option<Limit> {
    let field = |suffix: &str| context.first(&format!("{prefix}{suffix}"));
    let (limit_field, remaining_field, reset_field) = (field("limit"), field("remaining"), field("reset").or_else(|| field("reset-after")));
    let named = limit_field.or(remaining_field).or(reset_field)?;
    let mut limit = new_limit(&named.name);
    limit.quota = limit_field.and_then(|field| first_integer(&field.value));
    limit.remaining = remaining_field.and_then(|field| first_integer(&field.value));
    limit.policy = field("resource").map(|field| mask::text(&field.value));
    if let Some(number) = reset_field.and_then(|field| number(&field.value)) {
        (limit.reset_seconds, limit.reset_at) = reset_from_number(number, reference);
    } else if let Some(at) = field("resettime").and_then(|field| http_date::parse(&field.value)) {
        // GitLab also writes the reset as an HTTP-date.
        (limit.reset_seconds, limit.reset_at) = (reference.map(|from| at.saturating_sub(from)), Some(at));
    }
    Some(limit)
}

/// Vendors' per-resource fields: OpenAI's `x-ratelimit-remaining-tokens` (resets as Go
/// durations, `6m0s`) and Anthropic's `anthropic-ratelimit-tokens-remaining` (RFC 3339).
fn resource_limits(context: &Context, reference: Option<i64>) -> Vec<Limit> {
    let mut limits: Vec<Limit> = Vec::new();
    for field in context.fields {
        let name = field.name.to_ascii_lowercase();
        let (resource, kind) = if let Some(rest) = name.strip_prefix("x-ratelimit-") {
            match rest.split_once('-') {
                Some((kind @ ("limit" | "remaining" | "reset"), resource)) if !resource.is_empty() && resource != "after" => (resource.to_string(), kind),
                _ => continue,
            }
        } else if let Some(rest) = name.strip_prefix("anthropic-ratelimit-") {
            match rest.rsplit_once('-') {
                Some((resource, kind @ ("limit" | "remaining" | "reset"))) => (resource.to_string(), kind),
                _ => continue,
            }
        } else {
            continue;
        };
        let position = limits.iter().position(|limit| limit.policy.as_deref() == Some(&resource)).unwrap_or_else(|| {
            limits.push(Limit { policy: Some(resource.clone()), ..new_limit(&field.name) });
            limits.len() - 1
        });
        let limit = &mut limits[position];
        match kind {
            "limit" => limit.quota = first_integer(&field.value),
            "remaining" => limit.remaining = first_integer(&field.value),
            _ => {
                if let Some(at) = http_date::parse_rfc3339(&field.value) {
                    (limit.reset_seconds, limit.reset_at) = (reference.map(|from| at.saturating_sub(from)), Some(at));
                } else if let Some(seconds) = http_date::parse_go_duration(&field.value) {
                    (limit.reset_seconds, limit.reset_at) = (Some(seconds), reference.map(|from| from.saturating_add(seconds)));
                }
            }
        }
    }
    limits
}

fn limit_sentence(limit: &Limit) -> String {
    let unit = limit.unit.clone().unwrap_or_else(|| {
        let policy = limit.policy.as_deref().unwrap_or_default();
        if policy.contains("token") {
            "tokens".into()
        } else {
            "requests".into()
        }
    });
    let window = limit.window.map(|window| format!(" per {}", http_date::duration(window as i64).trim_start_matches("1 "))).unwrap_or_default();
    let name = limit.policy.as_ref().map(|policy| format!("{policy}: ")).unwrap_or_default();
    let left = match (limit.remaining, limit.quota) {
        (Some(0), Some(quota)) => format!("none of the {} {unit}{window} left", grouped(quota)),
        (Some(0), None) => format!("no {unit} left"),
        (Some(remaining), Some(quota)) => format!("{} of {} {unit}{window} left", grouped(remaining), grouped(quota)),
        (Some(remaining), None) => format!("{} {unit} left", grouped(remaining)),
        (None, Some(quota)) => format!("a quota of {} {unit}{window}", grouped(quota)),
        (None, None) => "a limit".into(),
    };
    let reset = match (limit.reset_seconds, &limit.reset_clock) {
        (Some(seconds), Some(clock)) if seconds > 0 => format!("; it resets in {} (at {clock})", http_date::duration(seconds)),
        (Some(seconds), None) if seconds > 0 => format!("; it resets in {}", http_date::duration(seconds)),
        (_, Some(clock)) => format!("; it resets at {clock}"),
        _ => String::new(),
    };
    format!("{name}{left}{reset}.")
}

/// Every rate-limit convention the response uses, in one reading.
pub(super) fn rate_limits(context: &Context) -> Option<Reading> {
    let reference = context.reference().map(|(from, _)| from);
    let mut limits = draft_limits(context, reference);
    if let Some(mut separate) = separate_limits(context, "ratelimit-", reference) {
        // Drafts up to -06 paired RateLimit-Limit and friends with an unnamed RateLimit-Policy
        // (`100;w=60`): one limit, told in two places.
        if let [policy] = limits.as_slice() {
            if policy.policy.is_none() && policy.remaining.is_none() {
                separate.window = policy.window;
                separate.unit = policy.unit.clone();
                separate.quota = separate.quota.or(policy.quota);
                limits.clear();
            }
        }
        limits.push(separate);
    }
    for prefix in ["x-ratelimit-", "x-rate-limit-"] {
        limits.extend(separate_limits(context, prefix, reference));
    }
    limits.extend(resource_limits(context, reference));
    if limits.is_empty() {
        return None;
    }
    for limit in &mut limits {
        limit.reset_clock = limit.reset_at.map(|at| http_date::clock(at, reference));
    }
    let mut fields: Vec<String> = Vec::new();
    for field in context.fields {
        let name = field.name.to_ascii_lowercase();
        let rate_field = ["ratelimit", "x-ratelimit-", "x-rate-limit-", "anthropic-ratelimit-"].iter().any(|prefix| name.starts_with(prefix));
        if rate_field && !fields.iter().any(|seen| seen.eq_ignore_ascii_case(&field.name)) {
            fields.push(field.name.clone());
        }
    }
    let sentences: Vec<String> = limits.iter().map(limit_sentence).collect();
    let mut sentence = format!("Rate limit: {}", sentences.join(" "));
    if limits.iter().any(|limit| limit.remaining == Some(0)) {
        sentence.push_str(" The quota is used up: wait for the reset before sending more.");
    }
    Some(Reading { fields, sentence, detail: Detail::RateLimit { limits } })
}

/// What each RFC 9209 error type means.
fn proxy_error_meaning(error: &str) -> Option<&'static str> {
    Some(match error {
        "dns_timeout" => "looking up the next hop's address in DNS timed out",
        "dns_error" => "looking up the next hop's address in DNS failed",
        "destination_not_found" => "the proxy has no route configured for this destination",
        "destination_unavailable" => "the next hop is marked unavailable (for example, it fails health checks)",
        "destination_ip_prohibited" => "the proxy may not connect to the next hop's IP address",
        "destination_ip_unroutable" => "the next hop's IP address cannot be reached",
        "connection_refused" => "the next hop refused the connection",
        "connection_terminated" => "the connection to the next hop closed before any response",
        "connection_timeout" => "connecting to the next hop timed out",
        "connection_read_timeout" => "the next hop stopped sending data",
        "connection_write_timeout" => "sending to the next hop timed out",
        "connection_limit_reached" => "the proxy reached its limit of connections to the next hop",
        "tls_protocol_error" => "the TLS handshake with the next hop failed",
        "tls_certificate_error" => "the next hop's TLS certificate was not accepted",
        "tls_alert_received" => "the next hop ended TLS with an alert",
        "http_request_error" => "the proxy found the request itself invalid",
        "http_request_denied" => "the proxy's policy denied the request",
        "http_response_incomplete" => "the next hop's response was cut short",
        "http_response_header_section_size" => "the next hop's response header section was too large",
        "http_response_header_size" => "a header field from the next hop was too large",
        "http_response_body_size" => "the next hop's response body was too large",
        "http_response_trailer_section_size" | "http_response_trailer_size" => "the next hop's trailer fields were too large",
        "http_response_transfer_coding" => "the next hop's transfer coding could not be decoded",
        "http_response_content_coding" => "the next hop's content coding could not be decoded",
        "http_response_timeout" => "the next hop did not send a whole response in time",
        "http_upgrade_failed" => "the protocol upgrade with the next hop (such as WebSocket) failed",
        "http_protocol_error" => "the next hop broke the HTTP protocol",
        "proxy_internal_response" => "the proxy wrote this response itself",
        "proxy_internal_error" => "the proxy failed internally",
        "proxy_configuration_error" => "the proxy is misconfigured",
        "proxy_loop_detected" => "the request came back to the same proxy: a forwarding loop",
        _ => return None,
    })
}

/// `Proxy-Status` (RFC 9209): which intermediary said what, nearest the origin first.
pub(super) fn proxy_status(context: &Context) -> Option<Reading> {
    let (name, value) = context.combined("proxy-status")?;
    let Some(members) = structured::list(&value) else {
        return Some(unreadable(&name, &value, "a structured list such as ExampleCDN; error=connection_timeout"));
    };
    let text = |bare: Option<&Bare>| bare.and_then(Bare::as_text).map(mask::text);
    let proxies: Vec<ProxyHop> = members
        .iter()
        .filter_map(Member::item)
        .filter_map(|item| {
            let error = text(item.parameter("error"));
            Some(ProxyHop {
                name: text(Some(&item.bare))?,
                meaning: error.as_deref().and_then(proxy_error_meaning),
                error,
                details: text(item.parameter("details")),
                next_hop: text(item.parameter("next-hop")),
                received_status: item.parameter("received-status").and_then(Bare::as_integer),
            })
        })
        .collect();
    let sentences: Vec<String> = proxies
        .iter()
        .map(|proxy| {
            let mut sentence = match (&proxy.error, proxy.meaning) {
                (Some(error), Some(meaning)) => format!("{} reports {error}: {meaning}", proxy.name),
                (Some(error), None) => format!("{} reports the error {error}", proxy.name),
                (None, _) => format!("{} handled the request", proxy.name),
            };
            if let Some(next_hop) = &proxy.next_hop {
                sentence.push_str(&format!(" (next hop {next_hop})"));
            }
            if let Some(status) = proxy.received_status {
                sentence.push_str(&format!("; the next hop answered {status}"));
            }
            if let Some(details) = &proxy.details {
                sentence.push_str(&format!("; details: {}", quoted(details)));
            }
            sentence + "."
        })
        .collect();
    Some(Reading { fields: vec![name], sentence: sentences.join(" "), detail: Detail::ProxyStatus { proxies } })
}

fn forward_meaning(forward: &str) -> &'static str {
    match forward {
        "bypass" => "the cache is set to let this request through",
        "method" => "the request method is not cacheable",
        "uri-miss" => "nothing was cached for this URL",
        "vary-miss" => "a copy was cached, but for other values of the fields in Vary",
        "miss" => "it was not in the cache",
        "request" => "the request asked to bypass the cache",
        "stale" => "the cached copy was stale and had to be checked",
        "partial" => "only part of it was cached",
        _ => "the cache sent it on",
    }
}

/// `Cache-Status` (RFC 9211): each cache's verdict, nearest the origin first.
pub(super) fn cache_status(context: &Context) -> Option<Reading> {
    let (name, value) = context.combined("cache-status")?;
    let Some(members) = structured::list(&value) else {
        return Some(unreadable(&name, &value, "a structured list such as ExampleCache; hit; ttl=376"));
    };
    let caches: Vec<CacheHop> = members
        .iter()
        .filter_map(Member::item)
        .filter_map(|item| {
            let flag = |key: &str| item.parameter(key) == Some(&Bare::Boolean(true));
            Some(CacheHop {
                name: item.bare.as_text().map(mask::text)?,
                hit: flag("hit"),
                forward: item.parameter("fwd").and_then(Bare::as_text).map(str::to_string),
                forward_status: item.parameter("fwd-status").and_then(Bare::as_integer),
                ttl: item.parameter("ttl").and_then(Bare::as_integer),
                stored: flag("stored"),
                detail: item.parameter("detail").and_then(Bare::as_text).map(mask::text),
            })
        })
        .collect();
    let sentences: Vec<String> = caches
        .iter()
        .map(|cache| {
            let mut sentence = if cache.hit {
                format!("{}: served from the cache", cache.name)
            } else {
                let why = cache.forward.as_deref().map(forward_meaning).unwrap_or("it was not served from the cache");
                format!("{}: sent on to the next hop ({why})", cache.name)
            };
            if let Some(status) = cache.forward_status {
                sentence.push_str(&format!(", which answered {status}"));
            }
            match cache.ttl {
                Some(ttl) if ttl > 0 => sentence.push_str(&format!("; fresh for another {}", http_date::duration(ttl))),
                Some(ttl) => sentence.push_str(&format!("; stale for {}", http_date::duration(ttl))),
                None => {}
            }
            if cache.stored {
                sentence.push_str("; stored for next time");
            }
            sentence + "."
        })
        .collect();
    Some(Reading { fields: vec![name], sentence: sentences.join(" "), detail: Detail::CacheStatus { caches } })
}

/// Cache directives: `name` or `name=value`, commas inside quotes kept.
pub(super) fn directives(value: &str) -> Vec<(String, Option<String>)> {
    let mut directives = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in value.chars().chain([',']) {
        match c {
            '"' => {
                quoted = !quoted;
                current.push(c);
            }
            ',' if !quoted => {
                let part = current.trim();
                if !part.is_empty() {
                    let (name, value) = match part.split_once('=') {
                        Some((name, value)) => (name.trim(), Some(value.trim().trim_matches('"').to_string())),
                        None => (part, None),
                    };
                    directives.push((name.to_ascii_lowercase(), value));
                }
                current.clear();
            }
            _ => current.push(c),
        }
    }
    directives
}

/// `Cache-Control`, `Expires`, `Age` and `Pragma`, with the status's default cacheability:
/// who may store the response and for how long it stays fresh (RFC 9111 section 4.2).
pub(super) fn freshness(context: &Context) -> Option<Reading> {
    let names = ["cache-control", "expires", "age", "pragma"];
    let mut present: Vec<String> = names.iter().filter_map(|name| context.first(name)).map(|field| field.name.clone()).collect();
    if present.is_empty() && !context.cacheable {
        return None;
    }
    if present.is_empty() {
        present.extend(context.first("last-modified").map(|field| field.name.clone()));
    }
    let directives = context.combined("cache-control").map(|(_, value)| directives(&value)).unwrap_or_default();
    let directive = |name: &str| directives.iter().find(|(directive, _)| directive == name);
    let seconds = |name: &str| directive(name).and_then(|(_, value)| value.as_deref()).and_then(digits).map(|seconds| seconds.min(i64::MAX as u64 / 2) as i64);
    let no_store = directive("no-store").is_some();
    let no_cache = directive("no-cache").is_some_and(|(_, fields)| fields.is_none());
    let private = directive("private").is_some_and(|(_, fields)| fields.is_none());
    let expires_field = context.first("expires");
    let expires = expires_field.map(|field| http_date::parse(&field.value));
    let from_expires = match expires {
        Some(Some(expires)) => context.date.map(|date| (expires - date).max(0)),
        // An invalid Expires (often "0" or "-1") means already expired (RFC 9111 section 5.3).
        Some(None) => Some(0),
        None => None,
    };
    let lifetime = seconds("max-age").or(from_expires);
    let shared_lifetime = if private { None } else { seconds("s-maxage").or(lifetime) };
    let age = context.first("age").and_then(|field| digits(field.value.trim())).map(|age| age.min(i64::MAX as u64 / 2) as i64);
    // Age comes from shared caches, so it is counted against their lifetime.
    let remaining = shared_lifetime.or(lifetime).map(|lifetime| lifetime - age.unwrap_or(0));
    let explicit = lifetime.is_some() || shared_lifetime.is_some() || no_cache;
    let heuristic = !no_store && !explicit && context.cacheable;
    let mut sentences: Vec<String> = Vec::new();
    if no_store {
        sentences.push("No cache may store this response (no-store).".into());
    } else {
        if private {
            sentences.push("Only the browser's own cache may keep it (private); CDNs and shared proxies must not.".into());
        } else if directive("public").is_some() {
            sentences.push("Shared caches such as CDNs may keep it, as well as the browser (public).".into());
        }
        if no_cache {
            sentences.push("Caches may keep it but must check with the server before every reuse (no-cache).".into());
        } else if let Some(lifetime) = lifetime {
            let source = if directive("max-age").is_some() { format!("max-age={lifetime}") } else { "Expires minus Date".into() };
            if lifetime == 0 {
                sentences.push(format!("It is stale at once ({source}): caches must revalidate it before each reuse."));
            } else {
                sentences.push(format!("Caches may reuse it for {} ({source}).", http_date::duration(lifetime)));
            }
        } else if matches!(expires, Some(Some(_))) {
            sentences.push("Expires is set, but without a Date to count from its lifetime is unclear.".into());
        }
        if let Some(shared) = seconds("s-maxage").filter(|_| !private) {
            if Some(shared) != lifetime {
                sentences.push(format!("Shared caches such as CDNs may reuse it for {} (s-maxage).", http_date::duration(shared)));
            }
        }
        if let (Some(age), Some(remaining)) = (age, remaining) {
            if shared_lifetime.or(lifetime).is_some_and(|lifetime| lifetime > 0) {
                if remaining > 0 {
                    sentences.push(format!(
                        "It has already spent {} in a cache (Age), so it stays fresh for another {}.",
                        http_date::duration(age),
                        http_date::duration(remaining)
                    ));
                } else {
                    sentences.push(format!("It has already spent {} in a cache (Age), so it is stale now.", http_date::duration(age)));
                }
            }
        } else if let Some(age) = age.filter(|age| *age > 0) {
            sentences.push(format!("It has spent {} in a cache (Age).", http_date::duration(age)));
        }
        // Heuristic freshness is worth a word where it bites: browsers keep permanent
        // redirects, and caches estimate from Last-Modified.
        if heuristic && (context.code == 301 || context.code == 308) {
            sentences.push(format!(
                "There is no explicit lifetime, and browsers keep a permanent redirect without one, often until their cache is cleared: a mistaken {} is hard to take back. Cache-Control: max-age bounds it.",
                context.code
            ));
        } else if heuristic && context.has("last-modified") {
            sentences.push(format!(
                "There is no explicit lifetime, and a {} is cacheable by default, so caches may pick one themselves (heuristic freshness, typically a tenth of the time since Last-Modified).",
                context.code
            ));
        } else if !explicit && !context.cacheable && (context.has("cache-control") || context.has("expires")) && directive("public").is_none() {
            sentences.push(format!("There is no explicit lifetime, and a {} is not cacheable by default, so caches will not reuse it.", context.code));
        }
        if directive("immutable").is_some() {
            sentences.push("It will not change while fresh (immutable), so browsers skip revalidating it on reload.".into());
        }
        if let Some(stale) = seconds("stale-while-revalidate") {
            sentences
                .push(format!("Once stale, a cache may still serve it for {} while it fetches a fresh copy in the background.", http_date::duration(stale)));
        }
        if let Some(stale) = seconds("stale-if-error") {
            sentences.push(format!("If the origin fails, a cache may serve it stale for up to {}.", http_date::duration(stale)));
        }
        if directive("must-revalidate").is_some() || directive("proxy-revalidate").is_some() {
            sentences.push("Once stale, it must not be served without checking with the server (must-revalidate).".into());
        }
        if let (Some(field), Some(None)) = (expires_field, expires) {
            if directive("max-age").is_none() {
                sentences.push(format!("Expires: {} is not a date, which caches read as already expired.", quoted(&mask::text(&field.value))));
            }
        }
    }
    if directives.is_empty() && context.first("pragma").is_some_and(|field| field.value.to_ascii_lowercase().contains("no-cache")) {
        sentences.push("Pragma: no-cache is a request directive from HTTP/1.0; in a response, caches ignore it: use Cache-Control.".into());
    }
    if sentences.is_empty() {
        return None;
    }
    Some(Reading {
        fields: present,
        sentence: sentences.join(" "),
        detail: Detail::Freshness {
            directives: directives.into_iter().map(|(name, value)| Parameter { name, value: value.as_deref().map(mask::text) }).collect(),
            storable: !no_store,
            shared_storable: !no_store && !private,
            lifetime,
            shared_lifetime,
            age,
            remaining,
            heuristic,
            cacheable_by_default: context.cacheable,
        },
    })
}

/// `Vary`: what caches key their copies on.
pub(super) fn vary(context: &Context) -> Option<Reading> {
    let (name, value) = context.combined("vary")?;
    let fields: Vec<String> = value.split(',').map(str::trim).filter(|field| !field.is_empty()).map(mask::text).collect();
    let has = |wanted: &str| fields.iter().any(|field| field.eq_ignore_ascii_case(wanted));
    let mut sentence = if has("*") {
        "Vary: * means the response depends on more than the request's fields, so no cache can reuse it for another request.".to_string()
    } else {
        format!("Caches keep a separate copy for each value of {} in the request.", listed(&fields))
    };
    if has("origin") {
        sentence.push_str(" Varying on Origin keeps one origin's CORS answer from being served to another.");
    }
    if has("cookie") || has("authorization") {
        sentence.push_str(" Varying on Cookie or Authorization makes a copy per user, which shared caches can rarely reuse.");
    }
    if has("user-agent") {
        sentence.push_str(" Varying on User-Agent splits the cache into thousands of copies, one per browser version.");
    }
    Some(Reading { fields: vec![name], sentence, detail: Detail::Vary { fields } })
}

fn protocol_name(id: &str) -> Option<&'static str> {
    Some(match id {
        "h3" => "HTTP/3",
        "h2" => "HTTP/2",
        "http/1.1" => "HTTP/1.1",
        "quic" => "Google QUIC",
        _ if id.starts_with("h3-") => "HTTP/3 (a draft version)",
        _ => return None,
    })
}

/// `Alt-Svc` (RFC 7838): the same service over other protocols or ports.
pub(super) fn alt_svc(context: &Context) -> Option<Reading> {
    let (name, value) = context.combined("alt-svc")?;
    if value.trim().eq_ignore_ascii_case("clear") {
        return Some(Reading {
            fields: vec![name],
            sentence: "Forget the alternative services this origin advertised before (clear).".into(),
            detail: Detail::AltSvc { clear: true, services: Vec::new() },
        });
    }
    const DAY: i64 = 86_400;
    let services: Vec<AltService> = directives(&value)
        .into_iter()
        .filter_map(|(protocol, authority)| {
            let (authority, parameters) = authority.map(|authority| {
                authority
                    .split_once(';')
                    .map(|(authority, rest)| (authority.trim_matches('"').to_string(), rest.to_string()))
                    .unwrap_or((authority, String::new()))
            })?;
            let (host, port) = authority.rsplit_once(':')?;
            let max_age = parameters
                .split(';')
                .filter_map(|parameter| parameter.trim().strip_prefix("ma="))
                .find_map(digits)
                .map_or(DAY, |seconds| seconds.min(i64::MAX as u64) as i64);
            Some(AltService {
                protocol_name: protocol_name(&protocol),
                protocol,
                host: (!host.is_empty()).then(|| mask::text(host)),
                port: port.parse().ok(),
                max_age,
            })
        })
        .collect();
    if services.is_empty() {
        return Some(unreadable(&name, &value, "alternatives such as h3=\":443\"; ma=86400"));
    }
    let offers: Vec<String> = services
        .iter()
        .map(|service| {
            let protocol = service.protocol_name.map(str::to_string).unwrap_or_else(|| service.protocol.clone());
            let place = match (&service.host, service.port) {
                (Some(host), Some(port)) => format!(" at {host}:{port}"),
                (None, Some(port)) => format!(" on port {port}"),
                _ => String::new(),
            };
            format!("{protocol}{place}")
        })
        .collect();
    let remembered = services.iter().map(|service| service.max_age).max().unwrap_or(DAY);
    let sentence = format!("The server also answers over {}; clients may remember this for {}.", listed(&offers), http_date::duration(remembered));
    Some(Reading { fields: vec![name], sentence, detail: Detail::AltSvc { clear: false, services } })
}

/// The first `Link` target with this relation type (`deprecation`, `sunset`).
fn link_with_relation(context: &Context, relation: &str) -> Option<String> {
    let (_, value) = context.combined("link")?;
    let mut rest = value.as_str();
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>')? + start;
        let target = &rest[start + 1..end];
        let parameters_end = rest[end..].find('<').map_or(rest.len(), |next| next + end);
        let parameters = &rest[end + 1..parameters_end];
        let relations = parameters
            .split(';')
            .filter_map(|parameter| parameter.trim().strip_prefix("rel="))
            .map(|relations| relations.trim_matches(|c: char| c == '"' || c == ',' || c.is_whitespace()));
        if relations.flat_map(str::split_whitespace).any(|candidate| candidate.eq_ignore_ascii_case(relation)) {
            let resolved = context.url.and_then(|base| url::resolve(base, target)).unwrap_or_else(|| target.to_string());
            return Some(mask::text(&resolved));
        }
        rest = &rest[parameters_end..];
    }
    None
}

/// "in 3 days" or "2 hours ago", against now (or the response's Date).
fn relative(context: &Context, at: i64) -> Option<String> {
    let present = context.present()?;
    Some(if at >= present {
        format!("in {}", http_date::duration(at.saturating_sub(present)))
    } else {
        format!("{} ago", http_date::duration(present.saturating_sub(at)))
    })
}

/// `Deprecation` (RFC 9745: `@1688169599`; older drafts: `true` or an HTTP-date).
pub(super) fn deprecation(context: &Context) -> Option<Reading> {
    let field = context.first("deprecation")?;
    let value = field.value.trim();
    let at = match structured::item(value).map(|item| item.bare) {
        Some(Bare::Date(at)) => Some(at),
        Some(Bare::Boolean(true)) => None,
        Some(Bare::Token(token)) if token.eq_ignore_ascii_case("true") => None,
        _ => match http_date::parse(value) {
            Some(at) => Some(at),
            None => return Some(unreadable(&field.name, value, "a date such as @1688169599")),
        },
    };
    let link = link_with_relation(context, "deprecation");
    let date = at.map(http_date::format);
    let mut sentence = match (at, &date) {
        (Some(at), Some(date)) if context.present().is_some_and(|present| at > present) => {
            format!("This will be deprecated on {date} ({}): plan to move off it.", relative(context, at).unwrap_or_default())
        }
        (Some(_), Some(date)) => format!("Deprecated since {date}: it still works, but plan to move off it."),
        _ => "Deprecated: it still works, but plan to move off it.".to_string(),
    };
    if let Some(link) = &link {
        sentence.push_str(&format!(" The migration notes are at {link}."));
    }
    let mut fields = vec![field.name.clone()];
    if link.is_some() {
        fields.extend(context.first("link").map(|field| field.name.clone()));
    }
    Some(Reading { fields, sentence, detail: Detail::Deprecation { at, date, link } })
}

/// `Sunset` (RFC 8594): when the resource is expected to stop responding.
pub(super) fn sunset(context: &Context) -> Option<Reading> {
    let field = context.first("sunset")?;
    let Some(at) = http_date::parse(&field.value) else {
        return Some(unreadable(&field.name, &field.value, "an HTTP-date such as Sat, 31 Dec 2033 23:59:59 GMT"));
    };
    let date = http_date::format(at);
    let link = link_with_relation(context, "sunset");
    let mut sentence = match relative(context, at) {
        Some(when) if when.ends_with("ago") => format!("This was due to stop responding on {date} ({when}): it may disappear at any moment."),
        Some(when) => format!("This is expected to stop responding after {date} ({when})."),
        None => format!("This is expected to stop responding after {date}."),
    };
    if let Some(link) = &link {
        sentence.push_str(&format!(" More at {link}."));
    }
    Some(Reading { fields: vec![field.name.clone()], sentence, detail: Detail::Sunset { at, date, link } })
}

fn list_of(context: &Context, name: &str) -> Vec<String> {
    context.combined(name).map(|(_, value)| value.split(',').map(str::trim).filter(|item| !item.is_empty()).map(mask::text).collect()).unwrap_or_default()
}

/// What the CORS fields tell a browser, against the request's `Origin`.
pub(super) struct CorsVerdict {
    pub(super) reading: Reading,
    pub(super) missing: bool,
    pub(super) mismatch: bool,
    pub(super) wildcard_with_credentials: bool,
    pub(super) several_origins: bool,
}

/// `Access-Control-*` against the request's `Origin`.
pub(super) fn cors(context: &Context) -> Option<CorsVerdict> {
    let allow_fields: Vec<&Field> = context.all("access-control-allow-origin").collect();
    let request_origin = context.request_field("origin").map(str::trim).filter(|origin| !origin.is_empty());
    let any_cors_field = context.fields.iter().any(|field| field.name.to_ascii_lowercase().starts_with("access-control-"));
    if !any_cors_field && request_origin.is_none() {
        return None;
    }
    // A same-origin request needs no CORS fields.
    let same_origin = request_origin.zip(context.url.and_then(url::origin)).is_some_and(|(origin, target)| origin.eq_ignore_ascii_case(&target));
    if !any_cors_field && same_origin {
        return None;
    }
    let allow_value = (!allow_fields.is_empty()).then(|| allow_fields.iter().map(|field| field.value.trim()).collect::<Vec<_>>().join(", "));
    let several_origins = allow_fields.len() > 1 || allow_value.as_deref().is_some_and(|value| value.contains(',') || value.contains(' '));
    let credentials = context.first("access-control-allow-credentials").is_some_and(|field| field.value.trim() == "true");
    let wildcard = allow_value.as_deref() == Some("*");
    let origin_allowed = match (request_origin, allow_value.as_deref()) {
        (_, Some(_)) if several_origins => Some(false),
        (Some(_), Some("*")) => Some(!credentials),
        (Some(origin), Some(allowed)) => Some(origin == allowed),
        (Some(_), None) => Some(same_origin),
        (None, _) => None,
    };
    let shown_origin = request_origin.map(mask::text);
    let shown_allowed = allow_value.as_deref().map(mask::text);
    let missing = request_origin.is_some() && allow_value.is_none() && !same_origin;
    let mismatch = !several_origins && !wildcard && allow_value.is_some() && request_origin.is_some() && origin_allowed == Some(false);
    let wildcard_with_credentials = wildcard && credentials;
    let mut sentences: Vec<String> = Vec::new();
    match (&shown_origin, &shown_allowed) {
        (_, Some(allowed)) if several_origins => {
            sentences.push(format!("Access-Control-Allow-Origin holds several values ({allowed}); browsers accept exactly one origin or *, so they reject the response."))
        }
        (_, Some(_)) if wildcard_with_credentials => sentences.push(
            "Access-Control-Allow-Origin: * cannot be combined with Access-Control-Allow-Credentials: true: browsers refuse the response to any request that carries cookies or HTTP authentication.".into(),
        ),
        (_, Some(_)) if wildcard => sentences.push("Scripts on any website may read this response, as long as the request carries no credentials (cookies, HTTP authentication).".into()),
        (Some(origin), Some(allowed)) if mismatch => {
            sentences.push(format!("The response allows {allowed}, but the request came from {origin}: the browser will block the script from reading it."))
        }
        (_, Some(allowed)) if allowed == "null" => sentences.push("It allows the origin null, which any sandboxed iframe or local file can claim: allow real origins instead.".into()),
        (_, Some(allowed)) => sentences.push(format!("Scripts on {allowed} may read this response{}.", if credentials { ", including with cookies and HTTP authentication" } else { "" })),
        (Some(origin), None) if missing => {
            let mut sentence = format!("The request came from {origin}, and the response has no Access-Control-Allow-Origin: the browser will not let the script read it.");
            if context.code >= 400 {
                sentence.push_str(&format!(" Error responses from proxies and frameworks often lack CORS headers, so the real problem may be the {} itself: fix that first.", context.code));
            }
            sentences.push(sentence);
        }
        _ => {}
    }
    let allow_methods = list_of(context, "access-control-allow-methods");
    let allow_headers = list_of(context, "access-control-allow-headers");
    let expose_headers = list_of(context, "access-control-expose-headers");
    let max_age = context.first("access-control-max-age").and_then(|field| digits(field.value.trim())).map(|seconds| seconds.min(i64::MAX as u64) as i64);
    if !allow_methods.is_empty() {
        sentences.push(format!("A preflight allows the methods {}.", listed(&allow_methods)));
    }
    if !allow_headers.is_empty() {
        sentences.push(format!("Requests may send the headers {}.", listed(&allow_headers)));
    }
    if !expose_headers.is_empty() {
        sentences.push(format!("Scripts may also read the response headers {}.", listed(&expose_headers)));
    }
    if let Some(max_age) = max_age {
        sentences.push(format!("The browser may cache this preflight for {}.", http_date::duration(max_age)));
    }
    if allow_value.is_some() && !wildcard && !several_origins && !list_of(context, "vary").iter().any(|field| field.eq_ignore_ascii_case("origin")) {
        sentences.push("Without Vary: Origin, a cache may serve this answer to requests from other origins.".into());
    }
    if sentences.is_empty() {
        return None;
    }
    let mut fields: Vec<String> =
        context.fields.iter().filter(|field| field.name.to_ascii_lowercase().starts_with("access-control-")).map(|field| field.name.clone()).collect();
    fields.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    if fields.is_empty() {
        // Nothing in the response: what was read is the request's Origin.
        fields.extend(
            context.request.and_then(|request| request.fields.iter().find(|field| field.name.eq_ignore_ascii_case("origin"))).map(|field| field.name.clone()),
        );
    }
    Some(CorsVerdict {
        reading: Reading {
            fields,
            sentence: sentences.join(" "),
            detail: Detail::Cors {
                allow_origin: shown_allowed,
                request_origin: shown_origin,
                origin_allowed,
                credentials,
                allow_methods,
                allow_headers,
                expose_headers,
                max_age,
            },
        },
        missing,
        mismatch,
        wildcard_with_credentials,
        several_origins,
    })
}

/// Request fields that explain the status: conditions for 304 and 412, ranges for 206 and
/// 416, expectations for 100 and 417.
pub(super) fn request_fields(context: &Context) -> Vec<Reading> {
    let wanted: &[&str] = match context.code {
        304 => &["if-none-match", "if-modified-since"],
        412 => &["if-match", "if-unmodified-since", "if-none-match"],
        206 | 416 => &["range", "if-range"],
        100 | 417 => &["expect"],
        _ => &[],
    };
    let Some(request) = context.request else { return Vec::new() };
    wanted
        .iter()
        .filter_map(|name| request.fields.iter().find(|field| field.name.eq_ignore_ascii_case(name)))
        .map(|field| {
            let value = mask::text(&field.value);
            let sentence = match (context.code, field.name.to_ascii_lowercase().as_str()) {
                (304, _) => format!("The request's {}: {value} matched, so the copy the client already holds is still good: reuse it.", field.name),
                (412, "if-none-match") if value.trim() == "*" => {
                    "The request said If-None-Match: *, create only if absent, and the resource already exists.".to_string()
                }
                (412, _) => format!(
                    "The request's condition {}: {value} did not hold: the resource changed since the client read it. Fetch it again, then retry.",
                    field.name
                ),
                (206, "range") => format!("The request asked for {value}."),
                (416, "range") => format!("The request asked for {value}, which lies outside the resource."),
                (_, "if-range") => format!("The request sent If-Range: {value}: the range applies only if the resource is unchanged."),
                (100, _) => format!("The request announced Expect: {value}; the server is ready for the body."),
                _ => format!("The server (or a proxy) refuses Expect: {value}: send the request again without it."),
            };
            Reading { fields: vec![field.name.clone()], sentence, detail: Detail::RequestField { field: field.name.clone(), value } }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenges_split_where_commas_separate_schemes() {
        let parsed = parse_challenges(r#"Basic realm="simple", Newauth realm="apps", type=1, title="Login to \"apps\"", Negotiate, Bearer YWJj=="#);
        let schemes: Vec<&str> = parsed.iter().map(|(scheme, _, _)| scheme.as_str()).collect();
        assert_eq!(schemes, ["Basic", "Newauth", "Negotiate", "Bearer"]);
        assert_eq!(parsed[1].2, vec![("realm".into(), "apps".into()), ("type".into(), "1".into()), ("title".into(), "Login to \"apps\"".into())]);
        assert_eq!(parsed[3].1.as_deref(), Some("YWJj=="));
        let bearer = parse_challenges(r#"Bearer realm="example", error="invalid_token", error_description="The access token expired""#);
        assert_eq!(bearer.len(), 1);
        assert_eq!(bearer[0].2[2], ("error_description".into(), "The access token expired".into()));
        assert!(parse_challenges("").is_empty());
        assert!(parse_challenges("\"quoted\"").is_empty());
        assert_eq!(parse_challenges(r#"Bearer realm="unterminated"#)[0].2[0].1, "unterminated");
    }

    #[test]
    fn content_ranges() {
        assert_eq!(parse_content_range("bytes 0-1023/146515"), Some(("bytes".into(), Some((0, 1023)), Some(146_515))));
        assert_eq!(parse_content_range("bytes */146515"), Some(("bytes".into(), None, Some(146_515))));
        assert_eq!(parse_content_range("bytes 0-1023/*"), Some(("bytes".into(), Some((0, 1023)), None)));
        for value in ["bytes 10-5/100", "bytes 0-100/100", "bytes */*", "bytes=0-5", "0-5/10", "bytes a-b/10"] {
            assert_eq!(parse_content_range(value), None, "{value:?}");
        }
    }

    #[test]
    fn cache_directives() {
        assert_eq!(
            directives(r#"max-age=60, private="Set-Cookie, X-Foo", No-Store"#),
            vec![("max-age".into(), Some("60".into())), ("private".into(), Some("Set-Cookie, X-Foo".into())), ("no-store".into(), None)]
        );
    }

    #[test]
    fn numbers_and_lists_in_words() {
        assert_eq!(grouped(146_515), "146,515");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000_000), "1,000,000");
        assert_eq!(listed(&["GET".into(), "HEAD".into(), "OPTIONS".into()]), "GET, HEAD and OPTIONS");
    }
}
