//! The checks on what a response's fields say, one file per category httplint (REDbot's engine)
//! also checks: framing, Cache-Control and Age, Date, validators, Content-Type, Set-Cookie, HSTS
//! and the other security headers (CSP, the cross-origin policies, Permissions-Policy, the
//! reporting fields, Clear-Site-Data), CORS, Vary, Link, Content-Disposition, content coding,
//! Cache-Status, ranges and fields that must appear once. Each reads the raw fields through the
//! readers' `Context` and raises flags; the values it quotes back are masked.
//!
//! Apart from `status_rules` (what a status calls for) and `flags` (what the readings found
//! unreadable), because these are about a field's own syntax and about fields that contradict
//! each other, whatever the status.

mod age;
mod cache_control;
mod cache_status;
mod clear_site_data;
mod content_coding;
mod content_disposition;
mod content_type;
mod cookie_date;
mod cookie_notes;
mod cors;
mod cross_origin;
mod csp;
mod date;
mod date_forms;
mod framing;
mod hsts;
mod link;
mod permissions_policy;
mod ranges;
mod reporting;
mod security;
mod set_cookie;
mod singletons;
mod syntax;
mod validators;
mod vary;

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
    cache_control::check(&mut raised, context);
    age::check(&mut raised, context);
    date::check(&mut raised, context);
    date_forms::check(&mut raised, context);
    validators::check(&mut raised, context);
    content_type::check(&mut raised, response, context);
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

/// A field's value quoted back, masked and shortened: `“max-age=foo”`.
pub(super) fn shown(name: &str, value: &str) -> String {
    format!("\u{201c}{}\u{201d}", shortened(&mask::field(name, value), QUOTED_LINE_CHARACTERS))
}
