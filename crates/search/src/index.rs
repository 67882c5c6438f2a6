//! Everything search precomputes once from the static database: a sorted vocabulary of every
//! word with postings (which entries use it, in which field), and each entry's names run
//! together for whole-query matches.

use super::distance::{allowed_edits, distance_within, first_letters_fit};
use super::names::Names;
use super::normalize::normalized_words;
use super::score::{Field, Match};
use http_status_data::{self as db, Entry};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// Prefix matches only count from this many characters, so "a" does not match everything.
const PREFIX_FROM: usize = 2;
/// A word found this many times in names is common to them (see `Index::common_in_names`): an
/// entry counts once for its phrase and once for its former names, however many have the word.
const COMMON_IN_NAMES: usize = 4;

pub(super) struct Index {
    /// Every distinct normalised word, sorted, so prefix matches form one range.
    pub vocabulary: Vec<String>,
    /// Per vocabulary word: (entry index, field) pairs, one per field it appears in.
    pub postings: Vec<Vec<(usize, Field)>>,
    /// Per vocabulary word: whether it is in so many names ("error", "request", "not", "too")
    /// that, in a log line, it says little about which code is meant.
    pub common_in_names: Vec<bool>,
    /// Vocabulary positions of words from name-like fields (typo matching applies to them),
    /// grouped by first letter: a typo rarely changes the first letter.
    pub fuzzy_candidates: HashMap<char, Vec<usize>>,
    /// Per vocabulary word: its length in letters, so most typo candidates are ruled out
    /// without reading them.
    letter_counts: Vec<usize>,
    /// Per entry: compact forms of the phrase, aliases, keywords, headers and vendor.
    pub names: Vec<Names>,
    /// Every compact name with its entry, sorted: the entries a whole query can match are
    /// one prefix range, so most entries skip the whole-query comparisons.
    sorted_names: Vec<(String, usize)>,
}

/// The index of the database, built on first use; once the prose's words have loaded (the
/// search-words file, which the browser view asks for as it opens, or the prose itself), built
/// again with them.
pub(super) fn index() -> &'static Index {
    static WITHOUT_PROSE: OnceLock<Index> = OnceLock::new();
    static WITH_PROSE: OnceLock<Index> = OnceLock::new();
    if db::search_words_loaded() {
        WITH_PROSE.get_or_init(|| Index::build(db::entries(), prose_texts))
    } else {
        WITHOUT_PROSE.get_or_init(|| Index::build(db::entries(), |_| Vec::new()))
    }
}

/// The searchable texts of an entry's long prose: the prose itself when it has loaded, else its
/// words from the search-words file, in which search finds the same words.
fn prose_texts(entry: &Entry) -> Vec<&'static str> {
    match (entry.prose(), entry.search_words()) {
        (Some(long), _) => long.searchable_texts().collect(),
        (None, Some(words)) => words.to_vec(),
        (None, None) => Vec::new(),
    }
}

impl Index {
    fn build(entries: &[Entry], prose_texts: impl Fn(&Entry) -> Vec<&'static str>) -> Index {
        let mut word_fields: HashMap<String, Vec<(usize, Field)>> = HashMap::default();
        for (position, entry) in entries.iter().enumerate() {
            let mut prose = vec![entry.summary];
            prose.extend(prose_texts(entry));
            // A vendor's names weigh like keywords (see Weights::vendor_whole_phrase).
            let (phrase_field, alias_field) = if entry.is_registered() { (Field::Phrase, Field::Alias) } else { (Field::Term, Field::Term) };
            let fields = [
                (phrase_field, vec![entry.phrase]),
                (alias_field, entry.aliases.to_vec()),
                (
                    Field::Term,
                    entry.details().keywords.iter().chain(entry.details().headers).chain(entry.details().signatures).chain(&entry.vendor).copied().collect(),
                ),
                (Field::Text, prose),
            ];
            for (field, texts) in fields {
                for text in texts {
                    for word in normalized_words(text) {
                        let postings = word_fields.entry(word).or_default();
                        if !postings.contains(&(position, field)) {
                            postings.push((position, field));
                        }
                    }
                }
            }
        }
        let mut vocabulary: Vec<String> = word_fields.keys().cloned().collect();
        vocabulary.sort();
        let postings: Vec<Vec<(usize, Field)>> = vocabulary.iter().map(|word| word_fields.remove(word).unwrap_or_default()).collect();
        let common_in_names = postings
            .iter()
            .map(|word_postings| word_postings.iter().filter(|(_, field)| matches!(field, Field::Phrase | Field::Alias)).count() >= COMMON_IN_NAMES)
            .collect();
        let mut fuzzy_candidates: HashMap<char, Vec<usize>> = HashMap::default();
        for (position, word) in vocabulary.iter().enumerate() {
            if postings[position].iter().any(|(_, field)| *field != Field::Text) {
                fuzzy_candidates.entry(word.chars().next().unwrap_or_default()).or_default().push(position);
            }
        }
        let names: Vec<Names> = entries.iter().map(Names::of).collect();
        let mut sorted_names: Vec<(String, usize)> = names
            .iter()
            .enumerate()
            .flat_map(|(position, names)| {
                let all = std::iter::once(&names.phrase).chain(&names.aliases).chain(&names.keywords).chain(&names.headers).chain(&names.vendor);
                all.map(move |name| (name.clone(), position))
            })
            .collect();
        sorted_names.sort();
        let letter_counts = vocabulary.iter().map(|word| word.chars().count()).collect();
        Index { vocabulary, postings, common_in_names, fuzzy_candidates, letter_counts, names, sorted_names }
    }

