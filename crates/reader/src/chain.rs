//! Puts the analysis together: each response of the transcript as a step (its role in the
//! chain, the URL and method it answered, its database entry, its readings), then the flags.

use super::fields::{self, Context};
use super::parse::{Request, Response, Transcript};
use super::vendors::{self, Found};
use super::{http_date, mask, problem, Detail, Explanation, Flag, Header, Intermediary, Problem, Reading, RequestInfo, Role, Severity, StatusInfo, Step};
use http_status_data::{self as db, Class, Entry, Kind};
use http_status_search as search;

/// The database entry for a code: the registered one, else the meaning of the vendor whose
/// fields the response carries (530 from Pantheon, not Cloudflare), else the primary one.
fn entry_for(code: u16, found: &[Found]) -> Option<&'static Entry> {
    // Sub-statuses and vendor errors share the number but are not what the status line says.
    let statuses = || db::entries_for(code).iter().filter(|entry| entry.kind == Kind::Status);
    statuses()
        .find(|entry| entry.is_registered())
        .or_else(|| statuses().find(|entry| found.iter().any(|found| found.database_vendor.is_some() && found.database_vendor == entry.vendor)))
        .or_else(|| statuses().next())
}

fn status_info(code: u16, entry: Option<&'static Entry>) -> StatusInfo {
    let class = Class::of(code);
    let summary = match (entry, class) {
        (Some(entry), _) => entry.summary.to_string(),
        (None, Some(class)) => format!("No one we know of uses {code}. As a {} code, clients read it as {}.", class.label(), class.meaning()),
        (None, None) => format!("{code} is not a valid status code: HTTP status codes run from 100 to 599."),
    };
    StatusInfo {
        entry_id: entry.map(|entry| entry.id),
        phrase: entry.map(|entry| entry.phrase),
        class: class.map(Class::label),
        vendor: entry.and_then(|entry| entry.vendor),
        registered: entry.is_some_and(Entry::is_registered),
        cacheable: entry.is_some_and(|entry| entry.cacheable),
        summary,
    }
}

/// The absolute URL a request went to, and whether its scheme was assumed.
fn request_url(request: &Request) -> Option<(String, bool)> {
    if let Some(url) = &request.url {
        return Some((url.clone(), false));
    }
    let target = request.target.as_deref()?;
    if target.starts_with("http://") || target.starts_with("https://") {
        return Some((target.to_string(), false));
    }
    let host = request.field("host")?.trim();
    if !target.starts_with('/') || host.is_empty() {
        return None;
    }
    // HTTP/2 and HTTP/3 run over TLS in practice. Otherwise, without TLS lines or a port,
    // HTTPS is the likely guess: it is what nearly every site and API speaks.
    let encrypted = matches!(request.version.as_deref(), Some("HTTP/2" | "HTTP/2.0" | "HTTP/3"));
    let scheme = request.scheme.unwrap_or("https");
    Some((format!("{scheme}://{host}{target}"), request.scheme.is_none() && !encrypted))
}

fn headers(fields: &[super::parse::Field]) -> Vec<Header> {
    fields.iter().map(|field| Header { name: field.name.clone(), value: mask::field(&field.name, &field.value) }).collect()
}

fn role(response: &Response, request: Option<&Request>, position: usize, count: usize) -> Role {
    let last = position + 1 == count;
    let connect = request.and_then(|request| request.method.as_deref()) == Some("CONNECT");
    let established = response.reason.as_deref().is_some_and(|reason| reason.to_ascii_lowercase().contains("connection established"));
    let has_location = response.fields.iter().any(|field| field.name.eq_ignore_ascii_case("location"));
    match response.code {
        200..=299 if !last && (connect || established) => Role::Tunnel,
        100..=199 if response.code != 101 => Role::Interim,
        _ if last => Role::Final,
        300..=399 if has_location => Role::Redirect,
        _ => Role::Retried,
    }
}

