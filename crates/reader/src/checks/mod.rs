//! The checks on what a response's fields say, one file per category httplint (REDbot's engine)
//! also checks: framing and the body's length, Cache-Control (its syntax and the forms caches
//! misread) and Age, Date and the server's clock, validators, Content-Type (its syntax, names and
//! parameters, and the content against it), Set-Cookie, HSTS and the other security headers (CSP,
//! the cross-origin policies, Permissions-Policy, the reporting fields, Clear-Site-Data), CORS,
//! Vary, Link, Content-Disposition, content coding, Cache-Status, ranges, fields that must appear
//! once, fields a response should not carry (request fields, retired fields, sizes), the newer
//! fields' own rules (Via, Server-Timing, Accept-CH, Speculation-Rules, Use-As-Dictionary), and
//! the grammar of the plainer lists (Allow, Connection, Upgrade, Content-Language…). Each reads
//! the raw fields through the readers' `Context` and raises flags; the values it quotes back are
//! masked.
//!
//! Apart from `status_rules` (what a status calls for) and `flags` (what the readings found
//! unreadable), because these are about a field's own syntax and about fields that contradict
//! each other, whatever the status.

mod age;
mod body_length;
mod cache_control;
mod cache_control_form;
mod cache_status;
mod clear_site_data;
mod client_hints;
mod content_coding;
mod content_disposition;
mod content_sniff;
mod content_type;
mod cookie_date;
mod cookie_notes;
mod cors;
mod cross_origin;
mod csp;
mod date;
mod date_clock;
mod date_forms;
mod dictionary_transport;
mod field_encoding;
mod field_roles;
mod field_sizes;
mod framing;
mod hsts;
mod link;
mod list_grammar;
mod media_type_form;
mod permissions_policy;
mod ranges;
mod reporting;
mod security;
mod server_timing;
mod set_cookie;
mod singletons;
mod speculation_rules;
mod syntax;
mod validators;
mod vary;
mod via;

pub(crate) use framing::folded_line_flag;

use crate::fields::Context;
use crate::parse::Response;
use crate::{mask, Flag, Severity, QUOTED_LINE_CHARACTERS};
use http_status_data::text::shortened;

/// The flags a final (or redirected, or retried) response earns for its fields' syntax and for
/// fields that contradict each other.
pub(crate) fn field_checks(flags: &mut Vec<Flag>, position: usize, response: &Response, context: &Context) {
    let mut raised = Raised { flags, position };
    for check in CHECKS {
        check(&mut raised, response, context);
    }
}

/// A check of one category, for the step whose fields `Context` reads.
type Check = fn(&mut Raised, &Response, &Context);

/// Every check, in the order their flags are listed. Called through this table, each stays a
/// function of its own in the wasm: inlined together they made one function of 36,000 lines,
/// which the engines run in their first tier for the whole of a first large paste and compile
/// late (Chromium's first 1.1 MB HAR file: 109 → 81 ms with `read_fields` kept apart too,
/// 2026-12-07).
static CHECKS: [Check; 37] = [
    framing::check,
    body_length::check,
    |raised, _, context| cache_control::check(raised, context),
    |raised, _, context| cache_control_form::check(raised, context),
    |raised, _, context| age::check(raised, context),
    date::check,
    date_clock::check,
    |raised, _, context| date_forms::check(raised, context),
    |raised, _, context| validators::check(raised, context),
    content_type::check,
    |raised, _, context| media_type_form::check(raised, context),
    content_sniff::check,
    |raised, _, context| set_cookie::check(raised, context),
    |raised, _, context| hsts::check(raised, context),
    |raised, _, context| security::check(raised, context),
    |raised, _, context| csp::check(raised, context),
    |raised, _, context| cross_origin::check(raised, context),
    |raised, _, context| permissions_policy::check(raised, context),
    |raised, _, context| reporting::check(raised, context),
    |raised, _, context| clear_site_data::check(raised, context),
    |raised, _, context| cors::check(raised, context),
    |raised, _, context| vary::check(raised, context),
    |raised, _, context| link::check(raised, context),
    |raised, _, context| content_disposition::check(raised, context),
    |raised, _, context| content_coding::check(raised, context),
    |raised, _, context| cache_status::check(raised, context),
    |raised, _, context| ranges::check(raised, context),
    |raised, _, context| singletons::check(raised, context),
    |raised, _, context| field_roles::check(raised, context),
    |raised, _, context| field_sizes::check(raised, context),
    |raised, _, context| field_encoding::check(raised, context),
    |raised, _, context| via::check(raised, context),
    |raised, _, context| list_grammar::check(raised, context),
    |raised, _, context| server_timing::check(raised, context),
    |raised, _, context| client_hints::check(raised, context),
    |raised, _, context| speculation_rules::check(raised, context),
    |raised, _, context| dictionary_transport::check(raised, context),
];

/// Where the checks put their flags, for the step they are about.
pub(super) struct Raised<'a> {
    flags: &'a mut Vec<Flag>,
    position: usize,
}

impl Raised<'_> {
    /// A flag about `field`, the header field it concerns.
    pub(super) fn flag(&mut self, id: &'static str, field: &str, severity: Severity, title: String, why: String, fix: String) {
        self.flags.push(Flag { id, field: Some(field.to_string()), severity, step: self.position, title, why, fix });
    }
}

impl Raised<'_> {
    /// A flag about the response as a whole rather than one field.
    pub(super) fn whole(&mut self, id: &'static str, severity: Severity, title: String, why: String, fix: String) {
        self.flags.push(Flag { id, field: None, severity, step: self.position, title, why, fix });
    }

    /// A field whose value breaks its grammar, said as the readers say it (`malformed-field`):
    /// `expected` is what it should be, `consequence` what clients do instead.
    pub(super) fn malformed(&mut self, name: &str, value: &str, expected: &str, consequence: &str) {
        self.flag(
            "malformed-field",
            name,
            Severity::Warning,
            format!("{name} cannot be read"),
            format!("{name}: {} is not {expected}, so {consequence}.", shown(name, value)),
            format!("Send {name} as {expected}."),
        );
    }
}

/// A field's value quoted back, masked and shortened: `“max-age=foo”`.
pub(super) fn shown(name: &str, value: &str) -> String {
    format!("\u{201c}{}\u{201d}", shortened(&mask::field(name, value), QUOTED_LINE_CHARACTERS))
}
