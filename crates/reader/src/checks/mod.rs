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
    framing::check(&mut raised, response, context);
    body_length::check(&mut raised, response, context);
    cache_control::check(&mut raised, context);
    cache_control_form::check(&mut raised, context);
    age::check(&mut raised, context);
    date::check(&mut raised, response, context);
    date_clock::check(&mut raised, response, context);
    date_forms::check(&mut raised, context);
    validators::check(&mut raised, context);
    content_type::check(&mut raised, response, context);
    media_type_form::check(&mut raised, context);
    content_sniff::check(&mut raised, response, context);
    set_cookie::check(&mut raised, context);
    hsts::check(&mut raised, context);
    security::check(&mut raised, context);
    csp::check(&mut raised, context);
    cross_origin::check(&mut raised, context);
    permissions_policy::check(&mut raised, context);
    reporting::check(&mut raised, context);
    clear_site_data::check(&mut raised, context);
    cors::check(&mut raised, context);
    vary::check(&mut raised, context);
    link::check(&mut raised, context);
    content_disposition::check(&mut raised, context);
    content_coding::check(&mut raised, context);
    cache_status::check(&mut raised, context);
    ranges::check(&mut raised, context);
    singletons::check(&mut raised, context);
    field_roles::check(&mut raised, context);
    field_sizes::check(&mut raised, context);
    field_encoding::check(&mut raised, context);
    via::check(&mut raised, context);
    list_grammar::check(&mut raised, context);
    server_timing::check(&mut raised, context);
    client_hints::check(&mut raised, context);
    speculation_rules::check(&mut raised, context);
    dictionary_transport::check(&mut raised, context);
}

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
