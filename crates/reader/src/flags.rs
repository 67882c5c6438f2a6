//! The flags collected over the chain, and those a response earns for its fields and body: a
//! field that cannot be read, CORS the browser refuses, a problem+json status that disagrees.

use crate::fields::CorsVerdict;
use crate::{Detail, Flag, Severity, Step};

pub(crate) struct Flags {
    pub(crate) list: Vec<Flag>,
}

impl Flags {
    pub(crate) fn add(&mut self, id: &'static str, severity: Severity, step: usize, title: String, why: String, fix: String) {
        self.list.push(Flag { id, severity, step, title, why, fix });
    }
}

/// The flags a response earns for its fields and its body.
pub(crate) fn field_and_body_flags(flags: &mut Flags, position: usize, step: &Step, cors: Option<&CorsVerdict>) {
    let code = step.code;
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