/// The vendors found, as a reading, with `Server` and `Via` names no vendor claimed.
fn intermediaries(code: u16, found: &[Found], context: &Context) -> Option<Reading> {
    let mut list: Vec<Intermediary> = found.iter().map(|found| found.intermediary.clone()).collect();
    let claimed = |name: &str| list.iter().any(|intermediary| intermediary.evidence.iter().any(|evidence| evidence.eq_ignore_ascii_case(name)));
    let via_claimed = claimed("via");
    let server_claimed = claimed("server");
    if !via_claimed {
        for field in context.all("via") {
            for hop in field.value.split(',') {
                // "1.1 proxy.example.com (comment)": the second word names the hop.
                if let Some(name) = hop.split_whitespace().nth(1) {
                    list.push(Intermediary { name: mask::text(name), role: "proxy", evidence: vec![field.name.clone()], location: None, cache: None });
                }
            }
        }
    }
    if let Some(field) = context.first("server").filter(|field| !server_claimed && !field.value.trim().is_empty()) {
        list.push(Intermediary { name: mask::text(field.value.trim()), role: "server", evidence: vec![field.name.clone()], location: None, cache: None });
    }
    let implication = vendors::implication(code, found, context.fields);
    if list.is_empty() && implication.is_none() {
        return None;
    }
    let described: Vec<String> = list
        .iter()
        .map(|intermediary| {
            // "nginx (server)" says nothing a reader does not know; a CDN's role does.
            let mut notes: Vec<String> = (intermediary.role != "server").then(|| intermediary.role.to_string()).into_iter().collect();
            notes.extend(intermediary.location.as_ref().map(|location| format!("edge {location}")));
            notes.extend(intermediary.cache.as_ref().map(|cache| format!("cache {cache}")));
            if notes.is_empty() {
                intermediary.name.clone()
            } else {
                format!("{} ({})", intermediary.name, notes.join(", "))
            }
        })
        .collect();
    let mut sentence = match described.as_slice() {
        [] => String::new(),
        [only] => format!("Served by {only}."),
        [first, rest @ ..] => format!("Answered by {first}, in front of {}.", fields::listed(rest)),
    };
    if let Some(implication) = &implication {
        if !sentence.is_empty() {
            sentence.push(' ');
        }
        sentence.push_str(implication);
    }
    let mut names: Vec<String> = list.iter().flat_map(|intermediary| intermediary.evidence.iter().cloned()).collect();
    names.sort_by_key(|name| name.to_ascii_lowercase());
    names.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    Some(Reading {
        fields: names,
        sentence,
        detail: Detail::Intermediaries { answered_by: list.first().map(|first| first.name.clone()), found: list, implication },
    })
}

fn problem_of(response: &Response) -> Option<Problem> {
    let content_type = response.fields.iter().find(|field| field.name.eq_ignore_ascii_case("content-type"))?;
    if !content_type.value.to_ascii_lowercase().contains("problem+json") {
        return None;
    }
    let fields = problem::read(&response.body)?;
    let shown = |text: Option<String>| text.map(|text| mask::text(&text));
    Some(Problem {
        type_uri: shown(fields.type_uri),
        title: shown(fields.title),
        status: fields.status,
        detail: shown(fields.detail),
        instance: shown(fields.instance),
    })
}

/// Body text read for the records it names: an error page says what it is near its top.
const NAMING_TEXT_CHARS: usize = 16 * 1024;

/// The sub-statuses and vendor errors of the response's code named in its fields or body
/// ("HTTP Error 500.19", "no healthy upstream"), markup aside.
fn refinements_named(response: &Response) -> Vec<&'static str> {
    let mut text: String = response.fields.iter().map(|field| format!("{}\n", field.value)).collect();
    let mut in_tag = false;
    for character in response.body.chars().take(NAMING_TEXT_CHARS) {
        match character {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(character),
            _ => {}
        }
    }
    search::records_named_in(&text).into_iter().filter(|entry| entry.code == response.code).map(|entry| entry.id).collect()
}

struct Flags {
    list: Vec<Flag>,
}

impl Flags {
    fn add(&mut self, id: &'static str, severity: Severity, step: usize, title: String, why: String, fix: String) {
        self.list.push(Flag { id, severity, step, title, why, fix });
    }
}

