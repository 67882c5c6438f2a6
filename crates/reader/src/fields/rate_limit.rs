//! Rate limits: the IETF draft's `RateLimit` and `RateLimit-Policy` (draft-ietf-httpapi-ratelimit-headers),
//! its earlier `RateLimit-Limit` fields, the `X-RateLimit-*` conventions and vendors' per-resource fields.

use super::words::{digits, grouped};
use super::Context;
use crate::structured::{self, Bare, Member};
use crate::{http_date, mask, Detail, Limit, Reading};

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
    // Most responses have no field of the convention: its names are not spelt out for them.
    if !context.fields.iter().any(|field| field.name_starts_with(prefix)) {
        return None;
    }
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
    for field in context.fields.iter().filter(|field| field.name_starts_with("x-ratelimit-") || field.name_starts_with("anthropic-ratelimit-")) {
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
pub(crate) fn rate_limits(context: &Context) -> Option<Reading> {
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
        let rate_field = ["ratelimit", "x-ratelimit-", "x-rate-limit-", "anthropic-ratelimit-"].iter().any(|prefix| field.name_starts_with(prefix));
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
