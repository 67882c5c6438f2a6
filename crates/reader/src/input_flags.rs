//! The flags about the text as it was written rather than about what it says: lines that are
//! not well-formed fields, and the fields and responses the reader stopped keeping. Apart from `flags`
//! because they come from the parser's notes, and are raised for every response, interim and
//! tunnel included.

use crate::checks::folded_line_flag;
use crate::fields::grouped;
use crate::parse::{OddLine, Response, MAX_FIELDS, MAX_ODD_LINES, MAX_RESPONSES};
use crate::{mask, Flag, Severity, QUOTED_LINE_CHARACTERS};
use http_status_data::text::shortened;

const NOT_A_FIELD_FIX: &str = "Send every header line as Name: value and end the header block with one blank line; a line like this often comes from a field value with a line break in it.";

fn quoted(text: &str) -> String {
    format!("\u{201c}{}\u{201d}", shortened(text, QUOTED_LINE_CHARACTERS))
}

fn odd_line_flag(position: usize, odd: &OddLine) -> Flag {
    match odd {
        OddLine::SpaceBeforeColon { name, value } => Flag {
            id: "malformed-field-line",
            field: Some(name.trim().to_string()),
            severity: Severity::Error,
            step: position,
            title: format!("Space before the colon in {name}"),
            why: format!(
                "{} has whitespace between the field name and the colon, which HTTP/1.1 forbids (RFC 9112 section 5.1): a server must reject such a request with 400 and a proxy must remove the whitespace from a response, so clients disagree on whether {name} was sent. It was read here as {name}.",
                quoted(&format!("{name} : {}", mask::field(name, value)))
            ),
            fix: format!("Write the colon right after the name: {name}: value."),
        },
        OddLine::Folded { name } => folded_line_flag(position, name),
        OddLine::NotAField { line, after } => {
            let place = match after {
                Some(name) => format!("after {name}"),
                None => "right after the status line".to_string(),
            };
            Flag {
                id: "malformed-field-line",
                field: None,
                severity: Severity::Error,
                step: position,
                title: format!("A header line that is not a field: {}", quoted(&mask::text(line))),
                why: format!(
                    "The line {} stands among the header fields ({place}) but is not name: value, which HTTP/1.1 does not allow (RFC 9112 section 5): strict clients and proxies reject the whole response, lenient ones skip the line. The fields after it were read here all the same.",
                    quoted(&mask::text(line))
                ),
                fix: NOT_A_FIELD_FIX.into(),
            }
        }
    }
}

/// The flags for the header block of the response at `position`, and for its request's when
/// `request_dropped` fields were cut from that.
pub(crate) fn header_block_flags(flags: &mut Vec<Flag>, position: usize, response: &Response, request_dropped: usize) {
    flags.extend(response.odd_lines.iter().map(|odd| odd_line_flag(position, odd)));
    if response.odd_lines_dropped > 0 {
        flags.push(Flag {
            id: "malformed-field-line",
            field: None,
            severity: Severity::Error,
            step: position,
            title: format!("{} more header lines that are not well-formed fields", grouped(response.odd_lines_dropped as u64)),
            why: format!(
                "Besides the {MAX_ODD_LINES} lines flagged above, this header block has {} more lines that are not name: value, have whitespace before the colon or continue a folded line; they are not listed one by one.",
                grouped(response.odd_lines_dropped as u64)
            ),
            fix: NOT_A_FIELD_FIX.into(),
        });
    }
    for (dropped, whose) in [(response.fields_dropped, "response"), (request_dropped, "request")] {
        if dropped == 0 {
            continue;
        }
        let total = MAX_FIELDS.saturating_add(dropped);
        flags.push(Flag {
            id: "fields-cut-short",
            field: None,
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

/// The flag for the responses past `MAX_RESPONSES`, on the last one kept.
pub(crate) fn responses_cut_flag(kept: usize, dropped: usize) -> Option<Flag> {
    (dropped > 0 && kept > 0).then(|| {
        let total = kept.saturating_add(dropped);
        Flag {
            id: "responses-cut-short",
            field: None,
            severity: Severity::Warning,
            step: kept - 1,
            title: format!("Only the first {} of {} responses were read", grouped(kept as u64), grouped(total as u64)),
            why: format!(
                "The text holds {} responses: the first {} were read and the other {} were not, so nothing is said about them.",
                grouped(total as u64),
                grouped(MAX_RESPONSES as u64),
                grouped(dropped as u64)
            ),
            fix: "Paste the responses you want explained in smaller parts: a HAR file filtered to the requests in question (DevTools' filter box, then Copy all as HAR), or one chain at a time.".into(),
        }
    })
}

/// The flag for a HAR file that breaks off, on the last response read before the break.
pub(crate) fn har_cut_flag(kept: usize, cut_short: bool) -> Option<Flag> {
    (cut_short && kept > 0).then(|| Flag {
        id: "har-cut-short",
        field: None,
        severity: Severity::Warning,
        step: kept - 1,
        title: "The HAR file breaks off".into(),
        why: format!(
            "The JSON ends (or stops being JSON) before the HAR file does: the {} before the break {} read, and whatever came after it is missing here.",
            if kept == 1 { "one complete entry".to_string() } else { format!("{} complete entries", grouped(kept as u64)) },
            if kept == 1 { "was" } else { "were" }
        ),
        fix: "Copy the HAR again whole, or use Save all as HAR and paste the file's content: a paste cut to fit a box loses the end.".into(),
    })
}
