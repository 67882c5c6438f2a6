//! How the table's cases are checked: the statuses, the exact flags, and each expectation
//! against the analysis. Apart from the tests so that adding a kind of expectation stays here.

use super::response_cases::{Case, Expect};
use http_status_reader::{explain, Detail, Explanation};

fn details(explanation: &Explanation, step: usize) -> impl Iterator<Item = &Detail> {
    explanation.steps.get(step).into_iter().flat_map(|step| step.readings.iter().map(|reading| &reading.detail))
}

/// What is wrong with one expectation, if anything.
fn check(explanation: &Explanation, json: &str, expect: &Expect) -> Option<String> {
    let step = |index: usize| explanation.steps.get(index);
    let ok = match expect {
        Expect::Format(format) => explanation.format == *format,
        Expect::Role(index, role) => step(*index).is_some_and(|step| step.role == *role),
        Expect::Version(index, version) => step(*index).is_some_and(|step| step.version.as_deref() == *version),
        Expect::Entry(index, id) => step(*index).is_some_and(|step| step.status.entry_id == *id),
        Expect::RetryAfter(index, seconds, clock) => details(explanation, *index)
            .any(|detail| matches!(detail, Detail::RetryAfter { seconds: Some(s), clock: Some(c), .. } if s == seconds && c == clock)),
        Expect::Location(index, resolved, method) => details(explanation, *index)
            .any(|detail| matches!(detail, Detail::Location { resolved: Some(r), next_method, .. } if r == resolved && next_method.as_deref() == *method)),
        Expect::Url(index, url) => step(*index).and_then(|step| step.request.as_ref()).and_then(|request| request.url.as_deref()) == Some(url),
        Expect::BearerError(index, error) => details(explanation, *index).any(|detail| match detail {
            Detail::Challenges { challenges, .. } => {
                challenges.iter().any(|challenge| challenge.scheme.eq_ignore_ascii_case("bearer") && challenge.error.as_deref() == Some(error))
            }
            _ => false,
        }),
        Expect::Schemes(index, schemes) => details(explanation, *index).any(|detail| match detail {
            Detail::Challenges { challenges, .. } => challenges.iter().map(|challenge| challenge.scheme.as_str()).eq(schemes.iter().copied()),
            _ => false,
        }),
        Expect::Remaining(index, policy, remaining) => details(explanation, *index).any(|detail| match detail {
            Detail::RateLimit { limits } => limits.iter().any(|limit| limit.policy.as_deref() == *policy && limit.remaining == Some(*remaining)),
            _ => false,
        }),
        Expect::Resets(index, policy, clock) => details(explanation, *index).any(|detail| match detail {
            Detail::RateLimit { limits } => limits.iter().any(|limit| limit.policy.as_deref() == *policy && limit.reset_clock.as_deref() == Some(clock)),
            _ => false,
        }),
        Expect::Named(index, name, location) => details(explanation, *index).any(|detail| match detail {
            Detail::Intermediaries { found, .. } => found.iter().any(|found| found.name == *name && found.location.as_deref() == *location),
            _ => false,
        }),
        Expect::ContentRange(index, range, length) => details(explanation, *index).any(
            |detail| matches!(detail, Detail::ContentRange { first, last, complete_length, .. } if first.zip(*last) == *range && complete_length == length),
        ),
        Expect::MethodAllowed(index, allowed) => {
            details(explanation, *index).any(|detail| matches!(detail, Detail::Allow { request_method_allowed: Some(a), .. } if a == allowed))
        }
        Expect::ProblemTitle(index, title) => step(*index).and_then(|step| step.problem.as_ref()).and_then(|problem| problem.title.as_deref()) == Some(title),
        Expect::Says(index, text) => step(*index).is_some_and(|step| step.readings.iter().any(|reading| reading.sentence.contains(text))),
        Expect::Hides(secret) => !json.contains(secret),
        Expect::Refines(index, id) => step(*index).is_some_and(|step| step.refinements.contains(id)),
        Expect::BodyLength(index, length) => step(*index).is_some_and(|step| step.body_length == *length),
        Expect::Header(index, name, value) => step(*index).is_some_and(|step| step.headers.iter().any(|header| header.name == *name && header.value == *value)),
        Expect::HeaderCount(index, count) => step(*index).is_some_and(|step| step.headers.len() == *count),
        Expect::FlagSays(id, text) => explanation.flags.iter().any(|flag| flag.id == *id && (flag.title.contains(text) || flag.why.contains(text))),
        // The malformed reading is the field's only one: no half of the value is read as well.
        Expect::Unreadable(index, name) => {
            let readings_of_field =
                step(*index).map_or(0, |step| step.readings.iter().filter(|reading| reading.fields.iter().any(|read| read == name)).count());
            readings_of_field == 1
                && details(explanation, *index).any(|detail| matches!(detail, Detail::Unreadable { field, problem: Some(_), .. } if field == name))
        }
    };
    (!ok).then(|| {
        let shown: Vec<String> = match expect {
            Expect::Hides(_) => vec![],
            Expect::Format(_) => vec![format!("{:?}", explanation.format)],
            Expect::BodyLength(..) | Expect::HeaderCount(..) => {
                explanation.steps.iter().map(|step| format!("body {} bytes, {} headers", step.body_length, step.headers.len())).collect()
            }
            Expect::Header(..) => {
                explanation.steps.iter().flat_map(|step| step.headers.iter().map(|header| format!("{}: {}", header.name, header.value))).collect()
            }
            Expect::FlagSays(..) => explanation.flags.iter().map(|flag| format!("{}: {} | {}", flag.id, flag.title, flag.why)).collect(),
            _ => explanation.steps.iter().flat_map(|step| step.readings.iter().map(|reading| format!("{} | {:?}", reading.sentence, reading.detail))).collect(),
        };
        format!("{} not met; readings:\n      {}", describe(expect), shown.join("\n      "))
    })
}

