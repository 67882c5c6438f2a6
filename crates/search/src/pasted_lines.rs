//! A paste of several lines (a stack trace, a run of log lines, a W3C log with its `#Fields`
//! header) is read line by line: each entry keeps its best score from any line, so the most
//! specific answer in the paste comes first. The search box cannot hold line breaks, so the
//! browser view shows each as `⏎`, which reads as one here too.

use super::log_formats::LineContext;
use super::{best_first, search_line, Filters, Hit};

/// What the search box shows for a line break in a paste.
pub const LINE_BREAK: char = '\u{23ce}';
/// Lines read from one paste: a screenful of log, more than anyone scans for a status.
const MAX_LINES: usize = 200;

/// The paste's non-empty lines, when there are several.
pub(super) fn lines(input: &str) -> Option<Vec<&str>> {
    let lines: Vec<&str> = input.split(['\n', '\r', LINE_BREAK]).map(str::trim).filter(|line| !line.is_empty()).collect();
    (lines.len() > 1).then_some(lines)
}

pub(super) fn search(lines: &[&str], filters: &Filters) -> Vec<Hit> {
    let mut context = LineContext::default();
    let mut best: Vec<Option<Hit>> = vec![None; http_status_data::entries().len()];
    for line in lines.iter().take(MAX_LINES) {
        if context.is_directive(line) {
            continue;
        }
        let reading = context.read(line);
        for hit in search_line(line, reading.as_ref(), filters) {
            let slot = &mut best[usize::from(hit.entry.index)];
            if slot.is_none_or(|kept| kept.score < hit.score) {
                *slot = Some(hit);
            }
        }
    }
    let mut hits: Vec<Hit> = best.into_iter().flatten().collect();
    hits.sort_by(best_first);
    hits
}
