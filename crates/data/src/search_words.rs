//! The words of the entries' long prose, for search (`http-status-search-words.txt`, written by
//! the build next to the prose file, under the same hash): a page whose search reads the prose
//! fetches these instead, a fraction of the prose's size, and the sentences only when a view
//! shows them. Each line holds one entry's distinct words, split where search splits words, so
//! search finds in them exactly what it finds in the prose.

use super::{prose_loaded, Entry, ProseError, ENTRIES, PROSE_HASH};
use std::sync::OnceLock;

static WORDS: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();

/// Takes the text of the search-words file; the first load wins, later ones change nothing.
pub fn load_search_words(text: String) -> Result<(), ProseError> {
    if WORDS.get().is_some() {
        return Ok(());
    }
    let words = decode(Box::leak(text.into_boxed_str()))?;
    let _ = WORDS.set(words);
    Ok(())
}

/// Whether search has the prose's words: from this file or from the prose itself.
pub fn search_words_loaded() -> bool {
    WORDS.get().is_some() || prose_loaded()
}

impl Entry {
    /// The distinct words of the entry's prose from the search-words file, once it has loaded.
    pub fn search_words(&self) -> Option<&'static [&'static str]> {
        WORDS.get().and_then(|all| all.get(usize::from(self.index))).map(Vec::as_slice)
    }
}

fn decode(text: &'static str) -> Result<Vec<Vec<&'static str>>, ProseError> {
    let (hash, body) = text.split_once('\n').ok_or(ProseError::Malformed)?;
    if hash != PROSE_HASH {
        return Err(ProseError::Stale);
    }
    let lines: Vec<Vec<&'static str>> = body.split('\n').map(|line| line.split(' ').filter(|word| !word.is_empty()).collect()).collect();
    (lines.len() == ENTRIES.len()).then_some(lines).ok_or(ProseError::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = include_str!(concat!(env!("OUT_DIR"), "/search-words.txt"));

    #[test]
    fn each_entry_has_the_words_of_its_prose() {
        let words = decode(FILE).unwrap();
        let not_found = &words[usize::from(crate::by_id("404").unwrap().index)];
        assert!(not_found.contains(&"resource"), "{not_found:?}");
        let prose = crate::by_id("404").unwrap().prose().unwrap();
        for word in prose.explanation.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}').filter(|word| !word.is_empty()) {
            assert!(not_found.contains(&word.to_lowercase().as_str()), "{word}");
        }
    }

    #[test]
    fn a_file_of_another_build_or_cut_short_is_refused() {
        assert_eq!(decode("0123456789abcdef\nword"), Err(ProseError::Stale));
        let cut = &FILE[..FILE.rfind('\n').unwrap()];
        assert_eq!(decode(cut), Err(ProseError::Malformed));
    }
}