fn describe(expect: &Expect) -> String {
    match expect {
        Expect::Format(format) => format!("format {format:?}"),
        Expect::Role(step, role) => format!("step {step} role {role:?}"),
        Expect::Version(step, version) => format!("step {step} version {version:?}"),
        Expect::Entry(step, id) => format!("step {step} entry {id:?}"),
        Expect::RetryAfter(step, seconds, clock) => format!("step {step} Retry-After {seconds} s at {clock}"),
        Expect::Location(step, resolved, method) => format!("step {step} Location {resolved} then {method:?}"),
        Expect::Url(step, url) => format!("step {step} URL {url}"),
        Expect::BearerError(step, error) => format!("step {step} bearer error {error}"),
        Expect::Schemes(step, schemes) => format!("step {step} schemes {schemes:?}"),
        Expect::Remaining(step, policy, remaining) => format!("step {step} {policy:?} remaining {remaining}"),
        Expect::Resets(step, policy, clock) => format!("step {step} {policy:?} resets at {clock}"),
        Expect::Named(step, name, location) => format!("step {step} names {name} at {location:?}"),
        Expect::ContentRange(step, range, length) => format!("step {step} Content-Range {range:?}/{length:?}"),
        Expect::MethodAllowed(step, allowed) => format!("step {step} method allowed {allowed}"),
        Expect::ProblemTitle(step, title) => format!("step {step} problem title {title}"),
        Expect::Says(step, text) => format!("step {step} says {text:?}"),
        Expect::Hides(secret) => format!("hides {secret:?}"),
        Expect::Refines(step, id) => format!("step {step} refined by {id}"),
        Expect::BodyLength(step, length) => format!("step {step} body of {length} bytes"),
        Expect::Header(step, name, value) => format!("step {step} header {name}: {value}"),
        Expect::HeaderCount(step, count) => format!("step {step} with {count} headers"),
        Expect::FlagSays(id, text) => format!("flag {id} says {text:?}"),
        Expect::Unreadable(step, name) => format!("step {step} reads {name} as malformed, and only so"),
    }
}

/// What is wrong with the analysis of one case, if anything.
pub fn run(case: &Case) -> Vec<String> {
    let explanation = match explain(case.text, case.now) {
        Ok(explanation) => explanation,
        Err(error) => return vec![format!("not read: {}", error.message)],
    };
    let json = serde_json::to_string(&explanation).expect("the analysis serialises");
    let mut failures = Vec::new();
    let statuses: Vec<u16> = explanation.steps.iter().map(|step| step.code).collect();
    if statuses != case.statuses {
        failures.push(format!("statuses {statuses:?}, expected {:?}", case.statuses));
    }
    let mut flags: Vec<&str> = explanation.flags.iter().map(|flag| flag.id).collect();
    let mut expected: Vec<&str> = case.flags.to_vec();
    flags.sort_unstable();
    expected.sort_unstable();
    if flags != expected {
        failures.push(format!("flags {flags:?}, expected {expected:?}"));
    }
    // A reading always has something to say: a value it cannot read is said to be unreadable.
    for (index, step) in explanation.steps.iter().enumerate() {
        if let Some(reading) = step.readings.iter().find(|reading| reading.sentence.trim().is_empty()) {
            failures.push(format!("step {index}: a reading of {:?} has an empty sentence", reading.fields));
        }
    }
    failures.extend(case.expect.iter().filter_map(|expect| check(&explanation, &json, expect)));
    failures
}