    /// Which entries have a name equal to, or starting with, the compact query.
    pub(super) fn entries_named(&self, compact: &str, count: usize) -> Vec<bool> {
        let mut named = vec![false; count];
        if !compact.is_empty() {
            let start = self.sorted_names.partition_point(|(name, _)| name.as_str() < compact);
            for (_, position) in self.sorted_names[start..].iter().take_while(|(name, _)| name.starts_with(compact)) {
                named[*position] = true;
            }
        }
        named
    }

    /// Vocabulary words matching one query word, with how they matched: exactly, and when `typed`
    /// (not a pasted line, whose words are whole and spelt as the software wrote them) by prefix
    /// and within a few edits too.
    pub(super) fn matches(&self, word: &str, typed: bool) -> Vec<(usize, Match)> {
        let mut found = Vec::new();
        let start = self.vocabulary.partition_point(|candidate| candidate.as_str() < word);
        if typed && word.chars().count() >= PREFIX_FROM {
            for (offset, candidate) in self.vocabulary[start..].iter().enumerate() {
                if !candidate.starts_with(word) {
                    break;
                }
                let kind = if candidate == word { Match::Exact } else { Match::Prefix };
                found.push((start + offset, kind));
            }
        } else if self.vocabulary.get(start).is_some_and(|candidate| candidate == word) {
            found.push((start, Match::Exact));
        }
        // A word spelt as one of the names' words is no typo: its near misses are other words.
        let spelt_right = found.iter().any(|&(position, kind)| kind == Match::Exact && self.postings[position].iter().any(|(_, field)| *field != Field::Text));
        let allowed = if typed && !spelt_right { allowed_edits(word) } else { 0 };
        if allowed > 0 {
            // Candidates sharing the first letter, or the second (for a swap of the first two).
            // The groups are disjoint, and the same group when the first two letters are.
            let mut letters = word.chars();
            let first = letters.next();
            let second = letters.next().filter(|second| Some(*second) != first);
            let candidates = [first, second].into_iter().flatten().filter_map(|letter| self.fuzzy_candidates.get(&letter)).flatten().copied();
            let length = word.chars().count();
            for position in candidates.filter(|&position| self.letter_counts[position].abs_diff(length) <= allowed) {
                let candidate = &self.vocabulary[position];
                if !candidate.starts_with(word) && first_letters_fit(word, candidate) && distance_within(word, candidate, allowed).is_some() {
                    found.push((position, Match::Fuzzy));
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vocabulary_is_sorted_and_every_word_has_postings() {
        let index = index();
        assert!(index.vocabulary.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(index.postings.iter().all(|postings| !postings.is_empty()));
        assert_eq!(index.names.len(), db::entries().len());
    }

    #[test]
    fn a_word_matches_exactly_by_prefix_and_by_typo() {
        let index = index();
        let kinds = |word: &str| -> Vec<(String, Match)> {
            index.matches(word, true).into_iter().map(|(position, kind)| (index.vocabulary[position].clone(), kind)).collect()
        };
        assert!(kinds("gateway").contains(&("gateway".to_string(), Match::Exact)));
        assert!(kinds("gatew").contains(&("gateway".to_string(), Match::Prefix)));
        assert!(kinds("gatewya").contains(&("gateway".to_string(), Match::Fuzzy)));
        assert!(kinds("q").iter().all(|(word, _)| word == "q"), "one letter only matches exactly");
    }

    #[test]
    fn the_search_words_file_gives_the_index_the_prose_gives() {
        db::load_search_words(db::SEARCH_WORDS_TEXT.to_string()).unwrap();
        let from_words = Index::build(db::entries(), |entry| entry.search_words().unwrap().to_vec());
        let from_prose = Index::build(db::entries(), |entry| entry.prose().unwrap().searchable_texts().collect());
        assert_eq!(from_words.vocabulary, from_prose.vocabulary);
        assert_eq!(from_words.postings, from_prose.postings);
    }

    #[test]
    fn whole_names_are_found_by_prefix() {
        let index = index();
        let named = index.entries_named("notfou", db::entries().len());
        let names: Vec<&str> = db::entries().iter().zip(named).filter(|(_, named)| *named).map(|(entry, _)| entry.id).collect();
        assert!(names.contains(&"404"), "{names:?}");
    }
}
