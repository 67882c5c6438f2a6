//! Test failures that name the status expected and the one that arrived: the line's status is
//! the one that arrived, wherever it stands. "expected 200 but got 404", JUnit's "Status
//! expected:<200> but was:<404>", Jest's "Expected: 200 Received: 404", and Chai's "expected
//! 404 to equal 200", which puts the actual value first.

use super::{status_code, FieldReading};

/// Words after the expected status that introduce the actual one.
const ACTUAL_MARKERS: &[&str] = &["got", "received", "was", "actual", "returned", "but", "instead"];
/// How far past "expected" the expected status may stand ("expected HTTP status code 200").
const EXPECTED_WITHIN: usize = 4;

pub(super) fn read(line: &str) -> Option<FieldReading> {
    let words: Vec<(std::ops::Range<usize>, &str)> = line
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| {
            let start = word.as_ptr() as usize - line.as_ptr() as usize;
            (start..start + word.len(), word)
        })
        .collect();
    let expected = words.iter().position(|(_, word)| word.eq_ignore_ascii_case("expected"))?;
    let first = (expected + 1..words.len().min(expected + 1 + EXPECTED_WITHIN)).find(|&at| status_code(words[at].1).is_some())?;
    // Chai: "expected <actual> to equal <expected>".
    let chai = words.get(first + 1).is_some_and(|(_, word)| *word == "to");
    let actual = if chai {
        first
    } else {
        let marker = (first + 1..words.len()).find(|&at| ACTUAL_MARKERS.iter().any(|marker| words[at].1.eq_ignore_ascii_case(marker)))?;
        (marker + 1..words.len()).find(|&at| status_code(words[at].1).is_some())?
    };
    let (range, word) = words[actual].clone();
    Some(FieldReading { status: status_code(word), status_at: Some(range), labels: Vec::new() })
}
