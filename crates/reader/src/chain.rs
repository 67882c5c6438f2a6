//! The chain: each response of the transcript in order, as a step with its role, the URL and
//! method it answered (shown, or carried from the redirect before it) and its flags; redirect
//! loops; the summary line.

use crate::checks::field_checks;
use crate::field_readings::{read_fields, FieldReadings, NextHop};
use crate::fields::{grouped, Context};
use crate::flags::field_and_body_flags;
use crate::input_flags::{har_cut_flag, header_block_flags, responses_cut_flag};
use crate::parse::{Request, Response, Transcript};
use crate::status_asked::asked_flags;
use crate::status_rules::status_flags;
use crate::step::{entry_for, headers, problem_of, refinements_named, request_url, status_info};
use crate::vendors;
use crate::{http_date, mask, Explanation, Flag, Format, RequestInfo, Role, Severity, Step};

/// `independent`: each response answers its own request (a HAR file), so one that is not a
/// redirect ends its chain even when more come after it.
fn role(response: &Response, request: Option<&Request>, position: usize, count: usize, independent: bool) -> Role {
    let last = position + 1 == count || independent;
    let connect = request.and_then(|request| request.method.as_deref()) == Some("CONNECT");
    let established = response.reason.as_deref().is_some_and(|reason| reason.to_ascii_lowercase().contains("connection established"));
    let has_location = response.fields.iter().any(|field| field.is("location"));
    match response.code {
        200..=299 if !last && (connect || established) => Role::Tunnel,
        100..=199 if response.code != 101 => Role::Interim,
        300..=399 if has_location && (independent || !last) => Role::Redirect,
        _ if last => Role::Final,
        _ => Role::Retried,
    }
}

/// A URL as compared for loops: without its fragment.
fn without_fragment(url: &str) -> &str {
    url.split('#').next().unwrap_or(url)
}

/// What the chain carries from hop to hop: where the next request goes when the text does not
/// show it, and the URLs visited, for loops.
#[derive(Default)]
struct Trail {
    /// Where the next hop goes when its request is not shown: the previous redirect's target.
    carried_url: Option<(String, bool)>,
    carried_method: Option<String>,
    visited: Vec<String>,
    loop_flagged: bool,
}

impl Trail {
    /// Where this hop was, and where the next one goes: a redirect carries its target and the
    /// method to use there, any other final or retried response ends what was carried, and a
    /// 1xx or a tunnel leaves it as it is. Returns the loop's flag the first time a redirect
    /// leads back to a URL the chain has visited.
    fn follow_redirect(&mut self, position: usize, role: Role, url: Option<&str>, url_guessed: bool, method: Option<String>, next: NextHop) -> Option<Flag> {
        if matches!(role, Role::Interim | Role::Tunnel) {
            return None;
        }
        let mut flag = None;
        if let Some(url) = url {
            self.visited.push(without_fragment(url).to_string());
        }
        if role == Role::Redirect {
            if let Some(next) = &next.loop_key {
                let looped = self.visited.iter().any(|seen| seen == without_fragment(next));
                if looped && !self.loop_flagged {
                    self.loop_flagged = true;
                    flag = Some(Flag {
                        id: "redirect-loop",
                        field: Some("Location".into()),
                        severity: Severity::Error,
                        step: position,
                        title: "Redirect loop".into(),
                        why: format!("This redirect leads back to {}, which the chain has already visited: following it never ends (browsers stop with \u{201c}too many redirects\u{201d}, curl after 50).", mask::text(next)),
                        fix: "Look for two rules that undo each other: HTTP to HTTPS behind a proxy that ends TLS (the application sees http and redirects again; trust X-Forwarded-Proto), www and bare domain, or a trailing-slash rule and its opposite.".into(),
                    });
                }
                if url.is_none() {
                    self.visited.push(without_fragment(next).to_string());
                }
            }
            self.carried_url = next.url.map(|next| (next, url_guessed));
            self.carried_method = next.method.or(method);
        } else {
            self.carried_url = None;
            self.carried_method = None;
        }
        flag
    }
}