/// The flags one response earns on its own.
fn step_flags(flags: &mut Flags, position: usize, step: &Step, response: &Response, context: &Context, cors: Option<&fields::CorsVerdict>) {
    let code = step.code;
    let has = |name: &str| context.has(name);
    let value = |name: &str| context.first(name).map(|field| field.value.trim().to_ascii_lowercase());
    if code == 401 && !has("www-authenticate") {
        flags.add(
            "missing-www-authenticate",
            Severity::Error,
            position,
            "401 without WWW-Authenticate".into(),
            "A 401 must say how to authenticate: RFC 9110 requires at least one challenge in WWW-Authenticate. Without it, clients cannot tell which credentials to send, and some libraries treat the response as broken.".into(),
            "Send a challenge with the 401, such as WWW-Authenticate: Bearer realm=\"api\". If the client is known but not allowed, answer 403 instead.".into(),
        );
    }
    if code == 405 && !has("allow") {
        flags.add(
            "missing-allow",
            Severity::Error,
            position,
            "405 without Allow".into(),
            "RFC 9110 requires a 405 to list the methods the resource does support in Allow, so the client can correct its request.".into(),
            "Add Allow with the supported methods, such as Allow: GET, HEAD. Most frameworks do it when a route declares its methods.".into(),
        );
    }
    if code == 407 && !has("proxy-authenticate") {
        flags.add(
            "missing-proxy-authenticate",
            Severity::Error,
            position,
            "407 without Proxy-Authenticate".into(),
            "A 407 must carry a Proxy-Authenticate challenge saying how to authenticate with the proxy; without it the client cannot answer.".into(),
            "Configure the proxy to send Proxy-Authenticate (such as Basic realm=\"proxy\"); the client then sends Proxy-Authorization.".into(),
        );
    }
    if code == 426 && !has("upgrade") {
        flags.add(
            "missing-upgrade",
            Severity::Error,
            position,
            "426 without Upgrade".into(),
            "A 426 must name the protocol to switch to in an Upgrade header (RFC 9110); without it the client cannot know what is required.".into(),
            "Send Upgrade with the required protocol (such as Upgrade: TLS/1.3) and Connection: Upgrade.".into(),
        );
    }
    if (300..400).contains(&code) && code != 304 && !has("location") {
        let optional = matches!(code, 300 | 305 | 306);
        flags.add(
            "missing-location",
            if optional { Severity::Warning } else { Severity::Error },
            position,
            format!("{code} without Location"),
            if optional {
                format!("A {code} may name its preferred target in Location; without it the client has to find the way from the body.")
            } else {
                "A redirect without Location gives the client nowhere to go: browsers show the body instead, and curl -L stops here.".into()
            },
            "Send Location with the URL to go to, absolute or relative to the request URL.".into(),
        );
    }
    if code == 201 && !has("location") {
        flags.add(
            "created-without-location",
            Severity::Advice,
            position,
            "201 without Location".into(),
            "Without Location, a 201 says the resource it created is the request URL itself; after a POST to a collection, the client cannot find the new item.".into(),
            "Send Location with the URL of the new resource, such as Location: /orders/123.".into(),
        );
    }
    if code == 206 && !has("content-range") && !value("content-type").is_some_and(|content_type| content_type.starts_with("multipart/byteranges")) {
        flags.add(
            "missing-content-range",
            Severity::Error,
            position,
            "206 without Content-Range".into(),
            "A single-part 206 must say which bytes it carries in Content-Range; without it the client cannot place the part, and a resumed download ends up corrupt.".into(),
            "Send Content-Range: bytes first-last/length with the part, or answer 200 with the whole representation.".into(),
        );
    }
    if code == 416 {
        let states_length = context
            .first("content-range")
            .and_then(|field| fields::parse_content_range(&field.value))
            .is_some_and(|(_, range, length)| range.is_none() && length.is_some());
        if !states_length {
            flags.add(
                "range-not-satisfiable-without-length",
                Severity::Warning,
                position,
                "416 without Content-Range: bytes */length".into(),
                "A 416 should state the representation's current length as Content-Range: bytes */length, so the client can ask for a range that exists."
                    .into(),
                "Send Content-Range: bytes */<length> with the 416.".into(),
            );
        }
    }
    if code == 204 || code == 304 {
        let head = step.request.as_ref().and_then(|request| request.method.as_deref()) == Some("HEAD");
        let declared_length = value("content-length").is_some_and(|length| length != "0");
        let chunked = has("transfer-encoding");
        if (response.body_length > 0 && !head) || (code == 204 && (declared_length || chunked)) {
            flags.add(
                "body-on-204-or-304",
                Severity::Error,
                position,
                format!("{code} with a body"),
                format!(
                    "A {code} ends at the blank line after its headers: it never has content{}. A body sent anyway is read as the start of the next response on a kept-alive connection, which corrupts it.",
                    if code == 204 { ", so Content-Length other than 0 and Transfer-Encoding are wrong too" } else { "" }
                ),
                format!("Send the {code} with no body{}; if there is content to return, use 200.", if code == 204 { " and no Transfer-Encoding or non-zero Content-Length" } else { "" }),
            );
        }
        let content_fields: &[&str] = if code == 204 {
            &["content-type", "content-encoding", "content-language", "content-disposition"]
        } else {
            &["content-type", "content-encoding", "content-language", "content-disposition", "content-range"]
        };
        let present: Vec<String> = content_fields.iter().filter_map(|name| context.first(name)).map(|field| field.name.clone()).collect();
        if !present.is_empty() {
            flags.add(
                "content-fields-on-204-or-304",
                Severity::Warning,
                position,
                format!("{code} with {}", fields::listed(&present)),
                if code == 204 {
                    format!("A 204 has no content, so {} describes nothing; some clients then try to parse an empty body (an empty JSON document fails).", fields::listed(&present))
                } else {
                    format!("A 304 should carry only the fields that update the cached response (Cache-Control, Content-Location, Date, ETag, Expires, Vary); {} may overwrite the cached copy's metadata.", fields::listed(&present))
                },
                format!("Leave {} out of the {code}.", fields::listed(&present)),
            );
        }
    }
    if (code == 429 || code == 503) && !has("retry-after") {
        flags.add(
            "missing-retry-after",
            Severity::Advice,
            position,
            format!("{code} without Retry-After"),
            "Without Retry-After the client has to guess when to come back: many retry at once, which makes an overload worse.".into(),
            if code == 429 {
                "Send Retry-After with the seconds until the limit resets (RateLimit fields as well let clients slow down before they hit it).".into()
            } else {
                "Send Retry-After when you know how long the outage or maintenance will last.".into()
            },
        );
    }
    match (step.status.entry_id, step.status.vendor, Class::of(code)) {
        (Some(_), Some(vendor), Some(class)) => flags.add(
            "vendor-status",
            Severity::Advice,
            position,
            format!("{code} is {vendor}'s own code"),
            format!(
                "{code} is not part of HTTP: generic clients and libraries treat it as a plain {} ({}), and only {vendor}'s documentation says what it means.",
                class.label(),
                class.meaning()
            ),
            format!("Read it as {vendor} defines it (explained above). A server of your own should send a registered code instead."),
        ),
        (None, _, Some(class)) => flags.add(
            "unregistered-status",
            Severity::Warning,
            position,
            format!("{code} is not a registered status code"),
            format!("No registry or vendor we know of assigns {code}: clients treat it as {}00, {}.", &class.label()[..1], class.meaning()),
            format!("Send a registered {} code that says what happened.", class.label()),
        ),
        (None, _, None) => flags.add(
            "unregistered-status",
            Severity::Error,
            position,
            format!("{code} is outside 100\u{2013}599"),
            "HTTP status codes run from 100 to 599; clients may reject a response with any other code or treat it as a server error.".into(),
            "Send a status code from 100 to 599.".into(),
        ),
        _ => {}
    }
    for reading in &step.readings {
        if let Detail::Unreadable { field, value, expected } = &reading.detail {
            flags.add(
                "malformed-field",
                Severity::Warning,
                position,
                format!("{field} cannot be read"),
                format!("{field}: \u{201c}{value}\u{201d} is not {expected}, so clients ignore it."),
                format!("Send {field} as {expected}."),
            );
        }
    }
    if let Some(cors) = cors {
        if cors.missing {
            flags.add(
                "cors-missing-allow-origin",
                Severity::Error,
                position,
                "Cross-origin request without Access-Control-Allow-Origin".into(),
                "The request carried an Origin, and the response has no Access-Control-Allow-Origin, so the browser hides the response from the script that asked (the console shows a CORS error).".into(),
                "Send Access-Control-Allow-Origin with the calling origin (or *), on error responses too: configure it where the error is produced, often the proxy.".into(),
            );
        }
        if cors.mismatch {
            flags.add(
                "cors-origin-mismatch",
                Severity::Error,
                position,
                "Access-Control-Allow-Origin does not match Origin".into(),
                "The response allows another origin than the one the request came from, so the browser blocks the script from reading it.".into(),
                "Echo the request's Origin when it is on your allow-list (and send Vary: Origin), or allow * for public data without credentials.".into(),
            );
        }
        if cors.wildcard_with_credentials {
            // Harmless for requests without credentials, which the text cannot tell apart.
            flags.add(
                "cors-wildcard-with-credentials",
                Severity::Warning,
                position,
                "Access-Control-Allow-Origin: * with credentials".into(),
                "Browsers refuse a response that allows * and credentials together for any request that sends cookies or HTTP authentication; only requests without credentials get through.".into(),
                "Echo the request's Origin instead of *, with Vary: Origin, or drop Access-Control-Allow-Credentials.".into(),
            );
        }
        if cors.several_origins {
            flags.add(
                "cors-multiple-origins",
                Severity::Error,
                position,
                "Several values in Access-Control-Allow-Origin".into(),
                "Access-Control-Allow-Origin takes exactly one origin or *; with a list (or the field twice) every browser rejects the response.".into(),
                "Check the request's Origin against your list on the server and send back just that one origin, with Vary: Origin.".into(),
            );
        }
    }
    if let Some(stated) = step.problem.as_ref().and_then(|problem| problem.status) {
        if stated != i64::from(code) {
            flags.add(
                "problem-status-mismatch",
                Severity::Warning,
                position,
                format!("problem+json says {stated}, the response says {code}"),
                format!("The body's status member ({stated}) must match the response's status ({code}) (RFC 9457); clients that trust one of them get the wrong answer. A proxy rewriting the status often causes this."),
                "Fill the status member from the status actually sent, or leave it out.".into(),
            );
        }
    }
}

