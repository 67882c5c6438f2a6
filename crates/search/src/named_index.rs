//! What search precomputes once to tell which records a text names outright: the labels of
//! records that are not status codes, their signatures and every phrase and former name, as runs
//! of words. Kept apart from the word index (`index.rs`): the response reader asks only this of
//! search, for every pasted response, and building the word index first cost a page's first
//! paste 45 to 90 ms in the engines' first tiers (17 to 24 ms natively, 2026-12-07).

use super::normalize::{is_filler, normalized_words};
use super::query::Query;
use http_status_data::{self as db, Kind};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

pub(super) struct NamedIndex {
    /// The labels of the records that are not status codes ("500.19", "h12"), lowercased.
    labels: HashMap<String, Vec<usize>>,
    /// Each signature as normalised words, with its entry, by its first word.
    signatures: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// The same for every entry's phrase and former names ("unauthorized", "request entity too
    /// large", Heroku's "request timeout"), which a log line may quote.
    phrases: HashMap<String, Vec<(Vec<String>, usize)>>,
}

/// Adds each text as normalised words, with its entry, under its first word.
fn add_word_runs<'a>(runs: &mut HashMap<String, Vec<(Vec<String>, usize)>>, texts: impl Iterator<Item = &'a str>, position: usize) {
    for text in texts {
        let words: Vec<String> = normalized_words(text).collect();
        if let Some(first) = words.first() {
            runs.entry(first.clone()).or_default().push((words, position));
        }
    }
}

/// Which entries have one of their word runs in `words`, word for word; `on_found` sees each run found.
fn appearing(runs: &HashMap<String, Vec<(Vec<String>, usize)>>, words: &[String], count: usize, mut on_found: impl FnMut(&[String])) -> Vec<bool> {
    let mut found = vec![false; count];
    for (start, word) in words.iter().enumerate() {
        for (run, position) in runs.get(word).into_iter().flatten() {
            if words[start..].starts_with(run) {
                found[*position] = true;
                on_found(run);
            }
        }
    }
    found
}

/// The named index of the database, built on first use (the prose adds nothing to it).
pub(super) fn named_index() -> &'static NamedIndex {
    static NAMED: OnceLock<NamedIndex> = OnceLock::new();
    NAMED.get_or_init(|| {
        let mut labels: HashMap<String, Vec<usize>> = HashMap::default();
        let (mut signatures, mut phrases) = (HashMap::default(), HashMap::default());
        for (position, entry) in db::entries().iter().enumerate() {
            if entry.kind != Kind::Status {
                labels.entry(entry.label.to_ascii_lowercase()).or_default().push(position);
            }
            add_word_runs(&mut signatures, entry.details().signatures.iter().copied(), position);
            add_word_runs(&mut phrases, std::iter::once(entry.phrase).chain(entry.aliases.iter().copied()), position);
        }
        NamedIndex { labels, signatures, phrases }
    })
}

impl NamedIndex {
    /// Which entries the query names by label. A label counts when it is distinctive enough to
    /// mean the record inside a longer text ("500.19", "H12", "1020"); a two-letter flag only
    /// when typed in capitals ("UF", as logs print it); a short number ("0", "000") only when it
    /// is all the query says besides filler words ("status 0").
    pub(super) fn labelled(&self, query: &Query, count: usize) -> Vec<bool> {
        let mut labelled = vec![false; count];
        let meaningful: Vec<&String> = query.words.iter().filter(|word| !is_filler(word)).collect();
        for token in &query.label_tokens {
            let Some(positions) = self.labels.get(&token.to_ascii_lowercase()) else { continue };
            let letters = token.chars().filter(char::is_ascii_alphabetic).count();
            let digits = token.chars().filter(char::is_ascii_digit).count();
            let distinctive = token.contains('.') || (letters > 0 && digits > 0) || letters >= 3 || digits >= 4;
            let flag = letters == 2 && digits == 0 && token.chars().all(|c| c.is_ascii_uppercase());
            let alone = meaningful.len() == 1 && meaningful[0].eq_ignore_ascii_case(token);
            if distinctive || flag || alone {
                for &position in positions {
                    labelled[position] = true;
                }
            }
        }
        // A label from its own field counts whatever its shape, and only in its own case.
        for token in &query.field_labels {
            for &position in self.labels.get(&token.to_ascii_lowercase()).into_iter().flatten() {
                if db::entries()[position].label == token {
                    labelled[position] = true;
                }
            }
        }
        labelled
    }

    /// Which entries have a signature that appears, word for word, in the query.
    pub(super) fn signed(&self, words: &[String], count: usize) -> Vec<bool> {
        appearing(&self.signatures, words, count, |_| {})
    }

    /// Which entries have their phrase or a former name, word for word, in the query,
    /// and how many words the longest of those runs has.
    pub(super) fn phrased(&self, words: &[String], count: usize) -> (Vec<bool>, usize) {
        let mut longest = 0;
        let found = appearing(&self.phrases, words, count, |run| longest = longest.max(run.len()));
        (found, longest)
    }
}
