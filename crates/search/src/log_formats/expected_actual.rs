//! Test failures that name the status expected and the one that arrived: the line's status is
//! the one that arrived, wherever it stands. "expected 200 but got 404", JUnit's "Status
//! expected:<200> but was:<404>", Go's "got 404 want 200", Chai's "expected 404 to equal 200"
//! (the actual value first), and Jest's and IntelliJ's two lines, "Expected: 200" then
//! "Received: 404".

use super::{status_code, status_field, with_ranges, Field, FieldReading};

/// Words that introduce the expected status.
const EXPECTED_MARKERS: &[&str] = &["expected", "expecting", "want", "wanted"];
/// Words that introduce the actual one.
const ACTUAL_MARKERS: &[&str] = &["got", "received", "was", "actual", "returned", "but", "instead"];
/// How far past its marker the expected status may stand ("expected HTTP status code 200").
const WITHIN: usize = 4;

/// What one line says, and whether it names only the expected status, leaving the actual one to
/// the next line.
pub(super) fn read(line: &str) -> Option<(FieldReading, bool)> {
    let mentions = |marker: &[u8]| line.as_bytes().windows(marker.len()).any(|window| window.eq_ignore_ascii_case(marker));
    if !mentions(b"expect") && !mentions(b"want") {
        return None;
    }
    let words = words(line);
    let is = |at: usize, markers: &[&str]| markers.iter().any(|marker| words[at].1.eq_ignore_ascii_case(marker));
    let expected_at = (0..words.len()).find(|&at| is(at, EXPECTED_MARKERS))?;
    let expected = (expected_at + 1..words.len().min(expected_at + 1 + WITHIN)).find(|&at| status_code(words[at].1).is_some());
    // Chai: "expected <actual> to equal <expected>".
    if let Some(first) = expected.filter(|&first| words.get(first + 1).is_some_and(|(_, word)| *word == "to")) {
        return Some((status_field(&words[first]), false));
    }
    let actual = (0..words.len())
        .filter(|&at| is(at, ACTUAL_MARKERS))
        .find_map(|marker| (marker + 1..words.len().min(marker + 1 + WITHIN)).find(|&at| Some(at) != expected && status_code(words[at].1).is_some()));
    match (actual, expected) {
        (Some(actual), _) => Some((status_field(&words[actual]), false)),
        // The expected status alone is not the line's status.
        (None, Some(expected)) => Some((FieldReading { status: None, status_at: Some(words[expected].0.clone()), labels: Vec::new() }, true)),
        (None, None) => None,
    }
}

/// The line after one naming only the expected status: "Received: 404", "Actual   :403".
pub(super) fn read_actual(line: &str) -> Option<FieldReading> {
    let words = words(line);
    let (_, marker) = words.first()?;
    if !ACTUAL_MARKERS.iter().any(|actual| marker.eq_ignore_ascii_case(actual)) {
        return None;
    }
    words[1..].iter().take(WITHIN).find(|(_, word)| status_code(word).is_some()).map(status_field)
}

/// The line's runs of letters and digits, with their byte ranges.
fn words(line: &str) -> Vec<Field<'_>> {
    with_ranges(line, line.split(|c: char| !c.is_ascii_alphanumeric()).filter(|word| !word.is_empty()))
}