/// What a response's fields say, and where they send the next request.
#[derive(Default)]
struct Read {
    readings: Vec<Reading>,
    cors: Option<fields::CorsVerdict>,
    /// The next hop's absolute URL.
    next_url: Option<String>,
    /// What identifies the next hop for loops: the URL, or the raw Location when it cannot be
    /// resolved.
    next_key: Option<String>,
    next_method: Option<String>,
}

/// Every reading of one response, in the order the view shows them: where it leads and what
/// it asks for first, then limits and ranges, who answered, caching, and the rest.
fn read_fields(code: u16, found: &[Found], context: &Context, fields_shown: bool) -> Read {
    let mut read = Read::default();
    if let Some((reading, resolved)) = fields::location(context) {
        if let Detail::Location { next_method, .. } = &reading.detail {
            read.next_method = next_method.clone();
        }
        read.next_key = resolved.clone().or_else(|| context.first("location").map(|field| field.value.trim().to_string()));
        read.next_url = resolved;
        read.readings.push(reading);
    }
    // Where only the status was shown, the rest would be read from fields that may be there.
    if !fields_shown {
        return read;
    }
    let readings = &mut read.readings;
    readings.extend(fields::challenges(context, false));
    readings.extend(fields::challenges(context, true));
    readings.extend(fields::allow(context));
    readings.extend(fields::retry_after(context));
    readings.extend(fields::rate_limits(context));
    readings.extend(fields::content_range(context));
    readings.extend(fields::upgrade(context));
    readings.extend(fields::request_fields(context));
    readings.extend(fields::proxy_status(context));
    readings.extend(intermediaries(code, found, context));
    read.cors = fields::cors(context);
    let readings = &mut read.readings;
    readings.extend(read.cors.as_ref().map(|cors| cors.reading.clone()));
    readings.extend(fields::freshness(context));
    readings.extend(fields::cache_status(context));
    readings.extend(fields::vary(context));
    readings.extend(fields::alt_svc(context));
    readings.extend(fields::deprecation(context));
    readings.extend(fields::sunset(context));
    read
}

