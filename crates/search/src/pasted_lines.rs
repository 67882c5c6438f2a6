//! A paste of several lines (a stack trace, a run of log lines, a W3C log with its `#Fields`
//! header) is read line by line: each entry keeps its best score from any line, so the most
//! specific answer in the paste comes first. The search box cannot hold line breaks, so the
//! browser view shows each as `⏎`, which reads as one here too.

use super::log_formats::LineContext;
use super::{best_first, search_line, Filters, Hit, LineHits};

/// What the search box shows for a line break in a paste.
pub const LINE_BREAK: char = '\u{23ce}';
/// Lines read from one paste: a screenful of log, more than anyone scans for a status.
const MAX_LINES: usize = 200;

/// A paste of several lines as the search box can hold it, each line break shown as ` ⏎ `; `None`
/// for a single line, which pastes as it is.
///
/// ```
/// assert_eq!(http_status_search::as_one_line("Expected: 200\r\nReceived: 404\n").as_deref(), Some("Expected: 200 \u{23ce} Received: 404"));
/// assert_eq!(http_status_search::as_one_line("404\n"), None);
/// ```
pub fn as_one_line(paste: &str) -> Option<String> {
    lines(paste).map(|lines| lines.join(&format!(" {LINE_BREAK} ")))
}

/// The paste's non-empty lines, when there are several.
pub(super) fn lines(input: &str) -> Option<Vec<&str>> {
    let lines: Vec<&str> = input.split(['\n', '\r', LINE_BREAK]).map(str::trim).filter(|line| !line.is_empty()).collect();
    (lines.len() > 1).then_some(lines)
}

/// Each entry with its best score from any line. The lines that name something (a code, a label,
/// a signature, a registered name) speak for the paste; the others (a stack frame, "Expected
/// :200") only when no line names anything.
pub(super) fn search(lines: &[&str], filters: &Filters) -> Vec<Hit> {
    let mut context = LineContext::default();
    let mut read: Vec<LineHits> = Vec::new();
    for line in lines.iter().take(MAX_LINES) {
        if !context.is_directive(line) {
            let reading = context.read(line);
            read.push(search_line(line, reading.as_ref(), true, filters));
        }
    }
    let some_line_names_something = read.iter().any(|line| line.names_something);
    let mut best: Vec<Option<Hit>> = vec![None; http_status_data::entries().len()];
    for hit in read.into_iter().filter(|line| line.names_something || !some_line_names_something).flat_map(|line| line.hits) {
        let slot = &mut best[usize::from(hit.entry.index)];
        if slot.is_none_or(|kept| kept.score < hit.score) {
            *slot = Some(hit);
        }
    }
    let mut hits: Vec<Hit> = best.into_iter().flatten().collect();
    best_first(&mut hits);
    hits
}
