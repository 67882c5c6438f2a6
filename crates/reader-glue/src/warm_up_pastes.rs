//! The pastes the reader is warmed with (`warm_up`): what people paste, a `curl -i` answer and a
//! HAR file as Chrome's "Copy all as HAR" writes it, whose entries carry the fields the reader
//! checks most.

use std::borrow::Cow;

const CURL: &str = include_str!("warm_up_pastes/curl.txt");
const HAR: &str = include_str!("warm_up_pastes/devtools.har");

/// How many times over the HAR file's entries are read in the steps after the first.
const HAR_COPIES: [usize; 3] = [1, 5, 25];

/// The HAR file with its entries repeated `copies` times.
fn har(copies: usize) -> String {
    let Some((head, rest)) = HAR.split_once("\"entries\": [") else { return HAR.to_string() };
    let Some((entries, tail)) = rest.rsplit_once(']') else { return HAR.to_string() };
    format!("{head}\"entries\": [{}]{tail}", vec![entries.trim_end(); copies].join(","))
}

/// The warm-up's paste at `step`, `None` after the last. The curl answer comes alone first, as
/// the first call is the longest (it builds the search index and compiles most of the reader).
/// Then the HAR file 1, 5 and 25 times over (10, 50 and 250 KB): each step runs its functions
/// long enough to reach the optimising tier before the next, larger one, and the last runs what
/// only a large paste does (large allocations, the memory's growth, loops over a hundred
/// entries). In WebKit (2026-12-07) no step took over 20 ms of the main thread after the
/// first, against 41 for the largest alone, and ten copies instead of 25 left the first 1.1 MB
/// paste 15 ms slower.
pub(crate) fn paste(step: usize) -> Option<Cow<'static, str>> {
    match step {
        0 => Some(Cow::Borrowed(CURL)),
        _ => HAR_COPIES.get(step - 1).map(|&copies| Cow::Owned(har(copies))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_status_reader::{explain, Format};

    #[test]
    fn the_curl_answer_comes_first_and_is_one_response_read_whole() {
        let explanation = explain(&paste(0).unwrap(), None).unwrap();
        assert_eq!(explanation.format, Format::StatusLines);
        assert_eq!(explanation.steps.len(), 1);
        assert_eq!(explanation.steps[0].code, 404);
        assert_eq!(explanation.steps[0].headers.len(), 8);
    }

    #[test]
    fn the_har_files_grow_with_every_entry_read_and_nothing_cut() {
        let mut sizes = Vec::new();
        for step in 1..=HAR_COPIES.len() {
            let text = paste(step).unwrap();
            let explanation = explain(&text, None).unwrap();
            assert_eq!(explanation.format, Format::Har);
            let copies = HAR_COPIES[step - 1];
            assert_eq!(explanation.steps.iter().map(|step| step.code).collect::<Vec<_>>(), [301, 200, 304, 409].repeat(copies));
            assert!(explanation.steps.iter().all(|step| step.headers.len() >= 4));
            assert!(explanation.flags.iter().all(|flag| !flag.id.ends_with("cut-short")), "{step}");
            sizes.push(text.len());
        }
        assert!(sizes[2] > 250_000, "{sizes:?}");
        assert_eq!(paste(HAR_COPIES.len() + 1), None);
    }
}
