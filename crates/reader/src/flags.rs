//! The flags a response earns for its fields and body: a field that cannot be read (an error
//! when the status must carry it), CORS the browser refuses, a problem+json status that
//! disagrees.

use crate::fields::CorsVerdict;
use crate::{Detail, Flag, Severity, Step};
use http_status_rules as rules;

/// The flags a response earns for its fields and its body.
pub(crate) fn field_and_body_flags(flags: &mut Vec<Flag>, position: usize, step: &Step, cors: Option<&CorsVerdict>) {
    let code = step.code;
    for reading in &step.readings {
        if let Detail::Unreadable { field, value, expected, problem } = &reading.detail {
            // A field the status must carry is as good as missing when it cannot be read.
            let required = rules::rules_for(code).iter().any(|rule| rule.field.eq_ignore_ascii_case(field) && rule.severity == rules::Severity::Error);
            flags.push(Flag {
                id: "malformed-field",
                field: Some(field.to_string()),
                severity: if required { Severity::Error } else { Severity::Warning },
                step: position,
                title: format!("{field} cannot be read"),
                why: match problem {
                    Some(problem) => format!("{field}: \u{201c}{value}\u{201d} is not {expected}. {problem}"),
                    None => format!("{field}: \u{201c}{value}\u{201d} is not {expected}, so clients ignore it."),
                },
                fix: format!("Send {field} as {expected}."),
            });
        }
    }
    if let Some(cors) = cors {
        if cors.missing {
            flags.push(Flag {
                id: "cors-missing-allow-origin",
                field: Some("Access-Control-Allow-Origin".into()),
                severity: Severity::Error,
                step: position,
                title: "Cross-origin request without Access-Control-Allow-Origin".into(),
                why: "The request carried an Origin, and the response has no Access-Control-Allow-Origin, so the browser hides the response from the script that asked (the console shows a CORS error).".into(),
                fix: "Send Access-Control-Allow-Origin with the calling origin (or *), on error responses too: configure it where the error is produced, often the proxy.".into(),
            });
        }
        if cors.mismatch {
            flags.push(Flag {
                id: "cors-origin-mismatch",
                field: Some("Access-Control-Allow-Origin".into()),
                severity: Severity::Error,
                step: position,
                title: "Access-Control-Allow-Origin does not match Origin".into(),
                why: "The response allows another origin than the one the request came from, so the browser blocks the script from reading it.".into(),
                fix: "Echo the request's Origin when it is on your allow-list (and send Vary: Origin), or allow * for public data without credentials.".into(),
            });
        }
        if cors.wildcard_with_credentials {
            // Harmless for requests without credentials, which the text cannot tell apart.
            flags.push(Flag {
                id: "cors-wildcard-with-credentials",
                field: Some("Access-Control-Allow-Origin".into()),
                severity: Severity::Warning,
                step: position,
                title: "Access-Control-Allow-Origin: * with credentials".into(),
                why: "Browsers refuse a response that allows * and credentials together for any request that sends cookies or HTTP authentication; only requests without credentials get through.".into(),
                fix: "Echo the request's Origin instead of *, with Vary: Origin, or drop Access-Control-Allow-Credentials.".into(),
            });
        }
        if cors.several_origins {
            flags.push(Flag {
                id: "cors-multiple-origins",
                field: Some("Access-Control-Allow-Origin".into()),
                severity: Severity::Error,
                step: position,
                title: "Several values in Access-Control-Allow-Origin".into(),
                why: "Access-Control-Allow-Origin takes exactly one origin or *; with a list (or the field twice) every browser rejects the response.".into(),
                fix: "Check the request's Origin against your list on the server and send back just that one origin, with Vary: Origin.".into(),
            });
        }
    }
    if let Some(stated) = step.problem.as_ref().and_then(|problem| problem.status) {
        if stated != i64::from(code) {
            flags.push(Flag {
                id: "problem-status-mismatch",
                field: None,
                severity: Severity::Warning,
                step: position,
                title: format!("problem+json says {stated}, the response says {code}"),
                why: format!("The body's status member ({stated}) must match the response's status ({code}) (RFC 9457); clients that trust one of them get the wrong answer. A proxy rewriting the status often causes this."),
                fix: "Fill the status member from the status actually sent, or leave it out.".into(),
            });
        }
    }
}
