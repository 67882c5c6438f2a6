//! The reader's fixed words (flag ids, entry ids, the phrases and names of its tables) read back
//! from its own JSON, for the views of a wasm that has no reader of its own: a `&'static str`
//! cannot borrow from a text that is dropped, so each distinct word is kept once for the life of
//! the program. Only fields whose values come from the reader's tables read through here, so
//! what is kept is bounded by those tables however many explanations are read.

use serde::{Deserialize, Deserializer};
use std::collections::BTreeSet;
use std::sync::Mutex;

/// A field of the reader's types that holds one of these words. serde borrows a field written
/// `&'static str` from the text it reads, whatever reads it, which would tie a reading back to the
/// JSON text's own lifetime: under this name it reads through `word`, and the views can read the
/// text as it is (`serde_json::from_str`) rather than a byte at a time through `io::Read`.
pub(crate) type Word = &'static str;

static WORDS: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());

/// The one kept copy of `text`.
fn kept(text: String) -> &'static str {
    let mut words = WORDS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(word) = words.get(text.as_str()) {
        return word;
    }
    let word: &'static str = Box::leak(text.into_boxed_str());
    words.insert(word);
    word
}

pub(crate) fn word<'de, D: Deserializer<'de>>(deserializer: D) -> Result<&'static str, D::Error> {
    String::deserialize(deserializer).map(kept)
}

pub(crate) fn optional_word<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<&'static str>, D::Error> {
    Option::<String>::deserialize(deserializer).map(|text| text.map(kept))
}

pub(crate) fn words<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<&'static str>, D::Error> {
    Vec::<String>::deserialize(deserializer).map(|texts| texts.into_iter().map(kept).collect())
}
