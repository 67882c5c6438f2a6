//! The entries' long prose (explanation, advice, causes, example, notes on related codes),
//! which badges, cards and search do not need: a separate file of ours the wasm fetches when a
//! view shows it (`http-status-prose.txt`, written by the build; format in `schema.rs`).
//! Native builds compile the same file in, so tests and the JSON export always have it.

use super::schema::{PROSE_FIELD, PROSE_FIELDS, PROSE_ITEM, PROSE_RECORD};
use super::{Entry, ENTRIES, PROSE_HASH};
use std::sync::OnceLock;

#[derive(Debug, PartialEq, Eq)]
pub struct Prose {
    pub explanation: &'static str,
    pub when_to_send: &'static str,
    pub client_action: &'static str,
    pub causes: Vec<&'static str>,
    pub example: &'static str,
    /// One note per related code, in the order of the entry's `related`.
    pub related_notes: Vec<&'static str>,
}

impl Prose {
    /// The texts search reads words from (the example and the notes on related codes are not):
    /// the same fields the build writes into the search-words file.
    pub fn searchable_texts(&self) -> impl Iterator<Item = &'static str> + '_ {
        [self.explanation, self.when_to_send, self.client_action].into_iter().chain(self.causes.iter().copied())
    }
}

/// Why a prose file was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum ProseError {
    /// Written for another build of the wasm (a cache kept an old copy).
    Stale,
    /// Not a prose file, or cut short.
    Malformed,
}

impl std::fmt::Display for ProseError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(match self {
            ProseError::Stale => "http-status-prose.txt belongs to another build of the wasm files: publish the files of one build together",
            ProseError::Malformed => "http-status-prose.txt is not the prose file of this build",
        })
    }
}

static PROSE: OnceLock<Vec<Prose>> = OnceLock::new();

/// Every entry's prose, in database order, once loaded (natively: always).
fn all() -> Option<&'static [Prose]> {
    #[cfg(not(target_arch = "wasm32"))]
    let all = PROSE.get_or_init(|| decode(include_str!(concat!(env!("OUT_DIR"), "/prose.txt"))).expect("the build writes a valid prose file"));
    #[cfg(target_arch = "wasm32")]
    let all = PROSE.get()?;
    Some(all)
}

impl Entry {
    /// The entry's long prose, once the prose file has loaded.
    pub fn prose(&self) -> Option<&'static Prose> {
        all().and_then(|all| all.get(usize::from(self.index)))
    }
}

/// Whether the prose has loaded.
pub fn prose_loaded() -> bool {
    all().is_some()
}

/// Takes the text of the prose file; the first load wins, later ones change nothing.
pub fn load_prose(text: String) -> Result<(), ProseError> {
    if PROSE.get().is_some() {
        return Ok(());
    }
    // The strings live as long as the page, like the rest of the database.
    let prose = decode(Box::leak(text.into_boxed_str()))?;
    let _ = PROSE.set(prose);
    Ok(())
}

fn decode(text: &'static str) -> Result<Vec<Prose>, ProseError> {
    let (hash, body) = text.split_once('\n').ok_or(ProseError::Malformed)?;
    if hash != PROSE_HASH {
        return Err(ProseError::Stale);
    }
    let list = |field: &'static str| if field.is_empty() { Vec::new() } else { field.split(PROSE_ITEM).collect() };
    let records: Vec<&'static str> = body.split(PROSE_RECORD).collect();
    if records.len() != ENTRIES.len() {
        return Err(ProseError::Malformed);
    }
    records
        .into_iter()
        .zip(ENTRIES)
        .map(|(record, entry)| {
            let fields: Vec<&'static str> = record.split(PROSE_FIELD).collect();
            let [id, explanation, when_to_send, client_action, causes, example, related_notes] = fields[..] else { return Err(ProseError::Malformed) };
            let prose = Prose { explanation, when_to_send, client_action, causes: list(causes), example, related_notes: list(related_notes) };
            (id == entry.id && prose.related_notes.len() == entry.details().related.len() && fields.len() == PROSE_FIELDS.len())
                .then_some(prose)
                .ok_or(ProseError::Malformed)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::by_id;

    #[test]
    fn every_entry_has_its_prose_natively() {
        let not_found = by_id("404").unwrap().prose().unwrap();
        assert!(not_found.explanation.contains("No resource matches"), "{}", not_found.explanation);
        assert!(not_found.example.starts_with("HTTP/1.1 404 Not Found"));
        assert_eq!(not_found.related_notes.len(), by_id("404").unwrap().details().related.len());
        assert!(ENTRIES.iter().all(|entry| entry.prose().is_some_and(|prose| !prose.explanation.is_empty())));
    }

    #[test]
    fn a_file_of_another_build_or_a_broken_one_is_refused() {
        assert_eq!(decode("0000000000000000\nanything"), Err(ProseError::Stale));
        assert_eq!(decode("no header line"), Err(ProseError::Malformed));
        let cut_short: &'static str = Box::leak(format!("{PROSE_HASH}\n404{PROSE_FIELD}one").into_boxed_str());
        assert_eq!(decode(cut_short), Err(ProseError::Malformed));
    }
}
