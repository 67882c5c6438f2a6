//! The lines of a header block: fields kept up to their limit, folded lines joined, and lines
//! that are not well-formed fields noted where they stand. Apart from the reader's state machine
//! because the Headers pane keeps its fields the same way.

use super::lines::{capped, field_line, spaced_field_line, status_line};
use super::{Field, OddLine, Response, MAX_FIELDS, MAX_ODD_LINES, MAX_VALUE};

/// Keeps a field, or counts it in `dropped` once `MAX_FIELDS` are kept.
pub(super) fn push_field(fields: &mut Vec<Field>, dropped: &mut usize, name: &str, value: &str) {
    if fields.len() < MAX_FIELDS {
        fields.push(Field { name: name.to_string(), value: capped(value) });
    } else {
        *dropped = dropped.saturating_add(1);
    }
}

/// A continuation line (obsolete line folding) joins the previous value.
pub(super) fn fold(fields: &mut [Field], line: &str) -> bool {
    match fields.last_mut() {
        Some(last) if line.starts_with([' ', '\t']) && !line.trim().is_empty() => {
            if last.value.len() < MAX_VALUE {
                last.value.push(' ');
                last.value.push_str(line.trim());
            }
            true
        }
        _ => false,
    }
}

/// Keeps a line that is not a well-formed field for its flag, or counts it past `MAX_ODD_LINES`.
pub(super) fn note_odd_line(response: &mut Response, odd: OddLine) {
    if response.odd_lines.len() < MAX_ODD_LINES {
        response.odd_lines.push(odd);
    } else {
        response.odd_lines_dropped = response.odd_lines_dropped.saturating_add(1);
    }
}

/// Lines looked ahead from a line that is not a field, for a field that shows the header block
/// goes on. Bounded so that a long run of such lines costs no more than a few passes.
const LOOKAHEAD: usize = 8;

/// Whether a field line comes in the next few lines, before a blank line or a status line: then
/// a line that is not a field stands among the fields (a value broken over two lines, a stray
/// note), rather than starting a body whose blank line was lost in the copy.
pub(super) fn fields_follow(rest: &[&str]) -> bool {
    for line in rest.iter().take(LOOKAHEAD) {
        if line.trim().is_empty() || status_line(line).is_some() {
            return false;
        }
        if field_line(line).is_some_and(|(name, _)| !name.starts_with(':')) || spaced_field_line(line).is_some() {
            return true;
        }
    }
    false
}