/// A URL as compared for loops: without its fragment.
fn without_fragment(url: &str) -> &str {
    url.split('#').next().unwrap_or(url)
}

pub(super) fn explain(transcript: &Transcript, now: Option<i64>) -> Explanation {
    let count = transcript.responses.len();
    let mut steps: Vec<Step> = Vec::with_capacity(count);
    let mut flags = Flags { list: Vec::new() };
    // Where the next hop goes when its request is not shown: the previous redirect's target.
    let mut carried_url: Option<(String, bool)> = None;
    let mut carried_method: Option<String> = None;
    let mut visited: Vec<String> = Vec::new();
    let mut loop_flagged = false;
    // Through a proxy's tunnel, the request shown (a command line) is the one the server answers.
    let mut tunnelled: Option<&Request> = None;
    for (position, response) in transcript.responses.iter().enumerate() {
        let request = response.request.and_then(|index| transcript.requests.get(index)).or(tunnelled.take());
        let role = role(response, request, position, count);
        if role == Role::Tunnel {
            tunnelled = request.filter(|request| request.method.as_deref() != Some("CONNECT"));
        }
        let (url, url_guessed) = match request.and_then(request_url) {
            Some((url, guessed)) => (Some(url), guessed),
            None => carried_url.clone().map_or((None, false), |(url, guessed)| (Some(url), guessed)),
        };
        let method = request.and_then(|request| request.method.clone()).or_else(|| carried_method.clone());
        let found = vendors::fingerprints(&response.fields);
        let entry = entry_for(response.code, &found);
        let context = Context {
            code: response.code,
            fields: &response.fields,
            request,
            method: method.as_deref(),
            url: url.as_deref(),
            url_guessed,
            date: response.fields.iter().find(|field| field.name.eq_ignore_ascii_case("date")).and_then(|field| http_date::parse(&field.value)),
            now,
            cacheable: entry.is_some_and(|entry| entry.cacheable),
        };
        // A proxy's tunnel says nothing about the server: its fields are not read.
        let read = if role == Role::Tunnel { Read::default() } else { read_fields(response.code, &found, &context, response.fields_shown) };
        let shown_request = (request.is_some() || url.is_some() || method.is_some()).then(|| RequestInfo {
            method: method.clone(),
            url: url.as_deref().map(mask::text),
            url_guessed,
            headers: request.map(|request| headers(&request.fields)).unwrap_or_default(),
        });
        let step = Step {
            role,
            version: response.version.clone(),
            code: response.code,
            reason: response.reason.as_deref().map(mask::text),
            status: status_info(response.code, entry),
            request: shown_request,
            headers: headers(&response.fields),
            readings: read.readings,
            problem: problem_of(response),
            refinements: refinements_named(response),
            body_length: response.body_length,
        };
        // Most flags are about fields that are missing, which cannot be told where none are shown.
        if !matches!(role, Role::Interim | Role::Tunnel) && response.fields_shown {
            step_flags(&mut flags, position, &step, response, &context, read.cors.as_ref());
        }
        // The chain: where this hop was, and where the next one goes.
        if !matches!(role, Role::Interim | Role::Tunnel) {
            if let Some(url) = &url {
                visited.push(without_fragment(url).to_string());
            }
            if role == Role::Redirect {
                if let Some(next) = &read.next_key {
                    let looped = visited.iter().any(|seen| seen == without_fragment(next));
                    if looped && !loop_flagged {
                        loop_flagged = true;
                        flags.add(
                            "redirect-loop",
                            Severity::Error,
                            position,
                            "Redirect loop".into(),
                            format!("This redirect leads back to {}, which the chain has already visited: following it never ends (browsers stop with \u{201c}too many redirects\u{201d}, curl after 50).", mask::text(next)),
                            "Look for two rules that undo each other: HTTP to HTTPS behind a proxy that ends TLS (the application sees http and redirects again; trust X-Forwarded-Proto), www and bare domain, or a trailing-slash rule and its opposite.".into(),
                        );
                    }
                    if url.is_none() {
                        visited.push(without_fragment(next).to_string());
                    }
                }
                carried_url = read.next_url.map(|next| (next, url_guessed));
                carried_method = read.next_method.or(method);
            } else {
                carried_url = None;
                carried_method = None;
            }
        }
        steps.push(step);
    }
    if transcript.redirect_limit_hit && !loop_flagged && count > 0 {
        flags.add(
            "redirect-loop",
            Severity::Error,
            count - 1,
            "Too many redirects".into(),
            "curl stopped following redirects at its limit (Maximum redirects followed): the chain most likely loops.".into(),
            "Look for two rules that undo each other: HTTP to HTTPS behind a proxy that ends TLS (the application sees http and redirects again; trust X-Forwarded-Proto), www and bare domain, or a trailing-slash rule and its opposite.".into(),
        );
    }
    flags.list.sort_by_key(|flag| (flag.step, flag.severity));
    let final_step = steps.iter().rposition(|step| step.role == Role::Final).unwrap_or(count.saturating_sub(1));
    let summary = steps
        .iter()
        .map(|step| match step.status.phrase.or(step.reason.as_deref()) {
            Some(phrase) => format!("{} {phrase}", step.code),
            None => step.code.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" \u{2192} ");
    Explanation { format: transcript.format, summary, steps, final_step, flags: flags.list }
}