pub(super) fn explain(transcript: &Transcript, now: Option<i64>) -> Explanation {
    let count = transcript.responses.len();
    let mut steps: Vec<Step> = Vec::with_capacity(count);
    let mut flags: Vec<Flag> = Vec::new();
    let mut trail = Trail::default();
    // Through a proxy's tunnel, the request shown (a command line) is the one the server answers.
    let mut tunnelled: Option<&Request> = None;
    // A request's cut fields are reported once, with the first response that answers it.
    let mut requests_reported: Vec<usize> = Vec::new();
    for (position, response) in transcript.responses.iter().enumerate() {
        let request = response.request.and_then(|index| transcript.requests.get(index)).or(tunnelled.take());
        let independent = transcript.format == Format::Har;
        let role = role(response, request, position, count, independent);
        if role == Role::Tunnel {
            tunnelled = request.filter(|request| request.method.as_deref() != Some("CONNECT"));
        }
        let (url, url_guessed) = match request.and_then(request_url) {
            Some((url, guessed)) => (Some(url), guessed),
            None => trail.carried_url.clone().map_or((None, false), |(url, guessed)| (Some(url), guessed)),
        };
        let method = request.and_then(|request| request.method.clone()).or_else(|| trail.carried_method.clone());
        // A request of a HAR file that no redirect led to starts a chain of its own: the URLs an
        // unrelated chain visited are no loop.
        if independent && trail.carried_url.as_ref().map(|(carried, _)| carried) != url.as_ref() {
            trail.visited.clear();
        }
        let found = vendors::fingerprints(&response.fields);
        let entry = entry_for(response.code, &found);
        let context = Context {
            code: response.code,
            fields: &response.fields,
            request,
            method: method.as_deref(),
            url: url.as_deref(),
            url_guessed,
            date: response.fields.iter().find(|field| field.is("date")).and_then(|field| http_date::parse(&field.value)),
            now,
            cacheable: entry.is_some_and(|entry| entry.cacheable),
        };
        // A proxy's tunnel says nothing about the server: its fields are not read.
        let read = if role == Role::Tunnel { FieldReadings::default() } else { read_fields(response.code, &found, &context, response.fields_shown) };
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
        // The flags one response earns on its own. Most are about fields that are missing, which
        // cannot be told where none are shown.
        if !matches!(role, Role::Interim | Role::Tunnel) && response.fields_shown {
            status_flags(&mut flags, position, &step, response, &context);
            field_and_body_flags(&mut flags, position, &step, read.cors.as_ref());
            field_checks(&mut flags, position, response, &context);
        } else if role == Role::Interim && response.fields_shown {
            // A 1xx has no fields to check, but it may answer what the request did not ask.
            asked_flags(&mut flags, position, &context);
        }
        let request_dropped = match response.request {
            Some(index) if !requests_reported.contains(&index) => {
                requests_reported.push(index);
                transcript.requests.get(index).map_or(0, |request| request.fields_dropped)
            }
            _ => 0,
        };
        header_block_flags(&mut flags, position, response, request_dropped);
        flags.extend(trail.follow_redirect(position, role, url.as_deref(), url_guessed, method, read.next));
        steps.push(step);
    }
    if transcript.redirect_limit_hit && !trail.loop_flagged && count > 0 {
        flags.push(Flag {
            id: "redirect-loop",
            field: Some("Location".into()),
            severity: Severity::Error,
            step: count - 1,
            title: "Too many redirects".into(),
            why: "curl stopped following redirects at its limit (Maximum redirects followed): the chain most likely loops.".into(),
            fix: "Look for two rules that undo each other: HTTP to HTTPS behind a proxy that ends TLS (the application sees http and redirects again; trust X-Forwarded-Proto), www and bare domain, or a trailing-slash rule and its opposite.".into(),
        });
    }
    flags.extend(responses_cut_flag(count, transcript.responses_dropped));
    flags.extend(har_cut_flag(count, transcript.cut_short));
    flags.sort_by_key(|flag| (flag.step, flag.severity));
    let final_step = steps.iter().rposition(|step| step.role == Role::Final).unwrap_or(count.saturating_sub(1));
    let summary = summary(&steps);
    Explanation { format: transcript.format, summary, steps, final_step, flags }
}

/// Past this many responses, the summary counts them by status rather than listing them: a HAR
/// file of 450 requests made a line of 450 statuses, screens long, and its arrows read as
/// redirects where there were none.
const SUMMARY_LISTED: usize = 8;

/// The chain in one line, `301 Moved Permanently → 200 OK`; past `SUMMARY_LISTED` responses, how
/// many came with each status, the most frequent first: `450 responses: 420 × 200 OK, 30 × 304 Not
/// Modified`.
fn summary(steps: &[Step]) -> String {
    let status = |step: &Step| match step.status.phrase.or(step.reason.as_deref()) {
        Some(phrase) => format!("{} {phrase}", step.code),
        None => step.code.to_string(),
    };
    if steps.len() <= SUMMARY_LISTED {
        return steps.iter().map(status).collect::<Vec<_>>().join(" \u{2192} ");
    }
    let mut counts: Vec<(String, usize)> = Vec::new();
    for step in steps {
        let status = status(step);
        match counts.iter_mut().find(|(counted, _)| *counted == status) {
            Some((_, count)) => *count += 1,
            None => counts.push((status, 1)),
        }
    }
    // Stable: statuses as frequent as each other stay in the order they first came.
    counts.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    let counted = counts.iter().map(|(status, count)| format!("{} \u{d7} {status}", grouped(*count as u64))).collect::<Vec<_>>();
    format!("{} responses: {}", grouped(steps.len() as u64), counted.join(", "))
}
