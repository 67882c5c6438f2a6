//! The flags about the header block as it was pasted rather than about what it says: fields the
//! reader stopped keeping. Apart from `flags` because they come from the parser's notes, and are
//! raised for every response, interim and tunnel included.

use crate::fields::grouped;
use crate::parse::{Response, MAX_FIELDS};
use crate::{Flag, Severity};

/// The flags for the header block of the response at `position`, and for its request's when
/// `request_dropped` fields were cut from that.
pub(crate) fn header_block_flags(flags: &mut Vec<Flag>, position: usize, response: &Response, request_dropped: usize) {
    for (dropped, whose) in [(response.fields_dropped, "response"), (request_dropped, "request")] {
        if dropped == 0 {
            continue;
        }
        let total = MAX_FIELDS.saturating_add(dropped);
        flags.push(Flag {
            id: "fields-cut-short",
            severity: Severity::Warning,
            step: position,
            title: format!("Only the first {} of {} {whose} header fields were read", grouped(MAX_FIELDS as u64), grouped(total as u64)),
            why: format!(
                "The {whose} has {} header fields: the first {} were read and the other {} were not, so a field that comes later (and any flag about it missing) may be wrong here.",
                grouped(total as u64),
                grouped(MAX_FIELDS as u64),
                grouped(dropped as u64)
            ),
            fix: "Look for what repeats a field in a loop (a middleware that appends on every call): clients and proxies refuse header sections far smaller than this (Node.js stops at 16 KB). To explain the rest, paste it without the repeated lines.".into(),
        });
    }
}
